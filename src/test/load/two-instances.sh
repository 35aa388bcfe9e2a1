#!/usr/bin/env bash
# Two instances of the production jar behind nginx with sticky sessions, on one MariaDB, against one instance
# (docs/performance.md, "More than one machine"). Starts instances on 18101 (route a) and 18102 (route b) on the
# mysql profile against the load database, nginx (Debian's /usr/sbin/nginx, its own prefix under $OUT, not the
# system service) on 18180 with docker/nginx/renkei-nginx.conf, runs the load client through nginx, then the same
# against a single fresh instance, prints both side by side, and stops everything it started.
# Settings (environment): USERS=100, LOAD_ARGS (the client's think times; short by default, so that the servers
# rather than the simulated users' reading limit the throughput), NGINX=/usr/sbin/nginx, and those of series.sh
# (SKIP_BUILD=1, JAR, LOAD_DB, DB_HOST, DB_USER, DB_PASSWORD, JAVA_HOME, APP_OPTS, OUT).
set -euo pipefail
cd "$(dirname "$0")/../../.."

USERS=${USERS:-100}
LOAD_ARGS=${LOAD_ARGS:---ramp=10 --page-think=200-500 --action-think=100-300 --hold=0}
NGINX=${NGINX:-/usr/sbin/nginx}
PORT_A=18101 PORT_B=18102 PORT_NGINX=18180
OUT=${OUT:-target/load/two-$(date -u +%Y%m%d-%H%M%S)}
LOG=
source src/test/load/lib.sh
LOG="$OUT/two-instances.log"
prepare_jar_and_client
ensure_load_database

PID_A= PID_B= NGINX_PREFIX="$OUT/nginx"
stop_all() {
  if [[ -f "$NGINX_PREFIX/nginx.pid" ]]; then
    kill "$(cat "$NGINX_PREFIX/nginx.pid")" 2>/dev/null || true
    rm -f "$NGINX_PREFIX/nginx.pid"
  fi
  stop_pid "$PID_A"; stop_pid "$PID_B"
  PID_A= PID_B=
}
trap stop_all EXIT

start_nginx() {
  mkdir -p "$NGINX_PREFIX/temp" "$NGINX_PREFIX/logs"
  # The example with this script's ports, and temporary files and logs under its own prefix.
  sed -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/g; s/127.0.0.1:8082/127.0.0.1:$PORT_B/g; s/listen 80;/listen $PORT_NGINX;/" \
      -e 's|^http {|http {\n    client_body_temp_path temp/body;\n    proxy_temp_path temp/proxy;\n    fastcgi_temp_path temp/fastcgi;\n    uwsgi_temp_path temp/uwsgi;\n    scgi_temp_path temp/scgi;\n    log_format renkei_upstream "$upstream_addr";\n    access_log logs/access.log renkei_upstream;|' \
      docker/nginx/renkei-nginx.conf > "$NGINX_PREFIX/nginx.conf"
  "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf" \
    -g "pid $NGINX_PREFIX/nginx.pid; error_log $NGINX_PREFIX/logs/error.log;"
  until curl -fs "http://localhost:$PORT_NGINX/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.2; done
}

# A cookie-less request through nginx, then one with its cookie: the route suffix and who answered.
check_stickiness() {
  local jar="$OUT/cookies.txt" first second
  rm -f "$jar"
  first=$(curl -s -o /dev/null -c "$jar" -D - "http://localhost:$PORT_NGINX/login" | tr -d '\r' | awk '/^X-Renkei-Upstream/ {print $2}')
  second=$(curl -s -o /dev/null -b "$jar" -D - "http://localhost:$PORT_NGINX/login" | tr -d '\r' | awk '/^X-Renkei-Upstream/ {print $2}')
  log "stickiness: session $(awk '/JSESSIONID/ {print $7}' "$jar"), first answered by $first, the next by $second"
}

measure() {
  local base=$1 label=$2 pid=$3
  client "$base" --users=20 --ramp=5 --page-think=200-400 --action-think=50-150 --hold=0 \
    --out="$OUT/warm-up" --label="$label" > /dev/null || true
  log "$label: $USERS users through $base (load average $(cut -d' ' -f1 /proc/loadavg))"
  client "$base" --users="$USERS" --pid="$pid" --out="$OUT" --label="$label" $LOAD_ARGS \
    > "$OUT/$label-client.log" 2>&1 || log "$label had errors (see $OUT/$label-client.log)"
}

log "results in $OUT"
launch_app a "$PORT_A" INSTANCE_ROUTE=a; PID_A=$LAUNCHED_PID
launch_app b "$PORT_B" INSTANCE_ROUTE=b; PID_B=$LAUNCHED_PID
await_health "$PORT_A" "$PID_A" a
await_health "$PORT_B" "$PID_B" b
start_nginx
check_stickiness
measure "http://localhost:$PORT_NGINX" two 0
log "requests per instance (nginx's access log): $(awk '{print $1}' "$NGINX_PREFIX/logs/access.log" | sort | uniq -c | tr '\n' ' ')"
stop_all

launch_app one "$PORT_A"; PID_A=$LAUNCHED_PID
await_health "$PORT_A" "$PID_A" one
measure "http://localhost:$PORT_A" one "$PID_A"
stop_all

# Side by side from results.csv: requests per second over the run's wall time, latencies, errors, load average.
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 == "two" || $1 == "one" {
    rps[$1] = $(col["requests"]) / $(col["wall_s"]); p50[$1] = $(col["p50_ms"]); p95[$1] = $(col["p95_ms"])
    p99[$1] = $(col["p99_ms"]); err[$1] = $(col["errors"]); req[$1] = $(col["requests"])
    load[$1] = $(col["load_before"]) " → " $(col["load_after"]) }
  END {
    printf "%-28s %22s %22s\n", "", "two instances (nginx)", "one instance"
    printf "%-28s %22d %22d\n", "requests", req["two"], req["one"]
    printf "%-28s %22.1f %22.1f\n", "requests per second", rps["two"], rps["one"]
    printf "%-28s %22s %22s\n", "p50 / p95 / p99 (ms)", p50["two"] " / " p95["two"] " / " p99["two"], p50["one"] " / " p95["one"] " / " p99["one"]
    printf "%-28s %22d %22d\n", "errors", err["two"], err["one"]
    printf "%-28s %22s %22s\n", "load average before → after", load["two"], load["one"] }' "$OUT/results.csv" | tee -a "$LOG"
log "done: $OUT/results.csv"
