#!/usr/bin/env bash
# Decrypting an answers file of 1 MiB (the largest answers file read) with age, against reading
# the same file in plain text: time (hyperfine) and peak memory (GNU time). Goal on a 2-core
# machine: decryption adds under 50 ms and the read stays under 30 MB; the usual limits of
# reading an answers file. Needs hyperfine, GNU time and the age tool, which encrypts the file
# as it is, comments and all (Debian: apt-get install -y hyperfine time age).
# Run from the repo root: bash bench/age.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine age /usr/bin/time; do
  command -v "$tool" >/dev/null || {
    echo "bench/age.sh needs $tool: apt-get install -y hyperfine time age" >&2
    exit 2
  }
done
cargo build --release --locked --quiet
# Wherever cargo puts it: CARGO_TARGET_DIR may move the target folder.
bin="$(cargo metadata --format-version 1 --no-deps --locked \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/icso-assess"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The full example, padded with comment lines to exactly 1 MiB (1,048,576 bytes).
python3 - examples/federation-full-2026.toml "$work/big.toml" <<'PY'
import sys
text = open(sys.argv[1]).read()
line = "# " + "padding to the size limit of an answers file " * 2 + "\n"
while len(text) < 1 << 20:
    text += line
text = text[: (1 << 20) - 1] + "\n"
open(sys.argv[2], "w").write(text)
PY
recipient="$("$bin" key new -o "$work/k.key" 2>/dev/null)"
age -r "$recipient" -o "$work/big.toml.age" "$work/big.toml"
echo "plaintext $(stat -c %s "$work/big.toml") bytes, encrypted $(stat -c %s "$work/big.toml.age") bytes"

echo "== time (hyperfine, warm cache)"
hyperfine -N --warmup 3 --runs 30 --style basic --export-json "$work/times.json" \
  -n "validate --answers (plain)" "$bin validate --answers $work/big.toml" \
  -n "validate --answers (age)" "$bin validate --identity $work/k.key --answers $work/big.toml.age" \
  -n "report json (plain)" "$bin report --answers $work/big.toml --format json" \
  -n "report json (age)" "$bin report --identity $work/k.key --answers $work/big.toml.age --format json" \
  >/dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
rows = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
for name, ms in rows.items():
    print(f"{name}: {ms:.1f} ms")
for what in ["validate --answers", "report json"]:
    extra = rows[f"{what} (age)"] - rows[f"{what} (plain)"]
    verdict = "met" if extra < 50 else "MISSED"
    print(f"{what}: decryption adds {extra:.1f} ms (goal under 50 ms: {verdict})")
PY

echo
echo "== peak memory (GNU time, maximum resident set size)"
for kind in plain age; do
  if [ "$kind" = plain ]; then args=(--answers "$work/big.toml"); else args=(--identity "$work/k.key" --answers "$work/big.toml.age"); fi
  kb=$(/usr/bin/time -f %M "$bin" validate "${args[@]}" 2>&1 >/dev/null | tail -1)
  echo "validate --answers ($kind): $((kb / 1024)) MB ($kb KB)"
done
echo "(goal: under 30 MB with decryption)"
