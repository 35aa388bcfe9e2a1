# Sourced by ./mvnw: makes sure Maven runs on a JDK 21 or newer.
# Renkei needs Java 21+, while many machines default to an older `java`. Keep JAVA_HOME when it
# already points at 21+; otherwise use the newest JDK 21+ found in the usual install locations.

renkei_java_major() { # $1: a JDK home; prints its major version, or nothing
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

renkei_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(renkei_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  renkei_path_java="$(command -v javac 2>/dev/null || true)"
  if [ -z "${JAVA_HOME-}" ] && [ -n "$renkei_path_java" ]; then
    renkei_path_home="$(dirname "$(dirname "$(readlink -f "$renkei_path_java")")")"
    if [ "$(renkei_java_major "$renkei_path_home")" -ge 21 ] 2>/dev/null; then
      return 0
    fi
  fi
  renkei_best="" renkei_best_major=0
  set +f # mvnw turns globbing off
  for renkei_home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$renkei_home/bin/javac" ] || continue
    renkei_major="$(renkei_java_major "$renkei_home")"
    if [ -n "$renkei_major" ] && [ "$renkei_major" -ge 21 ] 2>/dev/null && [ "$renkei_major" -gt "$renkei_best_major" ]; then
      renkei_best="$renkei_home" renkei_best_major="$renkei_major"
    fi
  done
  set -f
  if [ -z "$renkei_best" ]; then
    echo "Renkei needs a JDK 21 or newer: install one (e.g. Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$renkei_best"
  export JAVA_HOME
}

renkei_find_jdk
