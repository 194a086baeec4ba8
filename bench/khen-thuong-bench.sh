#!/usr/bin/env bash
# Issue 4 benchmark: commendation decisions with vanthu against the peers
# (docxtemplater, LibreOffice, Typst; ../shared/peers), in the same run, on
# the same gen-data.js people. Prints figures and ratios; it is not a test
# and asserts nothing about speed.
#
#   bash bench/khen-thuong-bench.sh              # peers (median of RUNS) + vanthu, ~5 min
#   RUNS=1 bash bench/khen-thuong-bench.sh       # one pass of everything
#   SKIP_PEERS=1 bash bench/khen-thuong-bench.sh # vanthu only (ratios use PEERS_RAW if given)
#   PEERS_RAW=/tmp/x/raw.tsv ...                 # reuse the raw.tsv of an earlier run-peers.sh
#   VANTHU=/tmp/build/vanthu WORK=/tmp/kt ...    # binary to time; folder for data and outputs
#                                                (default: a new folder on /dev/shm; about 300 MB)
#
# Cases (vanthu; wall and CPU from GNU time, peak RSS = max resident set):
#   batch N one-page decisions -> N DOCX files, all cores and one core
#   batch N one-page decisions -> N PDF files, all cores and one core
#   batch N -> one combined PDF of N pages (--combine)
#   batch 20 -> 20 PDF files in one process (LibreOffice's "20 files in 1 call")
#   one decision with a 1000-row and a BIG-row attached list -> DOCX, PDF
#   one decision -> PDF, one whole process (`vanthu render`)
# Needs: node + npm (the peers), GNU time, poppler-utils; LibreOffice for its cases.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VANTHU=${VANTHU:-$ROOT/build/vanthu}
RUNS=${RUNS:-3}
N=${N:-1000}
BIG=${BIG:-10000}
# On tmpfs by default, for vanthu and the peers alike: on this box's ext4, creating 1000 files just
# after deleting 1000 costs up to 1.3 s of kernel time (docs/batch.md), which would measure the
# file system instead of the engines.
WORK=${WORK:-$(mktemp -d /dev/shm/kt-bench.XXXXXX 2>/dev/null || mktemp -d /tmp/kt-bench.XXXXXX)}
PEERS_SRC=${PEERS_SRC:-$ROOT/../shared/peers}
SKIP_PEERS=${SKIP_PEERS:-0}
mkdir -p "$WORK"
RAW="$WORK/vanthu-raw.tsv"   # case run wall_s user_s sys_s maxrss_kb
: > "$RAW"

die() { echo "khen-thuong-bench: $*" >&2; exit 1; }
[ -x "$VANTHU" ] || die "no vanthu binary at $VANTHU (build it, or set VANTHU=)"
[ -x /usr/bin/time ] || die "GNU time missing: apt-get install -y time"
command -v node >/dev/null || die "node missing"

echo "# khen-thuong bench  work=$WORK  runs=$RUNS  N=$N  BIG=$BIG"
echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- peers
PEERS="$WORK/peers"
if [ ! -d "$PEERS" ]; then cp -r "$PEERS_SRC" "$PEERS"; fi
if [ ! -d "$PEERS/node/node_modules/docxtemplater" ]; then (cd "$PEERS/node" && npm ci --no-audit --no-fund >/dev/null); fi
if [ "$SKIP_PEERS" != 1 ]; then
  echo "## peers (run-peers.sh, RUNS=$RUNS)"
  WORK="$WORK/peers-out" RUNS="$RUNS" bash "$PEERS/run-peers.sh" | sed 's/^/  /'
  PEERS_RAW="$WORK/peers-out/raw.tsv"
fi
PEERS_RAW=${PEERS_RAW:-}

# ---------------------------------------------------------------- data
node "$PEERS/node/gen-data.js" "$N" --batch --out "$WORK/gd-batch-$N.json"
node "$PEERS/node/gen-data.js" 20 --batch --out "$WORK/gd-batch-20.json"
node "$PEERS/node/gen-data.js" 1000 --out "$WORK/gd-big-1000.json"
node "$PEERS/node/gen-data.js" "$BIG" --out "$WORK/gd-big-$BIG.json"
node "$ROOT/bench/batch_convert.js" batch "$WORK/gd-batch-$N.json" "$WORK/batch-$N.json"
node "$ROOT/bench/batch_convert.js" batch "$WORK/gd-batch-20.json" "$WORK/batch-20.json"
node "$ROOT/bench/batch_convert.js" list "$WORK/gd-big-1000.json" "$WORK/list-1000.json"
node "$ROOT/bench/batch_convert.js" list "$WORK/gd-big-$BIG.json" "$WORK/list-$BIG.json"
# One record merged over the shared data: the input of a single `vanthu render`.
node -e 'const fs=require("fs"); const d=JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
         const r=d.danh_sach[0]; delete d.danh_sach; fs.writeFileSync(process.argv[2], JSON.stringify({...d, ...r}))' \
  "$WORK/batch-20.json" "$WORK/one.json"

