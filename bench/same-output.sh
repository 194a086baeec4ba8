#!/usr/bin/env bash
# Proof that a change left the output alone: renders every example's data
# files (examples/*/*.json with the template named in examples/*/template),
# and any extra JSON given, to DOCX and PDF with two binaries and compares
# the bytes. Prints one line per difference and a count; exit 1 on any.
#
#   cp build/vanthu /tmp/vanthu-before     # before the change
#   bash bench/same-output.sh /tmp/vanthu-before build/vanthu [extra.json…]
#   (extra JSON files are rendered with quyet-dinh-khen-thuong: the long lists)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OLD=${1:?old binary}; NEW=${2:?new binary}; shift 2
WORK=${WORK:-$(mktemp -d /dev/shm/same-output.XXXXXX)}
mkdir -p "$WORK/old" "$WORK/new"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1546300800}

cases=()
for dir in "$ROOT"/examples/*/; do
  tpl=$(tr -d '[:space:]' < "$dir/template" 2>/dev/null) || continue
  for json in "$dir"*.json; do
    [ -f "$json" ] && cases+=("$tpl|$json")
  done
done
for json in "$@"; do cases+=("quyet-dinh-khen-thuong|$json"); done

compared=0 differ=0 failed=0
for c in "${cases[@]}"; do
  tpl=${c%%|*}; json=${c#*|}
  name=$(basename "$(dirname "$json")")-$(basename "$json" .json)
  for fmt in docx pdf; do
    "$OLD" render "$tpl" "$json" -o "$WORK/old/$name.$fmt" > "$WORK/old/$name.$fmt.log" 2>&1; rc_old=$?
    "$NEW" render "$tpl" "$json" -o "$WORK/new/$name.$fmt" > "$WORK/new/$name.$fmt.log" 2>&1; rc_new=$?
    if [ "$rc_old" != "$rc_new" ]; then
      echo "EXIT DIFFERS $name.$fmt: $rc_old vs $rc_new"; differ=$((differ + 1)); continue
    fi
    if [ "$rc_old" != 0 ]; then failed=$((failed + 1)); continue; fi  # refused by both alike
    compared=$((compared + 1))
    cmp -s "$WORK/old/$name.$fmt" "$WORK/new/$name.$fmt" || { echo "DIFFERS $name.$fmt"; differ=$((differ + 1)); }
  done
done
echo "same-output: $compared files compared byte for byte, $differ differ, $failed refused by both ($WORK)"
[ "$differ" = 0 ]
