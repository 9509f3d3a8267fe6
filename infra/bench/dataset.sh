#!/usr/bin/env bash
# Builds (or completes) the national dataset in $BENCH_HOME (default /work/bench-data): 150 tenants,
# 500,000 children, ~1.5 million outcomes, contacts when the contact table exists; then VACUUM ANALYZE.
# The service must be stopped. Options as -D flags, e.g. infra/bench/dataset.sh -Dbench.tenants=10 -Dbench.children=20000
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
df -h "$BENCH_HOME" | tail -1
bench_java org.yothub.bench.NationalDataset "$@" 2>&1 | grep --line-buffered -v '^\s*$' | tee "$BENCH_HOME/dataset.log"
du -sh "$YOTHUB_DATA_DIR"
