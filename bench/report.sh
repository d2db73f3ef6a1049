#!/usr/bin/env bash
# Speed and memory of `report` (every format, on the full example) and `validate`.
# Goal on a 2-core machine: report under 10 ms and 20 MB peak; the Word document (docx), a zip
# of XML built whole in memory, under 20 ms and 10 MB. Needs hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from the repo root: bash bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
# Wherever cargo puts it: CARGO_TARGET_DIR may move the target folder.
bin="$(cargo metadata --format-version 1 --no-deps --locked \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/icso-assess"
example=examples/federation-full-2026.toml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# -N: no shell in between; each command is the binary alone. The report rows write to standard
# output (discarded by hyperfine): the work of `report` itself. The "-o FILE" row adds the atomic
# save a real export does (temporary file, fsync, rename), whose cost is the disk's.
echo "== time (hyperfine, warm cache)"
hyperfine -N --warmup 5 --runs 100 --style basic --export-markdown "$out/times.md" \
  --export-json "$out/times.json" \
  -n validate "$bin validate" \
  -n "validate --data ." "$bin validate --data ." \
  -n "report table" "$bin report --answers $example --format table" \
  -n "report markdown" "$bin report --answers $example --format markdown" \
  -n "report html" "$bin report --answers $example --format html" \
  -n "report csv" "$bin report --answers $example --format csv" \
  -n "report json" "$bin report --answers $example --format json" \
  -n "report table, in French" "$bin --lang fr report --answers $example --format table" \
  -n "report html, in French" "$bin --lang fr report --answers $example --format html" \
  -n "report docx" "$bin report --answers $example --format docx" \
  -n "report html -o FILE" "$bin report --answers $example --format html -o $out/r.html" \
  -n "report docx -o FILE" "$bin report --answers $example -o $out/r.docx" >/dev/null
cat "$out/times.md"
python3 - "$out/times.json" <<'PY'
import json, sys
rows = [r for r in json.load(open(sys.argv[1]))["results"] if r["command"].startswith("report")]
for label, goal_ms, group in [
    ("report", 10.0, [r for r in rows if "docx" not in r["command"]]),
    ("report docx", 20.0, [r for r in rows if "docx" in r["command"]]),
]:
    worst = max(group, key=lambda r: r["mean"])
    verdict = "met" if worst["mean"] * 1000 < goal_ms else "MISSED"
    print(f"\n{label} goal (mean under {goal_ms:g} ms): {verdict}; slowest: {worst['command']}, {worst['mean'] * 1000:.1f} ms")
PY

echo
echo "== peak memory (GNU time, maximum resident set size)"
for f in table markdown html csv json docx; do
  kb=$(/usr/bin/time -f %M "$bin" report --answers "$example" --format "$f" -o "$out/r.$f" 2>&1 >/dev/null | tail -1)
  echo "report $f: $((kb / 1024)) MB ($kb KB)"
done
kb=$(/usr/bin/time -f %M "$bin" validate --data . 2>&1 >/dev/null | tail -1)
echo "validate --data .: $((kb / 1024)) MB ($kb KB)"
echo "(memory goal for report: 20 MB; for report docx: 10 MB)"
