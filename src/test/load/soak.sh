#!/usr/bin/env bash
# The soak benchmark (docs/operations.md): the app kept busy past every pool and session lifetime, checking that
# every save lands. Runs jp.osaka.renkei.load.Soak on the production build's classes (production mode, as the
# jar) with ./config's settings, on a database of its own. Prints a line a cycle and a summary; exit 1 when a
# save was lost.
#
#   src/test/load/soak.sh                       # the embedded H2 default, 40 minutes
#   DATABASE=mariadb src/test/load/soak.sh      # the mysql profile on 127.0.0.1:3306 (database renkei_soak)
#   MINUTES=45 PORT=18191 SKIP_BUILD=1 src/test/load/soak.sh   # more settings: Soak --help
#   src/test/load/soak.sh --spring.datasource.hikari.max-lifetime=60000    # arguments go to Soak, app settings too
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

DATABASE=${DATABASE:-h2}
OUT=${OUT:-target/soak/$DATABASE-$(date -u +%Y%m%d-%H%M)}
LOG=${LOG:-}
mkdir -p "$OUT"
LOG=${LOG:-$OUT/soak.log}
source src/test/load/lib.sh

prepare_jar_and_client
# the production build's token (productionMode: true), which only the jar keeps: the app runs as the jar does
(cd "$OUT/app-classes" && unzip -o -q "$JAR" META-INF/VAADIN/config/flow-build-info.json)
log "soak on $DATABASE for ${MINUTES:-40} minutes; results in $OUT"
"$JAVA" -Xmx2g -cp "$CLIENT_CP" jp.osaka.renkei.load.Soak --database="$DATABASE" --minutes="${MINUTES:-40}" \
  --port="${PORT:-18190}" --pause="${PAUSE:-20}" --out="$OUT" "$@" 2>&1 | tee "$OUT/app.log" | grep --line-buffered '^soak:' | tee -a "$LOG"
exit "${PIPESTATUS[0]}"
