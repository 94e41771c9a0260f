#!/usr/bin/env bash
# Error Prone warnings as errors for new code: counts the warnings of a clean build's log per check and fails when
# any check has more than config/errorprone-baseline.txt allows (the warnings the code had when the ratchet began).
# Lower a count in the baseline when you fix warnings; never raise it. Usage: errorprone-ratchet.sh BUILD_LOG
set -euo pipefail
log="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
baseline="$root/config/errorprone-baseline.txt"
current=$(grep -E '^\[WARNING\] /.*\.java:\[[0-9]+,[0-9]+\] \[[A-Za-z]+\]' "$log" | sort -u \
          | sed -E 's/.*\] \[([A-Za-z]+)\].*/\1/' | sort | uniq -c | awk '{print $2, $1}')
status=0
while read -r check count; do
  [ -n "$check" ] || continue
  allowed=$(awk -v c="$check" '$1 == c {print $2}' "$baseline")
  allowed=${allowed:-0}
  if [ "$count" -gt "$allowed" ]; then
    echo "Error Prone: $count $check warnings, $allowed allowed (config/errorprone-baseline.txt); fix the new ones:" >&2
    grep -E "^\[WARNING\] /.*\] \[$check\]" "$log" | sort -u | sed 's/^/  /' >&2
    status=1
  fi
done <<< "$current"
[ "$status" -eq 0 ] && echo "Error Prone: no check over its baseline ($(echo "$current" | awk '{s+=$2} END {print s+0}') warnings in all)"
exit "$status"
