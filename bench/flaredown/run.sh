#!/usr/bin/env bash
# One user's diary from a generated Flaredown research export of the real size, with the peak
# resident memory: bench/flaredown/run.sh [FILE]. Targets (issue 12): under 20 s, under 500 MB.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
file="${1:-/tmp/flaredown-8M.csv}"
if [[ ! -f "$file" ]]; then
  python3 "$here/generate.py" "$file" > "$file.user"
fi
user="$(cat "$file.user")"
ls -l "$file"
/usr/bin/time -f "elapsed %e s, cpu user %U s + sys %S s, peak RSS %M KB" \
  "$here/../../bin/painstats" import "$file" --user "$user" -o /tmp/flaredown-user-clean.csv \
  | sed -n 1,3p
