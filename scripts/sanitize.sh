#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (the
# "sanitize" preset: VANTHU_SANITIZE=ON) and runs the whole test suite.
#
#   scripts/sanitize.sh              # build in /tmp/build-sanitize, ctest
#   BUILD=/tmp/x JOBS=2 scripts/sanitize.sh -R Check   # extra args go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-/tmp/build-sanitize}
JOBS=${JOBS:-2}
cmake -S . -B "$BUILD" -DBUILD_TESTING=ON -DVANTHU_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
cmake --build "$BUILD" -j"$JOBS"
# halt_on_error: the first report fails the test; detect_leaks: LeakSanitizer too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# Leaks inside fontconfig (not ours) are suppressed; see tests/lsan.supp.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" "$@"
