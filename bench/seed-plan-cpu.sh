#!/usr/bin/env bash
# Issue 17: the seed plan against LibreOffice in CPU time (perf stat
# task-clock, children included), for a machine too loaded for wall clocks:
#   cold       one `vanthu render` process vs one `soffice --convert-to pdf` call
#   per doc    render_loop of N documents vs one soffice call of N DOCX files,
#              both divided by N (process start included in both)
#   bash bench/seed-plan-cpu.sh [N=100] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
RUNS=${2:-3}
DATA=examples/ke-hoach-atgt-2018/data.json
WORK=$(mktemp -d /dev/shm/seed-cpu.XXXXXX 2>/dev/null || mktemp -d /tmp/seed-cpu.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1522108800
cpu_ms() { perf stat -x, -e task-clock -o "$WORK/stat.txt" "$@" >/dev/null 2>&1; awk -F, '/task-clock/{print $1}' "$WORK/stat.txt"; }
median() { sort -g | awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

build/vanthu render ke-hoach "$DATA" -o "$WORK/plan.docx" -o "$WORK/warm.pdf"
mkdir -p "$WORK/many"
for i in $(seq 1 "$N"); do cp "$WORK/plan.docx" "$WORK/many/p$i.docx"; done
LO=(soffice "-env:UserInstallation=file://$WORK/lo" --headless --convert-to pdf)
"${LO[@]}" --outdir "$WORK/lo0" "$WORK/plan.docx" >/dev/null 2>&1  # the profile is made once
: > "$WORK/raw"
for r in $(seq 1 "$RUNS"); do
  echo "vcold $(cpu_ms build/vanthu render ke-hoach "$DATA" -o "$WORK/v.pdf")" >> "$WORK/raw"
  echo "lcold $(cpu_ms "${LO[@]}" --outdir "$WORK/lo1" "$WORK/plan.docx")" >> "$WORK/raw"
  echo "vwarm $(cpu_ms build/bench/render_loop ke-hoach "$DATA" pdf "$N")" >> "$WORK/raw"
  # The loop renders the same plan N times, so the paragraph cache serves
  # every document after the first: also without it (every paragraph laid out).
  echo "vwarmnc $(VANTHU_NO_PARAGRAPH_CACHE=1 cpu_ms build/bench/render_loop ke-hoach "$DATA" pdf "$N")" >> "$WORK/raw"
  echo "lwarm $(cpu_ms "${LO[@]}" --outdir "$WORK/lon" "$WORK"/many/*.docx)" >> "$WORK/raw"
done
get() { awk -v k="$1" '$1==k{print $2}' "$WORK/raw" | median; }
vc=$(get vcold); lc=$(get lcold); vw=$(get vwarm); lw=$(get lwarm); vn=$(get vwarmnc)
echo "seed plan (3 pages), CPU ms (perf stat task-clock, median of $RUNS; $(uptime | sed 's/.*load/load/'))"
awk -v vc="$vc" -v lc="$lc" -v vw="$vw" -v lw="$lw" -v vn="$vn" -v n="$N" 'BEGIN{
  printf "cold: vanthu %.1f ms, LibreOffice %.1f ms: %.1fx (goal >= 50x)\n", vc, lc, lc/vc
  printf "per document, %d in one process: vanthu %.2f ms, LibreOffice %.2f ms: %.1fx (goal >= 20x)\n", n, vw/n, lw/n, lw/vw
  printf "per document, paragraph cache off: vanthu %.2f ms: %.1fx\n", vn/n, lw/vn }'
