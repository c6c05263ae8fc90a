#!/usr/bin/env bash
# A 1 GB Apple Health export streamed, with the peak resident memory: bench/apple-health/run.sh
# [FILE]. Target (issue 12): peak RSS under 400 MB.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
file="${1:-/tmp/apple-health-1G.xml}"
[[ -f "$file" ]] || python3 "$here/generate.py" "$file"
ls -l "$file"
/usr/bin/time -f "elapsed %e s, cpu user %U s + sys %S s, peak RSS %M KB" \
  "$here/../../bin/painstats" import "$file" -o /tmp/apple-health-clean.csv | sed -n 1,3p
