#!/usr/bin/env bash
# Speed and memory of `aggregate` on 1,000 and 10,000 generated answers files of the full
# questionnaire (bench/gen_answers.py). Goal on a 2-core machine: 10,000 files in under 2 s and
# 200 MB, time growing linearly with the number of files. Needs python3 and GNU time (Debian:
# apt-get install -y time). Run from the repo root: bash bench/aggregate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  echo "bench/aggregate.sh needs GNU time: apt-get install -y time" >&2
  exit 2
fi
cargo build --release --locked --quiet
# Wherever cargo puts it: CARGO_TARGET_DIR may move the target folder.
bin="$(cargo metadata --format-version 1 --no-deps --locked \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/icso-assess"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores; $(uname -sr)"
for n in 1000 10000; do
  dir="$work/$n"
  python3 bench/gen_answers.py "$n" "$dir"
  echo
  echo "== $n files: $bin aggregate $dir --format json -o /dev/null"
  # One run to warm the page cache, then three timed runs.
  "$bin" aggregate "$dir" --format json -o /dev/null 2>/dev/null
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" aggregate "$dir" --format json -o /dev/null 2>/dev/null
    read -r wall kb <"$work/time"
    echo "run $run: wall ${wall} s, max RSS $((kb / 1024)) MB ($kb KB)"
  done
done

# The other formats once each on the 10,000 files: they list every respondent (and every answer to
# each question they disagree on), so they are bigger; no goal, but memory should stay bounded.
echo
echo "== 10000 files, other formats (one run each)"
for f in html markdown plain table csv; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" aggregate "$work/10000" --format "$f" -o "$work/out.$f" 2>/dev/null
  read -r wall kb <"$work/time"
  size=$(wc -c <"$work/out.$f")
  echo "$f: wall ${wall} s, max RSS $((kb / 1024)) MB, output $((size / 1024 / 1024)) MB"
done
