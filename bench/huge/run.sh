#!/usr/bin/env bash
# Issue 15 targets: peak memory of importing a 100 MB diary, size of a 1,000,000-row diary's report.
# Not part of the test suite. Needs GNU time (/usr/bin/time) and python3. Usage: bench/huge/run.sh [DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-$(mktemp -d)}"
python3 "$root/bench/huge/make-diary.py" 1850000 "$dir/d100m.csv" 40
python3 "$root/bench/huge/make-diary.py" 1000000 "$dir/d1m.csv" 40
ls -l "$dir/d100m.csv" "$dir/d1m.csv"
uptime
PAINSTATS_CDS=off /usr/bin/time -v "$root/bin/painstats" import "$dir/d100m.csv" --format json \
  >"$dir/import-100m.json" 2>"$dir/import-100m.time"
grep -E "Maximum resident|Elapsed|User time" "$dir/import-100m.time"
PAINSTATS_CDS=off /usr/bin/time -v "$root/bin/painstats" report "$dir/d1m.csv" --format json \
  >"$dir/report-1m.json" 2>"$dir/report-1m.time"
grep -E "Maximum resident|Elapsed|User time" "$dir/report-1m.time"
ls -l "$dir/report-1m.json"
PAINSTATS_CDS=off /usr/bin/time -v "$root/bin/painstats" report "$dir/d1m.csv" --format html \
  -o "$dir/report-1m.html" 2>"$dir/report-1m-html.time"
grep -E "Maximum resident|Elapsed|User time" "$dir/report-1m-html.time"
ls -l "$dir/report-1m.html"
