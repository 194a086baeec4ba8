#!/usr/bin/env bash
# Installs the build into a temporary prefix, builds two programs outside the
# tree against it (C++ with find_package, C with pkg-config), renders the seed
# plan through each, and checks the PDFs' text. Run by ctest (install_consumer).
#   tests/install/run.sh <build dir> <source dir>
set -euo pipefail
build=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null

data=$src/examples/ke-hoach-atgt-2018/data.json
export SOURCE_DATE_EPOCH=1522108800
# The installed library must use the installed templates, not the source tree.
unset VANTHU_TEMPLATES

# A sanitizer build (VANTHU_SANITIZE) makes a library that needs the ASan
# runtime loaded before anything else: the consumers, built plainly, are run
# with it preloaded (only they: compilers must not run under it).
lib=$(find "$prefix" -name 'libvanthu.so' | head -1)
asan=$(ldd "$lib" | awk '/libasan/ {print $3}')
run() { if [ -n "$asan" ]; then LD_PRELOAD=$asan "$@"; else "$@"; fi; }

cmake -S "$src/tests/install/consumer" -B "$tmp/cpp" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_RPATH="$(dirname "$(find "$prefix" -name 'libvanthu.so' | head -1)")" >/dev/null
cmake --build "$tmp/cpp" >/dev/null
run "$tmp/cpp/consumer_cpp" ke-hoach "$data" "$tmp/cpp.pdf" "$tmp/cpp.docx"

pc=$(dirname "$(find "$prefix" -name vanthu.pc | head -1)")
libdir=$(PKG_CONFIG_PATH=$pc pkg-config --variable=libdir vanthu)
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror -o "$tmp/consumer_c" "$src/tests/install/consumer/consumer.c" \
  $(PKG_CONFIG_PATH=$pc pkg-config --cflags --libs vanthu) -Wl,-rpath,"$libdir"
run "$tmp/consumer_c" ke-hoach "$data" "$tmp/c.pdf"

# Only the public symbols leave the library.
exported=$(nm -D --defined-only "$libdir/libvanthu.so" | awk '{print $3}' | c++filt | grep -c -v -E '^vanthu::|^vanthu_|^VANTHU_0$' || true)
if [[ $exported -ne 0 ]]; then
  echo "libvanthu.so exports $exported symbols outside the public API:"
  nm -D --defined-only "$libdir/libvanthu.so" | awk '{print $3}' | c++filt | grep -v -E '^vanthu::|^vanthu_|^VANTHU_0$' | head
  exit 1
fi

for f in "$tmp/cpp.pdf" "$tmp/c.pdf"; do
  text=$(pdftotext "$f" -)
  for want in "KẾ HOẠCH" "293/KH-STTTT" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; do
    grep -qF "$want" <<<"$text" || { echo "$f: '$want' not found"; exit 1; }
  done
done
cmp "$tmp/cpp.pdf" "$tmp/c.pdf"  # the same engine, the same bytes
# (to a file first: grep -q closing the pipe early would fail the pipeline)
"$prefix/bin/vanthu" templates >"$tmp/templates.txt"
grep -q "^ke-hoach" "$tmp/templates.txt"
# A service command is handed over to the installed libexec/vanthu/vanthu-services.
"$prefix/bin/vanthu" register --help >"$tmp/register.txt"
grep -q "^usage: vanthu register" "$tmp/register.txt"
echo "install_consumer: C++ and C consumers rendered the seed plan from $prefix"
