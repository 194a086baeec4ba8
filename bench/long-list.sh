#!/usr/bin/env bash
# Issue 17 benchmark: memory and time of one decision with a long attached list
# (quyet-dinh-khen-thuong, `ca_nhan` of N rows from the peers' gen-data.js), to
# DOCX and to PDF in separate processes. Prints peak RSS and wall / CPU time,
# per run and per row; it asserts nothing.
#
#   bash bench/long-list.sh                     # 10000 and 100000 rows, DOCX and PDF
#   bash bench/long-list.sh 10000 100000 1000000
#   FORMATS=docx bash bench/long-list.sh 1000000
#   VANTHU=/tmp/vanthu-before bash bench/long-list.sh   # another binary
#   VANTHUS="/tmp/vanthu-before build/vanthu" ...       # several binaries, alternated per case
#   RUNS=3 ...                                           # medians are left to the reader: one line a run
#
# Data and outputs go to WORK (default /dev/shm/long-list, kept between runs:
# the data of N rows is generated once). Wall time is taken with bash's
# EPOCHREALTIME (µs); CPU (user+sys) and peak RSS with GNU time (10 ms, KB).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VANTHUS=${VANTHUS:-${VANTHU:-$ROOT/build/vanthu}}
FORMATS=${FORMATS:-docx pdf}
RUNS=${RUNS:-1}
WORK=${WORK:-/dev/shm/long-list}
PEERS_SRC=${PEERS_SRC:-$ROOT/../shared/peers}
ROWS=("$@")
[ ${#ROWS[@]} -gt 0 ] || ROWS=(10000 100000)

die() { echo "long-list: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "GNU time missing: apt-get install -y time"
command -v node >/dev/null || die "node missing"
mkdir -p "$WORK"

# gen-data.js needs no npm packages; batch_convert.js turns its people into vanthu's data.
data() {
  local n=$1 out="$WORK/list-$1.json"
  if [ ! -s "$out" ]; then
    node "$PEERS_SRC/node/gen-data.js" "$n" --out "$WORK/gd-$n.json"
    node "$ROOT/bench/batch_convert.js" list "$WORK/gd-$n.json" "$out"
    rm -f "$WORK/gd-$n.json"
    # Without indentation: 1,000,000 rows indented are 287 MB, above vanthu's 256 MiB data limit.
    node -e 'const fs = require("fs"); const f = process.argv[1];
             fs.writeFileSync(f, JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))))' "$out"
  fi
  echo "$out"
}

echo "# long-list  work=$WORK  rows=${ROWS[*]}  formats=$FORMATS  runs=$RUNS"
echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-28s %-5s %8s %4s %10s %9s %9s %9s %9s\n' binary fmt rows run wall_s cpu_s peak_MB wall_us/row KB/row
for n in "${ROWS[@]}"; do
  in=$(data "$n")
  for run in $(seq 1 "$RUNS"); do
    for fmt in $FORMATS; do
      for bin in $VANTHUS; do
        [ -x "$bin" ] || die "no binary $bin"
        out="$WORK/out-$n.$fmt"
        t0=$EPOCHREALTIME
        /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" "$bin" render quyet-dinh-khen-thuong "$in" -o "$out" \
          > "$WORK/log.txt" 2>&1 || { cat "$WORK/log.txt" >&2; die "$bin $fmt $n failed"; }
        t1=$EPOCHREALTIME
        read -r user sys rss < <(tail -n 1 "$WORK/time.txt")
        awk -v b="$bin" -v f="$fmt" -v n="$n" -v r="$run" -v t0="$t0" -v t1="$t1" -v u="$user" -v s="$sys" -v k="$rss" \
          'BEGIN{ w=t1-t0; printf "%-28s %-5s %8d %4d %10.3f %9.2f %9.1f %9.1f %9.2f\n", b, f, n, r, w, u+s, k/1024, w*1e6/n, k/n }'
      done
    done
  done
done
