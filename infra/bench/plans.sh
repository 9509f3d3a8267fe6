#!/usr/bin/env bash
# Times the Youth Justice Plan PDF (from live data) of the largest tenant, five runs after two
# warm-ups, then one PDF of each of the 150 tenants in turn. In-process: the service must be stopped.
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
bench_java org.yothub.bench.PlansRun -- tenant="$(bench_tenant)" batch="${BENCH_PLANS_BATCH:-true}" 2>&1 \
  | grep --line-buffered -E '^\[bench\]|Exception|Caused'
