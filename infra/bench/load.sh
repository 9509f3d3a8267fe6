#!/usr/bin/env bash
# Constant-rate load tests of the running service (serve.sh start first): each scenario at
# $BENCH_RATE requests/s (200) for $BENCH_SECONDS (30, at most 60) after a 5 s warm-up, as the largest
# tenant's users. Scenarios: child-page child-api search-api search-page kpis reoffending measures performance-page
#   caseload-api caseload-page benchmark-page comparison-api
#   infra/bench/load.sh                      all scenarios whose routes exist
#   infra/bench/load.sh child-api kpis       some
source "$(dirname "$0")/bench-env.sh"
bench_require_service running
TENANT="$(bench_tenant)"
RATE="${BENCH_RATE:-200}"
DURATION="${BENCH_SECONDS:-30}"
(( DURATION <= 60 )) || { echo "keep load runs at 60 s or less"; exit 1; }
scenarios=("$@")
if [[ ${#scenarios[@]} -eq 0 ]]; then
  scenarios=(child-page child-api search-api search-page kpis reoffending measures performance-page benchmark-page comparison-api)
  token="$(bench_token "$TENANT" cm001)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BENCH_URL/api/v1/caseload")"
  [[ "$code" == 200 ]] && scenarios+=(caseload-api caseload-page)
fi
for s in "${scenarios[@]}"; do
  echo "== $s: $RATE req/s for $DURATION s, tenant $TENANT"
  bench_java org.yothub.bench.LoadRun -- scenario="$s" tenant="$TENANT" rate="$RATE" seconds="$DURATION" url="$BENCH_URL"
done
