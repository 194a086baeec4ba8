#!/usr/bin/env bash
# Issue 17: vanthu against Typst on the same document (bench/qd-peers: the
# peers' Quyết định khen thưởng with the same texts and the same awardee
# table; 2 pages for one person, as Typst's), per document and per page:
#   one core    vanthu (build/bench/batch_loop) and Typst (bench/typst_loop.js
#               over the peers' own lib.js) each pinned to core 0 (taskset),
#               Typst with RAYON_NUM_THREADS=1;
#   two cores   two processes of each, each on half the records;
#               rate = records / the slower process's time;
#   list        one decision with a ROWS-row table (both sides);
#   floor       build/bench/floor on the same documents (HarfBuzz shaping of
#               the same runs + hb-subset + Flate at the writer's level).
# Figures: wall clock (microseconds) and CPU time of the timed loop (thread
# CPU for vanthu, process CPU for Typst): on this shared box the wall clock
# mostly measures the other processes, so the ratios use CPU time and the
# wall figures are printed beside them. Median of RUNS alternating runs.
# Prints figures, asserts nothing.
#
#   bash bench/like-for-like.sh                 # N=200 one-person decisions, ROWS=1000, RUNS=3
#   N=400 ROWS=2000 RUNS=5 bash bench/like-for-like.sh
#   WORK=/dev/shm/x PEERS_SRC=../shared/peers bash bench/like-for-like.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${BIN:-$ROOT/build/bench}
N=${N:-200}
ROWS=${ROWS:-1000}
RUNS=${RUNS:-3}
PEERS_SRC=${PEERS_SRC:-$ROOT/../shared/peers}
WORK=${WORK:-$(mktemp -d /dev/shm/lfl.XXXXXX 2>/dev/null || mktemp -d /tmp/lfl.XXXXXX)}
TPL=$ROOT/bench/qd-peers
die() { echo "like-for-like: $*" >&2; exit 1; }
for b in batch_loop floor; do [ -x "$BIN/$b" ] || die "no $BIN/$b (cmake --build build --target $b)"; done
command -v node >/dev/null || die "node missing"
command -v taskset >/dev/null || die "taskset missing (util-linux)"

mkdir -p "$WORK"
PEERS=$WORK/peers
[ -d "$PEERS" ] || { cp -r "$PEERS_SRC" "$PEERS"; chmod -R u+w "$PEERS"; }
[ -d "$PEERS/typst/node_modules/@myriaddreamin" ] || (cd "$PEERS/typst" && npm ci --no-audit --no-fund >/dev/null)

echo "# like-for-like  work=$WORK  N=$N  ROWS=$ROWS  runs=$RUNS"
echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(uptime)"

# Data: the peers' generator; vanthu's copy only drops what vanthu writes itself.
node "$PEERS/node/gen-data.js" "$N" --batch --out "$WORK/gd-batch.json"
node "$PEERS/node/gen-data.js" "$ROWS" --out "$WORK/gd-list.json"
node "$ROOT/bench/peers_convert.js" batch "$WORK/gd-batch.json" "$WORK/vt-batch.json"
node "$ROOT/bench/peers_convert.js" one "$WORK/gd-list.json" "$WORK/vt-list.json"
node "$ROOT/bench/peers_convert.js" one "$WORK/gd-batch.json" "$WORK/vt-one.json"

RAW=$WORK/raw.tsv  # case run docs pages seconds cpu_us_per_doc
: > "$RAW"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
record() {  # case run RESULT-line
  local line=$3
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(field docs <<<"$line")" "$(field pages <<<"$line")" \
    "$(field seconds <<<"$line")" "$(field cpu_us_per_doc <<<"$line")" >> "$RAW"
}
vt() { "$BIN/batch_loop" "$TPL" "$@"; }
ty() { RAYON_NUM_THREADS=1 node "$ROOT/bench/typst_loop.js" "$PEERS" "$@"; }
half=$((N / 2))
node -e 'const fs=require("fs");const d=JSON.parse(fs.readFileSync(process.argv[1]));fs.writeFileSync(process.argv[2],JSON.stringify({danh_sach:[d,d,d,d,d]}))' \
  "$WORK/vt-list.json" "$WORK/vt-list5.json"
: > "$WORK/floor-one.txt"

