#!/usr/bin/env bash
# Issue 3 benchmark: the seed plan to PDF with vanthu and with LibreOffice
# (what every peer uses for PDF), in the same run, and the ratios.
#   bench/pdf-vs-libreoffice.sh [N=100]
# Needs build/ (scripts/setup.sh), LibreOffice and GNU time (scripts/setup.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
BIN=build/vanthu
LOOP=build/bench/render_loop
DATA=examples/ke-hoach-atgt-2018/data.json
WORK=$(mktemp -d /tmp/vanthu-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1522108800
T=/usr/bin/time

wall_rss() {  # runs a command, prints "<wall s> <max RSS MB>"
  "$T" -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1
  awk '{printf "%.3f %.1f", $1, $2/1024}' "$WORK/time.txt"
}

# Warm the page cache once for both.
$BIN render ke-hoach "$DATA" -o "$WORK/plan.docx" -o "$WORK/warm.pdf"
soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo-warm" "$WORK/plan.docx" >/dev/null 2>&1

read v_cold v_rss <<<"$(wall_rss $BIN render ke-hoach "$DATA" -o "$WORK/v.pdf")"
read l_cold l_rss <<<"$(wall_rss soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo1" "$WORK/plan.docx")"

v_warm=$($LOOP ke-hoach "$DATA" pdf "$N" | sed -n 's/.*per_doc_s=\([0-9.]*\).*/\1/p')
mkdir -p "$WORK/many"
for i in $(seq 1 "$N"); do cp "$WORK/plan.docx" "$WORK/many/plan$i.docx"; done
read l_batch l_batch_rss <<<"$(wall_rss soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo-many" "$WORK"/many/*.docx)"
l_per=$(awk -v t="$l_batch" -v n="$N" 'BEGIN{printf "%.4f", t/n}')

echo "seed plan (Kế hoạch 293/KH-STTTT, $(pdfinfo "$WORK/v.pdf" | awk '/^Pages/{print $2}') pages) to PDF"
printf "%-44s %10s %10s\n" "case" "seconds" "peak MB"
printf "%-44s %10s %10s\n" "vanthu, one cold process (DOCX source: data)" "$v_cold" "$v_rss"
printf "%-44s %10s %10s\n" "LibreOffice, one cold call (profile exists)" "$l_cold" "$l_rss"
printf "%-44s %10s %10s\n" "vanthu, per document, warm loop of $N" "$v_warm" "-"
printf "%-44s %10s %10s\n" "LibreOffice, per document, one call of $N" "$l_per" "$l_batch_rss"
awk -v a="$l_cold" -v b="$v_cold" -v c="$l_per" -v d="$v_warm" 'BEGIN{
  printf "ratio cold: LibreOffice / vanthu = %.1fx (goal >= 20x)\n", a/b;
  printf "ratio per document: LibreOffice batch / vanthu warm = %.1fx (goal >= 10x)\n", c/d }'
