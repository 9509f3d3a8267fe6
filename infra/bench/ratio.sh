#!/usr/bin/env bash
# Throughput of the service against PostgreSQL alone, both with 2 clients for $BENCH_SECONDS (30).
# pgbench on the service's own database as the runtime role, with three scripts: the child record
# API's own SQL (pgbench/child-api.sql: the statements GET /api/v1/children/{id} sends, audit append
# included), a child-plus-outcomes lookup (pgbench/child-page.sql), and the child record page's own
# SQL (pgbench/child-record-page.sql: the 28 statements of its one transaction). Then wrk (closed
# loop, 2 connections) on GET /api/v1/children/{id} and on the record page /children/{id}, random
# children of the largest tenant. Reports the API over its own SQL and over child + outcomes, and
# the page over its own SQL. The runs with the audit append add to the tenant's audit chain as user
# 'pgbench' (valid entries of the chain).
source "$(dirname "$0")/bench-env.sh"
bench_require_service running
TENANT="$(bench_tenant)"
DURATION="${BENCH_SECONDS:-30}"
CHILDREN="$(wc -l <"$BENCH_HOME/ids/$TENANT.txt")"
PORT="$(bench_pg_port)"
DIR="$(dirname "$0")"
run_pgbench() {
  pgbench -n -M prepared -c 2 -j 2 -T "$DURATION" -h 127.0.0.1 -p "$PORT" -U yothub_app \
    -D tenant="$TENANT" -D children="$CHILDREN" -f "$DIR/pgbench/$1.sql" yothub 2>&1
}
echo "== pgbench: the child record API's own SQL, tenant $TENANT ($CHILDREN children), 2 clients, $DURATION s"
pg_out="$(run_pgbench child-api)"
echo "$pg_out" | grep -E 'tps|latency|failed|transactions actually'
own_tps="$(echo "$pg_out" | sed -nE 's/^tps = ([0-9.]+).*/\1/p')"
echo "== pgbench: child + outcomes, 2 clients, $DURATION s"
pg_out="$(run_pgbench child-page)"
echo "$pg_out" | grep -E 'tps|latency|failed|transactions actually'
sql_tps="$(echo "$pg_out" | sed -nE 's/^tps = ([0-9.]+).*/\1/p')"
echo "== pgbench: the child record page's own SQL, 2 clients, $DURATION s"
pg_out="$(run_pgbench child-record-page)"
echo "$pg_out" | grep -E 'tps|latency|failed|transactions actually'
page_sql_tps="$(echo "$pg_out" | sed -nE 's/^tps = ([0-9.]+).*/\1/p')"
token="$(bench_token "$TENANT")"
run_wrk() {
  BENCH_PATH="$1" BENCH_HEADER="$2" BENCH_VALUE="$3" BENCH_LINES="$BENCH_HOME/ids/$TENANT.txt" \
    wrk -t2 -c2 -d"${DURATION}s" --latency -s "$DIR/wrk/random-path.lua" "$BENCH_URL" | tail -1
}
echo "== wrk: GET /api/v1/children/{id}, 2 connections, $DURATION s"
api="$(run_wrk "/api/v1/children/{}" Authorization "Bearer $token")"; echo "$api"
echo "== wrk: GET /children/{id} (record page, cookie session), 2 connections, $DURATION s"
page="$(run_wrk "/children/{}" Cookie "yothub_session=$token")"; echo "$page"
api_rps="$(echo "$api" | sed -nE 's/.*"rps":([0-9.]+).*/\1/p')"
page_rps="$(echo "$page" | sed -nE 's/.*"rps":([0-9.]+).*/\1/p')"
line="{\"at\":\"$(date -Is)\",\"tenant\":\"$TENANT\",\"seconds\":$DURATION,\"api_sql_tps\":$own_tps,\"sql_tps\":$sql_tps,\"page_sql_tps\":$page_sql_tps,\"api\":$api,\"page\":$page,"
line+="\"api_over_own_sql\":$(bench_div "$api_rps" "$own_tps"),"
line+="\"api_over_sql\":$(bench_div "$api_rps" "$sql_tps"),\"page_over_sql\":$(bench_div "$page_rps" "$sql_tps"),\"page_over_own_sql\":$(bench_div "$page_rps" "$page_sql_tps"),"
line+="\"load\":\"$(cat /proc/loadavg)\"}"
echo "[bench] ratio $line"
echo "$line" >>"$RESULTS/ratio.jsonl"
