#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, coverage) and runs them.
#
#   scripts/fuzz.sh                    # every target, 600 s each, two at a time
#   scripts/fuzz.sh docx 60            # one target for 60 s
#   BUILD=/tmp/build-fuzz JOBS=2 scripts/fuzz.sh
#   TIMEOUT=2 (default): an input that runs longer than 2 s is a finding
#   (a slow input, issue 16), saved as artifacts/<target>/timeout-*.
#   LEN_CONTROL=0 (default): inputs may grow to -max_len (1 MiB) at once;
#   libFuzzer's own default (100) grows them so slowly that a 10-minute run
#   stays under 10 kB. NICE=19 (default), NO_BUILD=1 (run without building).
#
# Working corpora and crash files go to $WORK (default /tmp/vanthu-fuzz):
# corpus/<target>/ (grows), artifacts/<target>/ (crash-*, leak-*, timeout-*),
# logs/<target>.log. Seeds come from tests/fuzz/corpus/<target>/ and, for
# docx, from the official model files in ../shared when present. A crash that
# is fixed goes into tests/fuzz/corpus/<target>/regressions/ so that test_fuzz
# keeps it fixed. See docs/hardening.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-/tmp/build-fuzz}
WORK=${WORK:-/tmp/vanthu-fuzz}
JOBS=${JOBS:-2}
TIME=${2:-600}
TARGETS=${1:-"markup data docx format render"}
[ "$TARGETS" = all ] && TARGETS="markup data docx format render"

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DBUILD_TESTING=ON -DVANTHU_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# NO_BUILD=1: run the programs as they are (e.g. while the build goes on for other targets).
[ -n "${NO_BUILD:-}" ] || for t in $TARGETS; do cmake --build "$BUILD" --target "fuzz_$t" -j"$JOBS"; done

mkdir -p "$WORK/logs"
run_one() {
  local t=$1
  mkdir -p "$WORK/corpus/$t" "$WORK/artifacts/$t"
  local seeds=(tests/fuzz/corpus/$t)
  if [ "$t" = docx ] && [ -d ../shared/reference/nd30-2020 ]; then
    mkdir -p "$WORK/seeds-docx" && cp ../shared/reference/nd30-2020/*.docx "$WORK/seeds-docx/" && seeds+=("$WORK/seeds-docx")
  fi
  local extra=()
  case $t in
    # Inputs up to 1 MiB, so that slow (quadratic) inputs can be found (issue 16).
    markup | render) extra=(-dict=tests/fuzz/markup.dict -max_len=1048576) ;;
    data) extra=(-dict=tests/fuzz/json.dict -max_len=1048576) ;;
    docx) extra=(-dict=tests/fuzz/docx.dict -max_len=1048576 -rss_limit_mb=3072) ;;
    format) extra=(-max_len=64) ;;
  esac
  # Leaks inside fontconfig (fuzz_render's font system) are not ours: tests/lsan.supp.
  nice -n "${NICE:-19}" env ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0} \
  "$BUILD/fuzz/fuzz_$t" "$WORK/corpus/$t" "${seeds[@]}" -max_total_time="$TIME" -timeout="${TIMEOUT:-2}" \
      -artifact_prefix="$WORK/artifacts/$t/" -print_final_stats=1 -len_control="${LEN_CONTROL:-0}" "${extra[@]}" > "$WORK/logs/$t.log" 2>&1
  echo "$t: exit $? — $(grep -E '^#[0-9]+.*(DONE|cov)' "$WORK/logs/$t.log" | tail -1)"
}
# Two at a time at most (the machine has two cores).
set +e
running=0
for t in $TARGETS; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait
ls -l "$WORK"/artifacts/*/ 2>/dev/null | grep -E 'crash|leak|timeout|oom' && exit 1
exit 0
