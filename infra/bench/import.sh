#!/usr/bin/env bash
# Times the case-level import over HTTP (serve.sh start first): a new five-file set of
# $BENCH_IMPORT_CHILDREN (8,000) children, about 24,000 outcome rows, imported into the largest
# tenant, then the same files again (nothing changed) and a copy with every outcome row changed.
source "$(dirname "$0")/bench-env.sh"
bench_require_service running
bench_java org.yothub.bench.ImportRun -- tenant="$(bench_tenant)" children="${BENCH_IMPORT_CHILDREN:-8000}"
# Leave the dataset as it was: remove the imported children and their records. As the superuser
# with foreign-key triggers off (session_replication_role = replica), table by table: a cascading
# DELETE FROM child would check intervention.outcome_id and hearing.offence_id row by row, and those
# foreign keys have no index (see docs/benchmarks.md).
psql -q -h 127.0.0.1 -p "$(bench_pg_port)" -U postgres -d yothub -v tenant="$(bench_tenant)" \
  -f "$(dirname "$0")/pgbench/remove-imported.sql"
