#!/usr/bin/env bash
# Runs every test (GoogleTest through ctest) on the build in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
