#!/usr/bin/env bash
# Speed and memory of `report` (every format, on the full example) and `validate`.
# Goal on a 2-core machine: report under 10 ms and 20 MB peak. Needs hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from the repo root: bash bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=./target/release/icso-assess
example=examples/federation-full-2026.toml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# -N: no shell in between; each command is the binary alone. "-o FILE" includes the atomic save
# (temporary file, fsync, rename) a real export does.
echo "== time (hyperfine, warm cache)"
hyperfine -N --warmup 5 --runs 100 --style basic --export-markdown "$out/times.md" \
  -n validate "$bin validate" \
  -n "validate --data ." "$bin validate --data ." \
  -n "report to stdout" "$bin report --answers $example" \
  -n "report table" "$bin report --answers $example --format table -o $out/r.txt" \
  -n "report markdown" "$bin report --answers $example --format markdown -o $out/r.md" \
  -n "report html" "$bin report --answers $example --format html -o $out/r.html" \
  -n "report csv" "$bin report --answers $example --format csv -o $out/r.csv" \
  -n "report json" "$bin report --answers $example --format json -o $out/r.json" >/dev/null
cat "$out/times.md"

echo
echo "== peak memory (GNU time, maximum resident set size)"
for f in table markdown html csv json; do
  kb=$(/usr/bin/time -f %M "$bin" report --answers "$example" --format "$f" -o "$out/r.$f" 2>&1 >/dev/null | tail -1)
  echo "report $f: $((kb / 1024)) MB ($kb KB)"
done
kb=$(/usr/bin/time -f %M "$bin" validate --data . 2>&1 >/dev/null | tail -1)
echo "validate --data .: $((kb / 1024)) MB ($kb KB)"
