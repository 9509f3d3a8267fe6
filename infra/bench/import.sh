#!/usr/bin/env bash
# Times the case-level import over HTTP (serve.sh start first): a new five-file set of
# $BENCH_IMPORT_CHILDREN (8,000) children, about 24,000 outcome rows, imported into the largest
# tenant, then the same files again (nothing changed) and a copy with every outcome row changed.
# Then the floor: PostgreSQL alone inserting the same new rows (see the end of this script).
source "$(dirname "$0")/bench-env.sh"
bench_require_service running
bench_java org.yothub.bench.ImportRun -- tenant="$(bench_tenant)" children="${BENCH_IMPORT_CHILDREN:-8000}"
# Leave the dataset as it was: remove the imported children and their records. As the superuser
# with foreign-key triggers off (session_replication_role = replica), table by table: a cascading
# DELETE FROM child would check intervention.outcome_id and hearing.offence_id row by row, and those
# foreign keys have no index (see docs/benchmarks.md).
psql -q -h 127.0.0.1 -p "$(bench_pg_port)" -U postgres -d yothub -v tenant="$(bench_tenant)" \
  -f "$(dirname "$0")/pgbench/remove-imported.sql"
# The floor: PostgreSQL alone inserting the rows of the same new file set (pgbench/import-floor.sql,
# as the runtime role in one transaction bound to the tenant, rolled back), $BENCH_IMPORT_FLOOR_RUNS
# (3) times; outcome rows/s of the service over those of PostgreSQL alone.
SET_DIR="$(ls -td "$BENCH_HOME"/import/*/ | head -1)"
TENANT="$(bench_tenant)"
create_s="$(tail -3 "$RESULTS/import.jsonl" | sed -nE 's/.*"pass":"create".*"seconds":([0-9.]+).*/\1/p')"
for _ in $(seq 1 "${BENCH_IMPORT_FLOOR_RUNS:-3}"); do
  IFS='|' read -r seconds rows tables < <(psql -X -q -h 127.0.0.1 -p "$(bench_pg_port)" -U yothub_app -d yothub \
    -v tenant="$TENANT" -v dir="${SET_DIR%/}" -f "$(dirname "$0")/pgbench/import-floor.sql")
  line="{\"at\":\"$(date -Is)\",\"tenant\":\"$TENANT\",\"files\":\"${SET_DIR%/}\",\"outcome_rows\":$rows,\"seconds\":$seconds,"
  line+="\"outcome_rows_per_s\":$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%d", r / s }'),\"table_seconds\":\"$tables\","
  line+="\"service_over_floor\":$(bench_div "$seconds" "$create_s"),\"load\":\"$(cat /proc/loadavg)\"}"
  echo "[bench] import_floor $line"
  echo "$line" >>"$RESULTS/import_floor.jsonl"
done
# The floor's inserts were rolled back and the imported rows deleted: their dead rows stay in the
# tables and indexes until a vacuum, and (below autovacuum's threshold on tables this size) would
# slow the scans of every later run, searches of the tenant's children above all. Vacuum them now.
psql -X -q -h 127.0.0.1 -p "$(bench_pg_port)" -U postgres -d yothub \
  -c "VACUUM (ANALYZE) child, offence, outcome, intervention, remand, victim, audit_event"