# ---------------------------------------------------------------- vanthu
# timed CASE RUN CMD...: one row in $RAW
timed() {
  local case=$1 run=$2; shift 2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2>&1; then
    cat "$WORK/out.txt" >&2; die "case $case failed: $*"
  fi
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$WORK/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$run" "$wall" "$user" "$sys" "$rss" >> "$RAW"
  printf '  %-24s run %s: wall %6ss  cpu %6ss  maxrss %4s MB\n' "$case" "$run" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')" "$((rss / 1024))"
}
KT="quyet-dinh-khen-thuong-ca-nhan"
echo "## vanthu $("$VANTHU" --version)  ($VANTHU)"
for r in $(seq 1 "$RUNS"); do
  for fmt in docx pdf; do
    rm -rf "$WORK/v-$fmt"
    timed "vt.batch.$fmt.$N" "$r" "$VANTHU" batch "$KT" "$WORK/batch-$N.json" --each '$.danh_sach' -o "$WORK/v-$fmt" --format "$fmt"
    rm -rf "$WORK/v-$fmt-j1"
    timed "vt.batch.$fmt.$N.j1" "$r" "$VANTHU" batch "$KT" "$WORK/batch-$N.json" --each '$.danh_sach' -o "$WORK/v-$fmt-j1" --format "$fmt" --jobs 1
  done
  timed "vt.combine.pdf.$N" "$r" "$VANTHU" batch "$KT" "$WORK/batch-$N.json" --each '$.danh_sach' --combine "$WORK/combined-$N.pdf"
  rm -rf "$WORK/v-pdf20"
  timed "vt.batch.pdf.20" "$r" "$VANTHU" batch "$KT" "$WORK/batch-20.json" --each '$.danh_sach' -o "$WORK/v-pdf20" --format pdf
  for rows in 1000 "$BIG"; do
    timed "vt.list.docx.$rows" "$r" "$VANTHU" render quyet-dinh-khen-thuong "$WORK/list-$rows.json" -o "$WORK/list-$rows.docx"
    timed "vt.list.pdf.$rows" "$r" "$VANTHU" render quyet-dinh-khen-thuong "$WORK/list-$rows.json" -o "$WORK/list-$rows.pdf"
  done
  timed "vt.single.pdf" "$r" "$VANTHU" render "$KT" "$WORK/one.json" -o "$WORK/one.pdf"
done

