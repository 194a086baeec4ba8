#!/usr/bin/env bash
# Installs what vanthu needs from Debian (bookworm) and configures a build in
# build/. Idempotent: packages already present are not fetched again.
#   scripts/setup.sh          build dependencies
#   scripts/setup.sh --tests  plus what the tests use (LibreOffice as the
#                             reference renderer, poppler-utils, qpdf,
#                             GoogleTest) and builds the tests too
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config
  libxml2-dev libkainjow-mustache-dev libzip-dev nlohmann-json3-dev libicu-dev
  libpango1.0-dev libcairo2-dev fonts-liberation2 liblcms2-dev
  libmuparser-dev libharfbuzz-dev libdeflate-dev nettle-dev
  libsqlite3-dev libpq-dev          # the register (docs/register.md)
  libcpp-httplib-dev libssl-dev     # vanthu serve (docs/server.md), signatures
  libqpdf-dev libengine-pkcs11-openssl)  # signatures: reading the PDF, keys on tokens (docs/signing.md)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(libgtest-dev googletest poppler-utils qpdf libxml2-utils libreoffice-writer-nogui time python3 python3-jsonschema unzip
    postgresql                      # tests/register start a throwaway server
    chromium                        # tests/browser (playwright-core from npm)
    firefox-esr                     # tests/browser (puppeteer-core from npm)
    softhsm2 libnss3-tools openssl) # tests/sign: a PKCS#11 token, certutil for pdfsig, test keys
  # node and npm for the browser test; a node already installed (e.g. a newer
  # one with its own npm) is kept.
  command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests (GoogleTest, QPDF's library) are configured only with --tests,
# so that the main job needs nothing but the build dependencies.
testing=OFF
[[ "${1:-}" == "--tests" ]] && testing=ON
# The browser tests of `vanthu serve` (tests/browser): playwright-core and
# puppeteer-core pinned by package-lock.json, driving Debian's chromium and
# firefox-esr. Neither downloads a browser of its own (the variables say so
# should a later release start to).
if [[ "${1:-}" == "--tests" ]]; then
  (cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm ci --no-audit --no-fund --loglevel=error)
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=$testing >/dev/null
cmake --build build -j"$(nproc)"
