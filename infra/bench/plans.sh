#!/usr/bin/env bash
# Times the Youth Justice Plan PDF (from live data) of the largest tenant, five runs after two
# warm-ups, then the product's plan batch (PlanBatchJob: every tenant's plan rendered and stored,
# on BENCH_PLANS_THREADS worker threads, default 2). In-process: the service must be stopped.
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
bench_java org.yothub.bench.PlansRun -Dapp.plans.batch.threads="${BENCH_PLANS_THREADS:-2}" \
  -- tenant="$(bench_tenant)" batch="${BENCH_PLANS_BATCH:-true}" 2>&1 \
  | grep --line-buffered -E '^\[bench\]|Exception|Caused'
