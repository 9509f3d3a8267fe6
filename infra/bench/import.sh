#!/usr/bin/env bash
# Times the case-level import over HTTP (serve.sh start first): a new five-file set of
# $BENCH_IMPORT_CHILDREN (8,000) children, about 24,000 outcome rows, imported into the largest
# tenant, then imported again (every row an update).
source "$(dirname "$0")/bench-env.sh"
bench_require_service running
bench_java org.yothub.bench.ImportRun -- tenant="$(bench_tenant)" children="${BENCH_IMPORT_CHILDREN:-8000}"
