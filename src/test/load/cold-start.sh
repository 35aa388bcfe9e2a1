#!/usr/bin/env bash
# Cold starts (docs/performance.md, "Production jar and start"): the production jar started afresh RUNS
# times in each form below, timed from the launch to the first UP of /actuator/health (as series.sh times its starts).
# The forms take turns (jar, extracted, aot, jar, extracted, aot, …), so that on a shared machine each meets the same
# load; beside each start's time go the JVM's CPU time until then and the 1-minute load average before it.
#   jar        java -jar renkei.jar
#   extracted  java -jar extracted/renkei.jar, the layout of `java -Djarmode=tools -jar renkei.jar extract`
#   cds        the extracted jar with a CDS archive (-XX:SharedArchiveFile), trained as the AOT cache is: what Java 21
#              offers instead of an AOT cache (classes loaded, not linked, no method profiles), here on this JDK
#   aot        the extracted jar with -XX:AOTCache=app.aot, trained once by docker/train-aot-cache.sh
#   image      what docker/Dockerfile's image does, in a folder laid out as its /app: extracted there, trained there
#              with IMAGE_JAVA, started from there with IMAGE_JAVA and the image's JVM flags
# A form may name more app arguments: "aot:lazy" is the aot form with the arguments in $ARGS_lazy.
# Settings (environment): DB=mysql (the national-scale load database on the mysql profile, as series.sh; generated
# when missing), h2 (an H2 file database that a first, unmeasured start creates, no demo data) or h2-empty (a new H2
# database at every start); RUNS=5; VARIANTS="jar extracted aot"; PORT=18600; OUT=target/load/cold-<time>;
# IMAGE_JAVA (default: the JDK's java; a jlink JRE comes closer to the image's); SKIP_BUILD=1, JAR, JAVA_HOME,
# APP_OPTS (JVM options of every form), LOAD_DB, DB_HOST, DB_USER, DB_PASSWORD as in series.sh.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DB=${DB:-mysql}
VARIANTS=${VARIANTS:-jar extracted aot}
PORT=${PORT:-18600}
OUT=${OUT:-target/load/cold-$(date -u +%Y%m%d-%H%M%S)}
LOG=
source src/test/load/lib.sh
LOG="$OUT/cold-start.log"
IMAGE_JAVA=${IMAGE_JAVA:-$JAVA}
# docker/Dockerfile's ENTRYPOINT, less the java and the jar
IMAGE_FLAGS=(-XX:AOTCache=app.aot -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError)

if [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building the production jar"
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi
cp "${JAR:-$(ls target/renkei-*.jar | head -1)}" "$OUT/renkei.jar"
JAR="$OUT/renkei.jar"

# The extracted form, its AOT cache, and the image's /app (with ./config, as the Dockerfile copies it)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" > /dev/null
if [[ " $VARIANTS " == *" aot"* ]]; then
  log "training the AOT cache of the extracted jar"
  JAVA="$JAVA" docker/train-aot-cache.sh "$OUT/extracted/renkei.jar" > "$OUT/training.log" 2>&1
fi
if [[ " $VARIANTS " == *" cds"* ]]; then
  log "training the CDS archive of the extracted jar"
  env -u SPRING_PROFILES_ACTIVE "$JAVA" -XX:ArchiveClassesAtExit="$OUT/extracted/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$OUT/extracted/renkei.jar" --spring.datasource.url=jdbc:h2:mem:cds-training \
    > "$OUT/training-cds.log" 2>&1
fi
if [[ " $VARIANTS " == *" image"* ]]; then
  log "laying out the image's /app and training its AOT cache with $IMAGE_JAVA"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/image" --application-filename app.jar > /dev/null
  cp -r config "$OUT/image/config"
  (cd "$OUT/image" && JAVA="$IMAGE_JAVA" "$OLDPWD/docker/train-aot-cache.sh" "$OUT/image/app.jar") \
    > "$OUT/training-image.log" 2>&1
fi

case "$DB" in
  mysql) ensure_load_database; DB_ARGS=(--spring.profiles.active=mysql) ;;
  h2 | h2-empty) DB_ARGS=(--renkei.demo-data=false); DB_USER=sa; DB_PASSWORD= ;;
  *) log "DB is mysql, h2 or h2-empty, not $DB"; exit 1 ;;