for r in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/out"; mkdir -p "$WORK/out/vt" "$WORK/out/ty"
  record vt.one-core "$r" "$(taskset -c 0 "$BIN/batch_loop" "$TPL" "$WORK/vt-batch.json" "$WORK/out/vt")"
  record ty.one-core "$r" "$(RAYON_NUM_THREADS=1 taskset -c 0 node "$ROOT/bench/typst_loop.js" "$PEERS" "$WORK/gd-batch.json" "$WORK/out/ty")"
  # Two processes each, on the two halves of the batch, started together.
  vt "$WORK/vt-batch.json" "$WORK/out/vt" 0 "$half" > "$WORK/a.txt" & vt "$WORK/vt-batch.json" "$WORK/out/vt" "$half" > "$WORK/b.txt"; wait
  for f in a b; do record "vt.two-procs.$f" "$r" "$(cat "$WORK/$f.txt")"; done
  ty "$WORK/gd-batch.json" "$WORK/out/ty" 0 "$half" > "$WORK/a.txt" & ty "$WORK/gd-batch.json" "$WORK/out/ty" "$half" > "$WORK/b.txt"; wait
  for f in a b; do record "ty.two-procs.$f" "$r" "$(cat "$WORK/$f.txt")"; done
  mkdir -p "$WORK/out/vt-list" "$WORK/out/ty-list" "$WORK/out/vt-list5"
  record vt.list "$r" "$(taskset -c 0 "$BIN/batch_loop" "$TPL" "$WORK/vt-list.json" "$WORK/out/vt-list")"
  record ty.list "$r" "$(RAYON_NUM_THREADS=1 taskset -c 0 node "$ROOT/bench/typst_loop.js" "$PEERS" "$WORK/gd-list.json" "$WORK/out/ty-list")"
  # The floors, alternated with vanthu in every run (on 2 hyperthreads the
  # CPU time of one depends on what the other runs). The list floor is the
  # mean of 5 iterations in one process; vanthu's like it: the list 5 times in
  # one process, its paragraph cache off so that every iteration lays out
  # every cell again, as the floor shapes every run.
  taskset -c 0 "$BIN/floor" "$TPL" "$WORK/vt-one.json" 200 >> "$WORK/floor-one.txt"
  fl=$(taskset -c 0 "$BIN/floor" "$TPL" "$WORK/vt-list.json" 5)
  printf '%s\t%s\t0\t0\t0\t%s\n' floor.list "$r" "$(field floor_us_per_doc <<<"$fl")" >> "$RAW"
  record vt.list5 "$r" "$(VANTHU_NO_PARAGRAPH_CACHE=1 taskset -c 0 "$BIN/batch_loop" "$TPL" "$WORK/vt-list5.json" "$WORK/out/vt-list5")"
done
fl_one=$(grep 'RESULT floor' "$WORK/floor-one.txt" | sort -t= -k9 -g | sed -n "$(( (RUNS + 1) / 2 ))p")
echo "floor one-person decision, median of $RUNS: $fl_one"
# Page 1 of both sides, for the docs.
pdftoppm -r 60 -png -singlefile -f 1 -l 1 "$WORK/out/vt/1.pdf" "$WORK/vanthu-page1" || true
pdftoppm -r 60 -png -singlefile -f 1 -l 1 "$WORK/out/ty/1.pdf" "$WORK/typst-page1" || true

median() { sort -g | awk '{a[NR]=$1} END{ if(NR==0){print "-"; exit} if(NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }
col() { awk -F'\t' -v c="$1" -v k="$2" '$1==c{print $k}' "$RAW" | median; }
# Two processes: the slower of the pair in each run, then the median over runs.
pair() { awk -F'\t' -v p="$1" -v k="$2" '$1==p".a"||$1==p".b"{ if(!($2 in m)||$k>m[$2]) m[$2]=$k } END{for(r in m) print m[r]}' "$RAW" | median; }
pages() { awk -F'\t' -v c="$1" '$1==c{print $4; exit}' "$RAW"; }
{
  echo
  echo "Summary (median of $RUNS; $(date -u +%Y-%m-%dT%H:%MZ); load at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "| case | docs | pages | vanthu CPU µs/doc | Typst CPU µs/doc | vanthu CPU µs/page | Typst CPU µs/page | ratio (CPU) | vanthu wall s | Typst wall s | ratio (wall) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  row() {  # label vt-case ty-case docs
    local vc tc vw tw vp tp
    vc=$(col "$2" 6); tc=$(col "$3" 6); vw=$(col "$2" 5); tw=$(col "$3" 5); vp=$(pages "$2"); tp=$(pages "$3")
    awk -v l="$1" -v d="$4" -v vp="$vp" -v tp="$tp" -v vc="$vc" -v tc="$tc" -v vw="$vw" -v tw="$tw" 'BEGIN{
      printf "| %s | %d | %d / %d | %.0f | %.0f | %.0f | %.0f | %.2f× | %.3f | %.3f | %.2f× |\n",
        l, d, vp, tp, vc, tc, vc*d/vp, tc*d/tp, (tc*d/tp)/(vc*d/vp), vw, tw, (tw/tp)/(vw/vp) }'
  }
  row "one-person decisions, one core" vt.one-core ty.one-core "$N"
  row "decision with $ROWS rows, one core" vt.list ty.list 1
  vw2=$(pair vt.two-procs 5); tw2=$(pair ty.two-procs 5)
  awk -v n="$N" -v a="$vw2" -v b="$tw2" 'BEGIN{printf "\nBoth cores, two processes each, %d one-person decisions: vanthu %.3f s (%.0f docs/s), Typst %.3f s (%.0f docs/s): %.2f× (wall clock of the slower process)\n", n, a, n/a, b, n/b, b/a}'
  awk -v v="$(col vt.one-core 6)" -v f="$(field floor_us_per_doc <<<"$fl_one")" \
      -v vl="$(col vt.list5 6)" -v fl="$(col floor.list 6)" 'BEGIN{
    printf "Floor (CPU, alternated with vanthu): one-person decision %.0f µs/doc, vanthu %.0f = %.2f× the floor; %d-row list (5 iterations each, vanthu with its paragraph cache off) %.0f µs/doc, vanthu %.0f = %.2f×\n",
      f, v, v/f, '"$ROWS"', fl, vl, vl/fl }'
  echo "raw: $RAW; page 1: $WORK/vanthu-page1.png $WORK/typst-page1.png"
} | tee "$WORK/summary.md"
