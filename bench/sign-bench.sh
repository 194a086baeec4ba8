#!/usr/bin/env bash
# Signatures per second with a PKCS#12 key and a SoftHSM2 token, beside
# rendering the same PDF (bench/sign_bench.cpp). Keys are made fresh in a
# temporary folder by tests/sign/make_pki.sh.
#   nice bench/sign-bench.sh [N=50]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target sign_bench -j2 >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash tests/sign/make_pki.sh "$tmp/pki" >/dev/null
export SOFTHSM2_CONF=$tmp/pki/softhsm2.conf VANTHU_SOURCE_DIR=$PWD
# A 600 x 220 px signature picture with transparency.
python3 - "$tmp/sig.png" <<'PY'
import struct, sys, zlib
w, h = 600, 220
rows = b"".join(b"\0" + b"".join(struct.pack("4B", 20, 40, 190, 255 if abs(y - h // 2 - (x % 80) // 4) < 6 else 0)
                                   for x in range(w)) for y in range(h))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + \
      chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
build/bench/sign_bench "$tmp/pki" "$tmp/sig.png" "${1:-50}"
