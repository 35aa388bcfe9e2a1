# Shared by the load scripts (series.sh, two-instances.sh): sourced, not run. Expects OUT (the run's folder) and
# the settings below from the environment; see series.sh's header for what each means.
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
LOAD_DB=${LOAD_DB:-renkei_load}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
PASSWORD=load-pass-1
DB_URL="jdbc:mysql://$DB_HOST:3306/$LOAD_DB?characterEncoding=UTF-8&connectionTimeZone=UTC"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
LOG=${LOG:-$OUT/series.log}
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG"; }
mysql_q() { mysql -h"$DB_HOST" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -e "$1"; }

# Builds the production jar (unless SKIP_BUILD=1) and the load client, and copies both into $OUT, so that a build
# in the meantime changes neither (`./mvnw verify` would replace target/'s jar with a development jar).
# Sets JAR and CLIENT_CP.
prepare_jar_and_client() {
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building the production jar and the load client"
    ./mvnw -B -ntp -q -Pproduction -DskipTests package
  fi
  ./mvnw -B -ntp -q -Pload -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
  cp "${JAR:-$(ls target/renkei-*.jar | head -1)}" "$OUT/renkei.jar"
  JAR="$OUT/renkei.jar"
  cp -r target/test-classes "$OUT/client-classes"
  cp -r target/classes "$OUT/app-classes"
  CLIENT_CP="$OUT/client-classes:$OUT/app-classes:$(cat "$OUT/classpath.txt")"
}

# Generates the load database (national scale, one open round) unless it is there already. The generator is test
# code (docs/performance.md, "The commands"): the app runs it with its test classes, not from the jar.
ensure_load_database() {
  if [[ "$(mysql_q "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$LOAD_DB' AND table_name='survey_round'")" != 1 ]] \
     || [[ "$(mysql_q "SELECT COUNT(*) FROM $LOAD_DB.survey_round WHERE status='OPEN'")" != 1 ]]; then
    log "generating $LOAD_DB (national scale with an open round; about 1 minute)"
    mysql_q "DROP DATABASE IF EXISTS $LOAD_DB; CREATE DATABASE $LOAD_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    PORT=0 DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" ./mvnw -B -ntp -q spring-boot:test-run \
      -Dspring-boot.run.profiles=mysql,generate \
      -Dspring-boot.run.arguments="--renkei.generate.open-round=true --renkei.generate.password=$PASSWORD" \
      > "$OUT/generate.log" 2>&1
  fi
}

# Starts the jar in the background on the mysql profile: launch_app <log name> <port> [VAR=value …] (more
# environment, e.g. INSTANCE_ROUTE=a). Sets LAUNCHED_PID. Every simulated user comes from this one address, so the
# bound on new sessions per address (60 a minute, docs/security.md) is off, as in the soak.
launch_app() {
  local name=$1 port=$2 jfr=()
  shift 2
  # deep stacks: with the default 64 frames, Vaadin's and Spring's own frames hide which view a sample is in
  [[ -n "${JFR:-}" ]] && jfr=("-XX:FlightRecorderOptions=stackdepth=256"
    "-XX:StartFlightRecording=filename=$OUT/$name.jfr,settings=profile")
  env "$@" PORT="$port" DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    "$JAVA" ${APP_OPTS:-} "${jfr[@]}" -jar "$JAR" --spring.profiles.active=mysql \
    --renkei.security.new-sessions-per-address=0 > "$OUT/$name-app.log" 2>&1 &
  LAUNCHED_PID=$!
}

# Waits until the app on the port reports UP: await_health <port> <pid> <log name>
await_health() {
  until curl -fs "http://localhost:$1/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$2" 2>/dev/null || { log "the app did not start: $OUT/$3-app.log"; exit 1; }
    sleep 0.2
  done
}

# Stops a process this script started and waits for it: stop_pid <pid>
stop_pid() {
  if [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1"; wait "$1" 2>/dev/null || true
  fi
}

# The load client against a base URL: client <base> [more arguments]
client() {
  local base=$1
  shift
  "$JAVA" -Xmx2g -cp "$CLIENT_CP" jp.osaka.renkei.load.LoadTest --base="$base" \
    --password="$PASSWORD" --db-url="$DB_URL" --db-user="$DB_USER" --db-password="$DB_PASSWORD" "$@"
}
