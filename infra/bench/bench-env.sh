# Shared settings of the benchmark scripts (sourced, not run).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export BENCH_HOME="${BENCH_HOME:-/work/bench-data}"
export YOTHUB_DATA_DIR="${YOTHUB_DATA_DIR:-$BENCH_HOME/pgdata}"
export YOTHUB_TENANTS_DIR="${YOTHUB_TENANTS_DIR:-$BENCH_HOME/tenants}"
# The HTTP port of serve.sh follows BENCH_HOME, so services on different datasets do not collide
# (18080 for the default home; the embedded PostgreSQL always picks a free port itself).
bench_default_port() {
  if [[ "$BENCH_HOME" == /work/bench-data ]]; then echo 18080; return; fi
  echo $(( 18081 + $(printf '%s' "$BENCH_HOME" | cksum | cut -d' ' -f1) % 900 ))
}
export BENCH_PORT="${BENCH_PORT:-$(bench_default_port)}"
export BENCH_URL="${BENCH_URL:-http://127.0.0.1:$BENCH_PORT}"
export BENCH_PASSWORD="${BENCH_PASSWORD:-bench-password}"
RESULTS="$BENCH_HOME/results"
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.11.0
mkdir -p "$RESULTS"

# Compiles main and test classes and writes the test classpath (again when a pom changed); sets BENCH_CP.
bench_init() {
  [[ -n "${BENCH_CP:-}" ]] && return
  local cp="$REPO/app/target/bench.classpath"
  (cd "$REPO" && ./mvnw -B -o -q -pl app test-compile >&2)
  if [[ ! -s "$cp" || "$REPO/app/pom.xml" -nt "$cp" || "$REPO/pom.xml" -nt "$cp" ]]; then
    (cd "$REPO" && { ./mvnw -B -o -q -pl app "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile="$cp" \
        -Dmdep.includeScope=test >&2 || ./mvnw -B -q -pl app "$DEPENDENCY_PLUGIN:build-classpath" \
        -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >&2; })
  fi
  BENCH_CP="$REPO/app/target/test-classes:$REPO/app/target/classes:$(cat "$cp")"
}

# Runs a harness main class on the test classpath: bench_java <class> [jvm options...] -- [args...]
bench_java() {
  local main="$1"; shift
  local jvm=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do jvm+=("$1"); shift; done
  [[ "${1:-}" == "--" ]] && shift
  bench_init
  java -Xmx4g ${jvm[@]+"${jvm[@]}"} -cp "$BENCH_CP" "$main" "$@"
}

# Fails unless the service started by serve.sh is running (load tests) or stopped (in-process runs).
bench_require_service() {
  local pidfile="$BENCH_HOME/service.pid" running=no
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && running=yes
  if [[ "$1" == running && $running == no ]]; then echo "start the service first: infra/bench/serve.sh start" >&2; exit 1; fi
  if [[ "$1" == stopped && $running == yes ]]; then echo "stop the service first (it holds the data directory): infra/bench/serve.sh stop" >&2; exit 1; fi
}

# A bearer token of a bench user (also accepted as the browser session cookie): bench_token <tenant> [user]
bench_token() {
  curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$1\",\"username\":\"${2:-bench.manager}\",\"password\":\"$BENCH_PASSWORD\"}" \
    "$BENCH_URL/api/v1/auth/login" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The largest tenant (most children) of the dataset, or BENCH_TENANT.
bench_tenant() {
  if [[ -n "${BENCH_TENANT:-}" ]]; then echo "$BENCH_TENANT"; return; fi
  tail -n +2 "$BENCH_HOME/tenants.tsv" | sort -t$'\t' -k5,5nr | head -1 | cut -f1
}

# Port of the embedded PostgreSQL server running on the bench data directory.
bench_pg_port() {
  sed -n 4p "$YOTHUB_DATA_DIR/postmaster.pid"
}


# a / b with three decimals and a leading zero (valid JSON, unlike bc's ".5").
bench_div() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'
}
