#!/usr/bin/env bash
# Times a benchmark release (ReleaseJob.run) over all tenants, after a phase-by-phase breakdown of
# where the time goes (event reads, aggregation, cells, relations, secondary suppression with its audit).
# In-process: the service must be stopped. BENCH_RELEASE_MINUTES (15) bounds the full run;
# BENCH_JFR=1 records a flight recording (results/release.jfr) for a profile of the run.
source "$(dirname "$0")/bench-env.sh"
bench_require_service stopped
jfr=()
[[ "${BENCH_JFR:-0}" == 1 ]] && jfr=(-XX:StartFlightRecording=filename="$RESULTS/release.jfr",settings=profile)
bench_java org.yothub.benchmarking.ReleaseRun ${jfr[@]+"${jfr[@]}"} -- minutes="${BENCH_RELEASE_MINUTES:-15}" \
  phases="${BENCH_RELEASE_PHASES:-true}" 2>&1 | grep --line-buffered -E '^\[bench\]|Exception|Caused|Benchmark release'
