#!/usr/bin/env bash
# Times every measure for every tenant for the last 20 quarters (MeasuresService.recompute, tenants
# shared among BENCH_MEASURES_THREADS workers, default 2), against one aggregate pass over the
# outcomes, and one tenant's quarter after a change. In-process: the service must be stopped. The JVM
# is warmed first by recomputing BENCH_MEASURES_WARMUP tenants (30, a fifth) on another as-of date.
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
bench_java org.yothub.bench.MeasuresRun -- tenant="$(bench_tenant)" quarters=20 threads="${BENCH_MEASURES_THREADS:-2}" split="${BENCH_MEASURES_SPLIT:-false}" warmup="${BENCH_MEASURES_WARMUP:-30}" 2>&1 \
  | grep --line-buffered -E '^\[(bench|measures)\]|Exception|Caused'
