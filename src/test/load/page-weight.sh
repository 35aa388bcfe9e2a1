#!/usr/bin/env bash
# The page weight (docs/performance.md, "Page weight"): the production jar started afresh with the
# demo data (a new H2 database in the run's folder), then PageWeight in Debian's Chromium: for each user and chart
# screen a cold visit (new browser context) and a warm one (a new tab in the same context), with the bytes
# transferred, the requests, those answered from the browser's cache and the time to the visible main heading.
# Figures only, nothing fails on a heavy page. Settings (environment): PORT=18311, OUT=target/load/weight-<time>,
# SKIP_BUILD=1 (use target/'s jar as it is), JAR, JAVA_HOME, CHROMIUM, WEIGHT_ARGS (more arguments of PageWeight,
# e.g. "--details" for every request with its encoding and Cache-Control, "--users=admin" or "--paths=goals").
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${PORT:-18311}
OUT=${OUT:-target/load/weight-$(date -u +%Y%m%d-%H%M%S)}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi
cp "${JAR:-$(ls target/renkei-*.jar | head -1)}" "$OUT/renkei.jar"
./mvnw -B -ntp -q -Pload -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"

# the demo profile on a new embedded database in $OUT/data (./config is not there: nothing of the operator's applies)
(cd "$OUT" && exec "$JAVA_HOME/bin/java" -jar renkei.jar --server.port="$PORT" --spring.profiles.active=demo \
  > app.log 2>&1) &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://localhost:$PORT/actuator/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped: $OUT/app.log"; exit 1; }
  sleep 1
done

"$JAVA_HOME/bin/java" -classpath "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" \
  jp.osaka.renkei.load.PageWeight --base="http://localhost:$PORT" ${WEIGHT_ARGS:-} | tee "$OUT/page-weight.txt"
echo "figures: $OUT/page-weight.txt"
