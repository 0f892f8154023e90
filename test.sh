#!/usr/bin/env bash
# Runs the whole test suite (installs Debian's Chromium for the HTML report test when it is missing).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
      || echo "test.sh: could not install chromium; the browser test will be skipped" >&2
  fi
fi
mvn=mvn
command -v mvn >/dev/null 2>&1 || mvn=./mvnw # only a JDK on this machine: Maven is fetched once
exec "$mvn" -B --no-transfer-progress -Dstyle.color=never verify
