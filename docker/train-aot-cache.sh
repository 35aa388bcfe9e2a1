#!/bin/sh
# Trains a JVM AOT cache (Java 25+: JEP 483, 514, 515) for Renkei's extracted jar: one start up to the end of
# Spring's context refresh, after which the JVM writes the classes it loaded and linked, and their method
# profiles, to app.aot beside the jar. Started with -XX:AOTCache=app.aot, Renkei then skips that work
# (docs/performance.md, "Production jar and start"). docker/Dockerfile runs it while it builds the image.
#
#   java -Djarmode=tools -jar target/renkei-0.1.0-SNAPSHOT.jar extract --destination /opt/renkei
#   docker/train-aot-cache.sh /opt/renkei/renkei-0.1.0-SNAPSHOT.jar
#   cd /opt/renkei && java -XX:AOTCache=app.aot -jar renkei-0.1.0-SNAPSHOT.jar
#
# The cache is only used with the same JVM (run this with the java that runs Renkei: JAVA=/path/to/java) and
# the same jar files; rebuild the jar, extract it again and train again. On another JVM or a changed jar the
# JVM says so in one warning and starts without it.
#
# The run needs no database and writes none: an in-memory H2 database (Liquibase fills it as on a first
# start) instead of whatever the environment or ./config names; no profile, so neither demo data nor the
# generate/bench profiles' work. spring.context.exit=onRefresh ends it before the web server takes a port
# and before any start-up runner. Any further arguments go to the app.
set -eu

jar=${1:?usage: train-aot-cache.sh <extracted renkei jar> [app arguments]}
shift
[ -f "$jar" ] || { echo "train-aot-cache.sh: no such jar: $jar" >&2; exit 1; }
cache="$(dirname "$jar")/app.aot"

env -u SPRING_PROFILES_ACTIVE "${JAVA:-java}" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
  -jar "$jar" --spring.datasource.url=jdbc:h2:mem:aot-training --spring.datasource.username=sa \
  --spring.datasource.password= "$@"
[ -s "$cache" ] || { echo "train-aot-cache.sh: the JVM wrote no $cache" >&2; exit 1; }
