#!/usr/bin/env bash
# Starts or stops the service on the benchmark data directory and tenant files.
#   infra/bench/serve.sh start   build the jar if missing or older than the sources, start on $BENCH_PORT, wait until healthy
#   infra/bench/serve.sh stop    stop the service started here (and its embedded PostgreSQL)
source "$(dirname "$0")/bench-env.sh"
PIDFILE="$BENCH_HOME/service.pid"
LOG="$BENCH_HOME/service.log"

start() {
  if [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "service already running (pid $(cat "$PIDFILE"))"; return
  fi
  local jar="$REPO/app/target/yot-hub.jar"
  if [[ ! -f "$jar" || -n "$(find "$REPO/app/src/main" "$REPO/migrations" "$REPO/app/pom.xml" -newer "$jar" -print -quit)" ]]; then
    (cd "$REPO" && ./mvnw -B -o -q -DskipTests package)
  fi
  PORT="$BENCH_PORT" YOTHUB_DEMO=true nohup java ${BENCH_SERVICE_OPTS:-} -Dapp.casework.demo.children-per-tenant=0 \
      -jar "$REPO/app/target/yot-hub.jar" >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 360); do
    if curl -fsS "$BENCH_URL/health" >/dev/null 2>&1; then
      echo "service up on $BENCH_URL (pid $(cat "$PIDFILE")); log $LOG"; return
    fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -30 "$LOG"; echo "service failed to start"; exit 1; }
    sleep 0.5
  done
  echo "service did not become healthy in 180 s"; exit 1
}

stop() {
  if [[ -f "$PIDFILE" ]]; then
    local pid; pid="$(cat "$PIDFILE")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -f "$PIDFILE"
    echo "service stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop"; exit 2 ;;
esac
