#!/usr/bin/env bash
# Issue 7's load series against the production jar on MariaDB (docs/performance.md, "Users at once").
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
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
LOAD_DB=${LOAD_DB:-renkei_load}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
PORT=${PORT:-18090}
PASSWORD=load-pass-1
OUT=${OUT:-target/load/$(date -u +%Y%m%d-%H%M%S)}
DB_URL="jdbc:mysql://$DB_HOST:3306/$LOAD_DB?characterEncoding=UTF-8&connectionTimeZone=UTC"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/series.log"; }
mysql_q() { mysql -h"$DB_HOST" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -e "$1"; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building the production jar and the load client"
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi
./mvnw -B -ntp -q -Pload -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
# the production jar (or JAR=...), copied too: `./mvnw verify` would replace target/'s with a development jar
cp "${JAR:-$(ls target/renkei-*.jar | head -1)}" "$OUT/renkei.jar"
JAR="$OUT/renkei.jar"
# the run uses its own copy of the client, so that a build in the meantime does not change it
cp -r target/test-classes "$OUT/client-classes"
cp -r target/classes "$OUT/app-classes"
CLIENT_CP="$OUT/client-classes:$OUT/app-classes:$(cat "$OUT/classpath.txt")"

if [[ "$(mysql_q "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$LOAD_DB' AND table_name='survey_round'")" != 1 ]] \
   || [[ "$(mysql_q "SELECT COUNT(*) FROM $LOAD_DB.survey_round WHERE status='OPEN'")" != 1 ]]; then
  log "generating $LOAD_DB (national scale with an open round; about 1 minute)"
  mysql_q "DROP DATABASE IF EXISTS $LOAD_DB; CREATE DATABASE $LOAD_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  PORT=0 DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" "$JAVA" -jar "$JAR" \
    --spring.profiles.active=mysql,generate --renkei.generate.open-round=true \
    --renkei.generate.password="$PASSWORD" > "$OUT/generate.log" 2>&1
fi

APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

# Starts the jar; COLD_MS: the milliseconds until /actuator/health said UP (the cold start).
COLD_MS=
start_app() {
  local name=$1 jfr=()
  # deep stacks: with the default 64 frames, Vaadin's and Spring's own frames hide which view a sample is in
  [[ -n "${JFR:-}" ]] && jfr=("-XX:FlightRecorderOptions=stackdepth=256" "-XX:StartFlightRecording=filename=$OUT/$name.jfr,settings=profile")
  local started=$(date +%s%N)
  PORT=$PORT DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    "$JAVA" ${APP_OPTS:-} "${jfr[@]}" -jar "$JAR" --spring.profiles.active=mysql > "$OUT/$name-app.log" 2>&1 &
  APP_PID=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { log "the app did not start: $OUT/$name-app.log"; exit 1; }
    sleep 0.2
  done
  COLD_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

client() {
  "$JAVA" -Xmx2g -cp "$CLIENT_CP" jp.osaka.renkei.load.LoadTest --base="http://localhost:$PORT" \
    --password="$PASSWORD" --db-url="$DB_URL" --db-user="$DB_USER" --db-password="$DB_PASSWORD" "$@"
}

# One measured run on a freshly started app: cold start, a short warm-up (not measured), the run.
run() {
  local users=$1 label=$2 cold
  start_app "$label"
  cold=$COLD_MS
  echo "$label,$cold,$(stat -c %s "$JAR")" >> "$OUT/cold-start.csv"
  # the warm-up lets the JIT compile the hot paths first: a server in use has long done so (jit_cores in the
  # results shows what compiling is left during the measured run)
  client --users="${WARMUP_USERS:-100}" --ramp=20 --page-think=200-400 --action-think=50-150 --hold=0 \
    --out="$OUT/warm-up" --label="$label" > /dev/null || true
  log "$label: $users users (cold start $cold ms, load average $(cut -d' ' -f1 /proc/loadavg))"
  local status=0
  client --users="$users" --pid="$APP_PID" --out="$OUT" --label="$label" ${LOAD_ARGS:-} \
    > "$OUT/$label-client.log" 2>&1 || status=$?
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
