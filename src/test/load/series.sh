#!/usr/bin/env bash
# The load series against the production jar on MariaDB (docs/performance.md, "Users at once").
#   src/test/load/series.sh                 50, 100, 200, 300 users, 3 runs each, then the report and plots
#   src/test/load/series.sh capacity        400, 600, 800, … users until p95 > 100 ms or an error (1 run each);
#                                           ARRIVALS=5: the users sign in at 5 a second (ramp = users / 5 s)
#                                           instead of all within the 60 s ramp; in both, every user stays
#                                           signed in until the run is measured
# Settings (environment): USERS="50 100 200 300", REPEATS=3, LOAD_DB=renkei_load, DB_HOST=127.0.0.1, DB_USER=root,
# DB_PASSWORD=, PORT=18090, OUT=target/load/<date>, JAVA_HOME (a JDK 21+; Temurin 25 by default), APP_OPTS (the
# app's JVM options), JFR=1 (record the app with JFR), SKIP_BUILD=1 (use target/*.jar or JAR as it is),
# LOAD_ARGS (more arguments for the load client, e.g. "--ramp=30 --page-think=1000-2000"), START_USERS and
# STEP_USERS (capacity: 400 and 200), ARRIVALS (capacity: users signing in per second), WARMUP_USERS (100: users
# of the quick unmeasured scenario after each start); REPEATS=0 only
# builds and generates the database.
# Needs a MariaDB/MySQL server; generates the database (1,741 areas, 20 rounds, one open round) when missing.
set -euo pipefail
cd "$(dirname "$0")/../../.."

MODE=${1:-series}
PORT=${PORT:-18090}
OUT=${OUT:-target/load/$(date -u +%Y%m%d-%H%M%S)}
source src/test/load/lib.sh
prepare_jar_and_client
ensure_load_database

APP_PID=
stop_app() {
  stop_pid "$APP_PID"
  APP_PID=
}
trap stop_app EXIT

# Starts the jar; COLD_MS: the milliseconds until /actuator/health said UP (the cold start).
COLD_MS=
start_app() {
  local name=$1
  local started=$(date +%s%N)
  launch_app "$name" "$PORT"
  APP_PID=$LAUNCHED_PID
  await_health "$PORT" "$APP_PID" "$name"
  COLD_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# One measured run on a freshly started app: cold start, a short warm-up (not measured), the run.
run() {
  local users=$1 label=$2 cold
  start_app "$label"
  cold=$COLD_MS
  echo "$label,$cold,$(stat -c %s "$JAR")" >> "$OUT/cold-start.csv"
  # the warm-up lets the JIT compile the hot paths first: a server in use has long done so (jit_cores in the
  # results shows what compiling is left during the measured run)
  client "http://localhost:$PORT" --users="${WARMUP_USERS:-100}" --ramp=20 --page-think=200-400 \
    --action-think=50-150 --hold=0 \
    --out="$OUT/warm-up" --label="$label" > /dev/null || true
  log "$label: $users users (cold start $cold ms, load average $(cut -d' ' -f1 /proc/loadavg))"
  local status=0 from_ms
  from_ms=$(date +%s%3N)
  client "http://localhost:$PORT" --users="$users" --pid="$APP_PID" --out="$OUT" --label="$label" ${LOAD_ARGS:-} \
    > "$OUT/$label-client.log" 2>&1 || status=$?
  # the measured run's window, for CpuBySteps.java with JFR=1
  echo "$label,$from_ms,$(date +%s%3N)" >> "$OUT/windows.csv"
  grep -E "^$label," "$OUT/$label-client.log" | tee -a "$OUT/series.log" || true
  stop_app
  return $status
}

log "results in $OUT"
echo "label,cold_start_ms,jar_bytes" > "$OUT/cold-start.csv"
if [[ "$MODE" == capacity ]]; then
  users=${START_USERS:-400}
  while :; do
    if [[ -n "${ARRIVALS:-}" ]]; then
      # users arrive at a steady rate (every user stays signed in until the run is measured)
      arrival_args="--ramp=$(( users / ARRIVALS ))"
    else
      arrival_args=""
    fi
    LOAD_ARGS="${LOAD_ARGS:-} $arrival_args" run "$users" "capacity-$users" || { log "errors at $users users"; break; }
    p95=$(awk -F, -v l="capacity-$users" '$1==l {print $6}' "$OUT/results.csv")
    if awk -v p="$p95" 'BEGIN {exit !(p > 100)}'; then log "p95 $p95 ms > 100 ms at $users users"; break; fi
    users=$((users + ${STEP_USERS:-200}))
  done
else
  for repeat in $(seq 1 "${REPEATS:-3}"); do
    for users in ${USERS:-50 100 200 300}; do
      run "$users" "u$users-r$repeat" || log "u$users-r$repeat had errors (see $OUT/u$users-r$repeat-client.log)"
    done
  done
fi
if [[ -f "$OUT/results.csv" ]]; then
  "$JAVA" -cp "$CLIENT_CP" jp.osaka.renkei.load.SeriesReport "$OUT" | tee -a "$OUT/series.log"
fi
log "done: $OUT/results.csv, $OUT/summary.csv, $OUT/latency.png"
