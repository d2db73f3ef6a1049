#!/usr/bin/env bash
# Speed and memory of the spreadsheet and Kobo/ODK routes (issue 16). Goals on a 2-core machine:
# `import` of 10,000 submissions under 1 s and 200 MB; reading a filled full workbook (`validate
# --answers FILE.xlsx`) under 50 ms; `export xlsform` under 50 ms (when the build has it). Needs
# hyperfine and GNU time (Debian: apt-get install hyperfine time). From the repo root:
#   bash bench/workbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin="$(cargo metadata --format-version 1 --no-deps --locked \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/icso-assess"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# A filled full workbook: the full example converted.
"$bin" convert examples/federation-full-2026.toml -o "$out/full.xlsx" 2>/dev/null

# A Kobo export of 10,000 submissions of the full questionnaire, every question answered.
python3 - "$out/kobo.csv" <<'PY'
import random, sys
ids = [l.split(":")[1].strip() for l in open("questionnaires/full.yaml") if l.startswith("  - id: R")]
random.seed(16)
with open(sys.argv[1], "w") as f:
    f.write(",".join(["organisation", "respondent"] + [f"g/{i}" for i in ids] + ["_uuid", "_submission_time"]) + "\n")
    for n in range(10000):
        levels = [str(random.randint(0, 4)) for _ in ids]
        f.write(",".join(["Acme", f"Office {n}"] + levels + [f"uuid-{n}", "2026-11-30T10:00:00"]) + "\n")
PY
echo "questions per submission: $(head -1 "$out/kobo.csv" | tr ',' '\n' | grep -c '^g/')"

echo "== time (hyperfine, warm cache)"
args=(-n "validate --answers full.xlsx" "$bin validate --answers $out/full.xlsx")
if "$bin" export xlsform --help >/dev/null 2>&1; then
  args+=(-n "export xlsform full" "$bin export xlsform --questionnaire full -o $out/form.xlsx --force")
fi
hyperfine -N --warmup 3 --runs 30 --style basic "${args[@]}"
# Each import writes into a folder of its own, never one just emptied: ext4 avoids reusing an inode
# freed in the last 60 to 300 seconds, and after thousands of deletions it searches for a free one
# on every create (seen with perf: most of the time in ext4's recently_deleted, system time 1-2 s
# instead of 0.2 s). This measures a clean-up, not the import: run the script on a file system that
# has not just deleted thousands of files (such as this script's own previous run: wait 5 minutes).
echo "== import kobo, 10,000 submissions (GNU time: wall, user, system, peak memory)"
for run in 1 2 3 4 5; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s system, %M KB" \
    "$bin" import kobo "$out/kobo.csv" --questionnaire full -o "$out/imported-$run" 2>&1 >/dev/null \
    | grep '^run'
done

echo "== peak memory (GNU time, maximum resident set size)"
/usr/bin/time -f "validate --answers full.xlsx: %M KB" "$bin" validate --answers "$out/full.xlsx" 2>&1 >/dev/null | tail -1
echo "files written by run 1: $(ls "$out/imported-1" | grep -c '\.toml$')"
