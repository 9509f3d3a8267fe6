# Shared settings of the benchmark scripts (sourced, not run).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export BENCH_HOME="${BENCH_HOME:-/work/bench-data}"
export YOTHUB_DATA_DIR="${YOTHUB_DATA_DIR:-$BENCH_HOME/pgdata}"
export YOTHUB_TENANTS_DIR="${YOTHUB_TENANTS_DIR:-$BENCH_HOME/tenants}"
export BENCH_PORT="${BENCH_PORT:-18080}"
export BENCH_URL="${BENCH_URL:-http://127.0.0.1:$BENCH_PORT}"
export BENCH_PASSWORD="${BENCH_PASSWORD:-bench-password}"
RESULTS="$BENCH_HOME/results"
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.11.0
mkdir -p "$RESULTS"

# Compiles main and test classes and writes the test classpath (again when a pom changed).
bench_classpath() {
  local cp="$REPO/app/target/bench.classpath"
  (cd "$REPO" && ./mvnw -B -o -q -pl app test-compile >&2)
  if [[ ! -s "$cp" || "$REPO/app/pom.xml" -nt "$cp" || "$REPO/pom.xml" -nt "$cp" ]]; then
    (cd "$REPO" && { ./mvnw -B -o -q -pl app "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile="$cp" \
        -Dmdep.includeScope=test >&2 || ./mvnw -B -q -pl app "$DEPENDENCY_PLUGIN:build-classpath" \
        -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >&2; })
  fi
  echo "$REPO/app/target/test-classes:$REPO/app/target/classes:$(cat "$cp")"
}

# Runs a harness main class on the test classpath: bench_java <class> [jvm options...] -- [args...]
bench_java() {
  local main="$1"; shift
  local jvm=() args=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do jvm+=("$1"); shift; done
  [[ "${1:-}" == "--" ]] && shift
  args=("$@")
  local cp
  cp="$(bench_classpath)"
  java -Xmx4g "${jvm[@]}" -cp "$cp" "$main" "${args[@]}"
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

# Load average and time, recorded next to each result.
bench_machine() {
  echo "\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"cores\":$(nproc)"
}
