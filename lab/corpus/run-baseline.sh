#!/usr/bin/env bash
# Runs the checker on every corpus document in all six directions and keeps the JSON reports.
# Usage: lab/corpus/run-baseline.sh OUT_DIR   (reports already newer than both inputs are kept)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:?usage: run-baseline.sh OUT_DIR}"
mkdir -p "$out"
for en in "$here"/*/*.en.txt; do
  base="${en%.en.txt}"; id="$(basename "$base")"
  for pair in uk:en ru:en en:uk en:ru uk:ru ru:uk; do
    s="${pair%%:*}"; t="${pair##*:}"
    src="$base.$s.txt"; tgt="$base.$t.txt"; rep="$out/$id.$s-$t.json"
    [ -f "$src" ] && [ -f "$tgt" ] || continue
    if [ -f "$rep" ] && [ "$rep" -nt "$src" ] && [ "$rep" -nt "$tgt" ]; then continue; fi
    "$root/transcheck" check "$src" "$tgt" --format json --fail-on never -q > "$rep.tmp" 2> "$out/$id.$s-$t.err" \
      && mv "$rep.tmp" "$rep" || echo "failed: $id $s-$t" >&2
  done
done
