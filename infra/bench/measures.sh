#!/usr/bin/env bash
# Times every measure for every tenant for the last 20 quarters, against one aggregate pass over the
# outcomes, and one tenant's quarter after a change. In-process: the service must be stopped.
# BENCH_MEASURES_MINUTES (10) bounds the all-tenants pass; a partial pass is extrapolated by children.
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
bench_java org.yothub.bench.MeasuresRun -- tenant="$(bench_tenant)" quarters=20 minutes="${BENCH_MEASURES_MINUTES:-10}" 2>&1 | grep --line-buffered -E '^\[(bench|measures)\]|Exception|Caused'