esac
# the database of a start; h2-empty: a new one each time
db_url() {
  case "$DB" in
    mysql) echo "$DB_URL" ;;
    h2) echo "jdbc:h2:file:$OUT/h2/renkei" ;;
    h2-empty) rm -rf "$OUT/h2"; echo "jdbc:h2:file:$OUT/h2/renkei" ;;
  esac
}

APP_PID=
trap 'stop_pid "$APP_PID"' EXIT

# One start of a form, timed: start <form[:argument set]> <label>; appends a row to cold-start.csv
start() {
  local variant=$1 label=$2 form=${1%%:*} args=() cmd dir=. url
  [[ "$variant" == *:* ]] && { local set="ARGS_${variant#*:}"; read -ra args <<< "${!set:-}"; }
  case "$form" in
    jar) cmd=("$JAVA" ${APP_OPTS:-} -jar "$JAR") ;;
    extracted) cmd=("$JAVA" ${APP_OPTS:-} -jar "$OUT/extracted/renkei.jar") ;;
    cds) cmd=("$JAVA" ${APP_OPTS:-} -XX:SharedArchiveFile="$OUT/extracted/app.jsa" -jar "$OUT/extracted/renkei.jar") ;;
    aot) cmd=("$JAVA" ${APP_OPTS:-} -XX:AOTCache="$OUT/extracted/app.aot" -jar "$OUT/extracted/renkei.jar") ;;
    image) dir="$OUT/image"; cmd=("$IMAGE_JAVA" ${APP_OPTS:-} "${IMAGE_FLAGS[@]}" -jar "$OUT/image/app.jar") ;;
    *) log "unknown form $form"; exit 1 ;;
  esac
  url=$(db_url)
  local load started
  load=$(cut -d' ' -f1 /proc/loadavg)
  started=$(date +%s%N)
  (cd "$dir" && exec env PORT="$PORT" DB_URL="$url" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    "${cmd[@]}" "${DB_ARGS[@]}" "${args[@]}") \
    > "$OUT/$label-app.log" 2>&1 &
  APP_PID=$!
  await_health "$PORT" "$APP_PID" "$label"
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  # the CPU time the JVM used until then (user + system, all threads): unlike the wall time, it hardly grows
  # when neighbours take the cores, so it compares starts made under different loads
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  local cpu=$(( ticks * 1000 / $(getconf CLK_TCK) ))
  echo "$variant,$label,$ms,$cpu,$load" >> "$OUT/cold-start.csv"
  log "$label: $ms ms, $cpu ms of CPU (load average $load before the start)"
  stop_pid "$APP_PID"
  APP_PID=
}

echo "variant,label,cold_start_ms,cpu_ms,load_average" > "$OUT/cold-start.csv"
if [[ "$DB" == h2 ]]; then
  log "creating the H2 database (a first start, not measured)"
  start jar h2-create
  sed -i '$d' "$OUT/cold-start.csv"
fi
for run in $(seq 1 "${RUNS:-5}"); do
  for variant in $VARIANTS; do
    start "$variant" "${variant//:/-}-$run"
  done
done

# min / median / max of a column for a form (the median of an even count: the mean of the middle two)
stats() {
  awk -F, -v v="$1" -v c="$2" '$1 == v {print $c}' "$OUT/cold-start.csv" | sort -n | awk -v f="$3" '
    { x[NR] = $1 } END { printf f "," f "," f, x[1], NR % 2 ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2, x[NR] }'
}
log "summary ($DB): variant, starts, wall min, median, max (ms), CPU min, median, max (ms), load average min, median, max"
for variant in $VARIANTS; do
  echo "$variant,$(grep -c "^$variant," "$OUT/cold-start.csv"),$(stats "$variant" 3 %.0f),$(stats "$variant" 4 %.0f),$(stats "$variant" 5 %.2f)" \
    | tee -a "$LOG"
done
log "done: $OUT/cold-start.csv"