# Untimed checks of the outputs.
ndocx=$(ls "$WORK/v-docx" | wc -l); npdf=$(ls "$WORK/v-pdf" | wc -l)
[ "$ndocx" = "$N" ] || echo "WARNING: $ndocx DOCX files, expected $N" >&2
[ "$npdf" = "$N" ] || echo "WARNING: $npdf PDF files, expected $N" >&2
if command -v pdfinfo >/dev/null; then
  pages=$(for f in "$WORK"/v-pdf/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages/{print $2}'; done | sort | uniq -c | awk '{printf "%s×%s pages ", $1, $2}')
  echo "# vanthu batch PDFs: $pages"
  echo "# vanthu list $BIG rows: $(pdfinfo "$WORK/list-$BIG.pdf" | awk '/^Pages/{print $2}') pages, $(pdftotext -raw "$WORK/list-$BIG.pdf" - | grep -o 'Giấy khen 420.000' | wc -l) rows 'Giấy khen 420.000' in its text (expected $BIG)"
fi

# ---------------------------------------------------------------- summary
median() { sort -g | awk '{a[NR]=$1} END{ if(NR==0){print "-"; exit} if(NR%2) print a[(NR+1)/2]; else printf "%.3f\n",(a[NR/2]+a[NR/2+1])/2 }'; }
vcol() { awk -F'\t' -v c="$1" -v k="$2" '$1==c{print $k}' "$RAW" | median; }
vcpu() { awk -F'\t' -v c="$1" '$1==c{print $4+$5}' "$RAW" | median; }
pcol() { [ -n "$PEERS_RAW" ] && [ -f "$PEERS_RAW" ] && awk -F'\t' -v c="$1" -v k="$2" '$1==c{print $k}' "$PEERS_RAW" | median || echo "-"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a=="-"||b=="-"||b==0) print "-"; else printf "%.1f×", a/b }'; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN{ if (t=="-"||t==0) print "-"; else printf "%.0f", n/t }'; }
mb() { awk -v k="$1" 'BEGIN{ if (k=="-") print "-"; else printf "%.0f", k/1024 }'; }
{
  echo
  echo "Summary (median of $RUNS; vanthu = whole process, wall clock; peers = run-peers.sh 'timed' column)"
  echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| case | wall s | cpu s | rate | peak RSS MB |"
  echo "|---|---:|---:|---|---:|"
  for c in "vt.batch.docx.$N" "vt.batch.docx.$N.j1" "vt.batch.pdf.$N" "vt.batch.pdf.$N.j1" vt.batch.pdf.20 "vt.combine.pdf.$N" \
           vt.list.docx.1000 vt.list.pdf.1000 "vt.list.docx.$BIG" "vt.list.pdf.$BIG" vt.single.pdf; do
    w=$(vcol "$c" 3); n=${c##*.}; [[ $n == j1 ]] && n=$N; [[ $n == pdf ]] && n=1; [[ $c == vt.list.* ]] && unit=rows || unit=docs
    printf '| %s | %s | %s | %s %s/s | %s |\n' "$c" "$w" "$(vcpu "$c")" "$(rate "$n" "$w")" "$unit" "$(mb "$(vcol "$c" 6)")"
  done
  echo
  dt=$(pcol dt.batch-single.1000 3); lo20=$(pcol lo.batch20.one-call 3); ty=$(pcol ty.batch-single.1000 3)
  dtbig=$(pcol dt.big-table.10000 3); tybig=$(pcol ty.big-table.10000 3)
  vdocx=$(vcol "vt.batch.docx.$N" 3); vpdf=$(vcol "vt.batch.pdf.$N" 3); v20=$(vcol vt.batch.pdf.20 3)
  echo "Ratios against the peers of the same run (goal in brackets):"
  echo "- DOCX docs/s: vanthu $(rate "$N" "$vdocx") (all cores) vs docxtemplater $(rate 1000 "$dt"): $(ratio "$(rate "$N" "$vdocx")" "$(rate 1000 "$dt")") [≥ 10×]"
  echo "- PDF s/doc, LibreOffice 20 files in one call $(awk -v t="$lo20" 'BEGIN{if(t=="-")print "-"; else printf "%.4f", t/20}') vs vanthu 20 files in one process $(awk -v t="$v20" 'BEGIN{printf "%.4f", t/20}'): $(ratio "$(awk -v t="$lo20" 'BEGIN{if(t=="-")print "-"; else print t/20}')" "$(awk -v t="$v20" 'BEGIN{print t/20}')") [≥ 20×]"
  echo "  (vanthu per document in the $N batch: $(awk -v t="$vpdf" -v n="$N" 'BEGIN{printf "%.4f", t/n}') s: $(ratio "$(awk -v t="$lo20" 'BEGIN{if(t=="-")print "-"; else print t/20}')" "$(awk -v t="$vpdf" -v n="$N" 'BEGIN{print t/n}')"))"
  echo "- PDF docs/s: vanthu $(rate "$N" "$vpdf") vs Typst $(rate 1000 "$ty"): $(ratio "$(rate "$N" "$vpdf")" "$(rate 1000 "$ty")") [≥ 2×]"
  echo "- $BIG-row list: DOCX $(vcol "vt.list.docx.$BIG" 3) s / $(mb "$(vcol "vt.list.docx.$BIG" 6)") MB (docxtemplater ${dtbig} s), PDF $(vcol "vt.list.pdf.$BIG" 3) s / $(mb "$(vcol "vt.list.pdf.$BIG" 6)") MB (Typst ${tybig} s) [each < 3 s and < 300 MB]"
  echo "raw: $RAW${PEERS_RAW:+ and $PEERS_RAW}"
} | tee "$WORK/summary.md"
