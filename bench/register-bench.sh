#!/usr/bin/env bash
# Documents issued per second through the register on SQLite and on
# PostgreSQL beside plain rendering (bench/register_bench.cpp). Starts a
# throwaway PostgreSQL server on a Unix socket in a temporary folder (as the
# postgres user when run as root), stops and deletes it at the end.
#   bench/register-bench.sh [docx|pdf|both] [N] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-both} n=${2:-200} rounds=${3:-3}
cmake --build build --target register_bench >/dev/null
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/vanthu-bench-pg-XXXXXX)
as=()
if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
cleanup() { "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U vanthu -E UTF8 --locale=C >/dev/null
# A real server's durability (fsync on): the figure is what an office gets.
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-k $dir -c listen_addresses=" start >/dev/null
url="postgresql:///postgres?host=$dir&user=vanthu"
data=examples/ke-hoach-atgt-2018/data.json
for sync in NORMAL FULL; do
  VANTHU_SQLITE_SYNCHRONOUS=$sync nice build/bench/register_bench ke-hoach "$data" "$what" --n "$n" --rounds "$rounds" \
    --sqlite "${VANTHU_BENCH_SQLITE:-$PWD/build/register-bench.sqlite}" --pg "$url"
  "${as[@]}" "$bin/psql" -q -h "$dir" -U vanthu -d postgres -c "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
done
