#!/usr/bin/env bash
# Speed of glossary term lookup (TermIndex.find): zapad-2025 article vs a glossary of N concepts.
# Usage: benchmarks/term-index.sh [N=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
cp=$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/classes:target/test-classes:$cp" dev.transcheck.bench.TermIndexBench "${1:-1000}"
