#!/usr/bin/env bash
# Estimates the size of the image that docker/Dockerfile builds, on a machine without a container
# engine or Docker Hub (docs/performance.md, "Production jar and start"). Prints one table:
#
#   app layer      MEASURED exactly: the production jar and config/, as the Dockerfile copies them
#   user layer     MEASURED on the proxy OS: the files groupadd/useradd rewrite, and /app/data
#   JRE            PROXY: a jlink runtime from the JDK here (Java 25, not Temurin 21's JRE) with the
#                  modules a JRE image ships (boot and platform loader modules + jdk.jdwp.agent) and a
#                  CDS archive, as the Temurin image's `java -Xshare:dump` leaves one; and, for
#                  comparison, the smaller runtime the app needs (jdeps + jdk.localedata)
#   OS             PROXY: Debian 12 `debootstrap --variant=minbase` standing in for the Ubuntu base of
#                  eclipse-temurin:21-jre, plus the packages its Dockerfile installs, installed here
#                  with apt into a copy of that root
#
# Sizes are apparent bytes of the files (what a layer's tar holds) and gzip -6 of a tar of them (about
# what a registry stores and a pull downloads), in MB (10^6 bytes).
#
# Usage (as root: debootstrap and chroot need it; Debian's mirror must be reachable):
#   ./mvnw -B -ntp -Pproduction -DskipTests package
#   docker/estimate-image-size.sh [path/to/renkei-*.jar]
# Environment: JDK (default /usr/lib/jvm/temurin-25-jdk-amd64), WORK (default
# /tmp/renkei-image-size; the debootstrapped roots are kept there and reused), MIRROR.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JDK="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WORK="${WORK:-/tmp/renkei-image-size}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
# the packages of adoptium/containers 21/jre/ubuntu/noble/Dockerfile (and resolute's, the same list)
TEMURIN_PACKAGES=(curl wget gnupg fontconfig ca-certificates p11-kit tzdata locales)

die() { printf 'estimate-image-size: %s\n' "$*" >&2; exit 1; }
log() { printf '# %s\n' "$*" >&2; }

jar="${1:-}"
if [ -z "$jar" ]; then
  jar="$(ls target/renkei-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)"
fi
[ -n "$jar" ] && [ -f "$jar" ] || die "no jar: build it with ./mvnw -B -ntp -Pproduction -DskipTests package"
[ -x "$JDK/bin/jlink" ] || die "no jlink in $JDK (set JDK)"
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot)"
command -v debootstrap >/dev/null || die "no debootstrap: apt-get install -y debootstrap"
mkdir -p "$WORK"

# bytes of the files under the given paths (apparent size, hard links once)
bytes() { du -s --apparent-size -B1 "$@" | awk '{ s += $1 } END { print s }'; }
# bytes of a gzip -6 tar of the given paths, relative to directory $1
gz_bytes() { local dir="$1"; shift; tar -C "$dir" -cf - "$@" | gzip -6 | wc -c; }
mb() { awk -v b="$1" 'BEGIN { printf (b < 1000000 ? "%.3f" : "%.1f"), b / 1000000 }'; }

rows=()
row() { rows+=("$(printf '%s\t%s\t%s\t%s' "$1" "$(mb "$2")" "$(mb "$3")" "$4")"); }

# --- app layer: exact --------------------------------------------------------------------------------
app="$WORK/app-layer"
rm -rf "$app" && mkdir -p "$app/app"
cp "$jar" "$app/app/app.jar"
cp -r config "$app/app/config"
app_raw="$(bytes "$app/app")"
app_gz="$(gz_bytes "$app" app)"
jar_gz="$(gz_bytes "$app" app/app.jar)"
row "app layer: app.jar" "$(bytes "$app/app/app.jar")" "$jar_gz" "measured: $jar"
row "app layer: config/" "$(bytes "$app/app/config")" "$((app_gz - jar_gz))" "measured: config/ (gzip: difference)"

# --- JRE: proxies ------------------------------------------------------------------------------------
# The modules a JRE image ships: the JDK's build puts the boot and platform loaders' modules and
# jdk.jdwp.agent into its "legacy" JRE image; here they are read from the JDK at hand (without the
# incubating jdk.incubator.vector).
cat > "$WORK/LoaderModules.java" <<'EOF'
public class LoaderModules {
    public static void main(String[] args) {
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        ModuleLayer.boot().modules().stream()
                .filter(m -> m.getClassLoader() == null || m.getClassLoader() == platform)
                .map(Module::getName).sorted().forEach(System.out::println);
    }
}
EOF
jre_modules="$("$JDK/bin/java" --add-modules ALL-SYSTEM "$WORK/LoaderModules.java" 2>/dev/null \
  | grep -v -x 'jdk.incubator.vector' | paste -s -d, -),jdk.jdwp.agent"
log "full-JRE modules: $jre_modules"

exploded="$WORK/jar-exploded"
jar_path="$(realpath "$jar")"
rm -rf "$exploded" && mkdir -p "$exploded" && (cd "$exploded" && "$JDK/bin/jar" -xf "$jar_path")
app_modules="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 \
  --class-path "$exploded/BOOT-INF/lib/*" "$exploded/BOOT-INF/classes")"
# jdeps sees no ServiceLoader use: the Japanese locale's CLDR data (jdk.localedata) comes on top
app_modules="$app_modules,jdk.localedata"
log "app modules (jdeps + jdk.localedata): $app_modules"

link() { # $1: output, $2: modules, then further jlink options
  local out="$1" modules="$2"
  shift 2
  rm -rf "$out"
  "$JDK/bin/jlink" --add-modules "$modules" --generate-cds-archive "$@" --output "$out" 2>&1 \
    | grep -v 'incubator' >&2 || true
  [ -x "$out/bin/java" ] || die "jlink failed for $out"
}
link "$WORK/jre-full" "$jre_modules"
link "$WORK/jre-app" "$app_modules"
slim_options=(--strip-debug --no-man-pages --no-header-files --include-locales=en,ja)
link "$WORK/jre-app-slim" "$app_modules" "${slim_options[@]}"
jre_full_raw="$(bytes "$WORK/jre-full")"
jre_app_raw="$(bytes "$WORK/jre-app")"
jre_version="$("$JDK/bin/java" -version 2>&1 | head -n 1)"
jre_full_gz="$(gz_bytes "$WORK" jre-full)"
row "JRE (full JRE modules)" "$jre_full_raw" "$jre_full_gz" \
  "proxy: jlink of $(tr ',' '\n' <<<"$jre_modules" | wc -l) modules + CDS, $jre_version"
row "  (app's modules only)" "$jre_app_raw" "$(gz_bytes "$WORK" jre-app)" \
  "proxy: jlink of $(tr ',' '\n' <<<"$app_modules" | wc -l) modules + CDS; not in the sum"
row "  (app's modules, slimmed)" "$(bytes "$WORK/jre-app-slim")" "$(gz_bytes "$WORK" jre-app-slim)" \
  "proxy: the same with ${slim_options[*]}; not in the sum"

# --- OS: proxies -------------------------------------------------------------------------------------
base="$WORK/rootfs-minbase"
if [ ! -x "$base/usr/bin/apt-get" ]; then
  log "debootstrap --variant=minbase bookworm (a few minutes)"
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || die "debootstrap failed: see $WORK/debootstrap.log"
  rm -rf "$base"/var/cache/apt/archives/*.deb "$base"/var/lib/apt/lists/*
else
  log "reusing $base"
fi
temurin="$WORK/rootfs-temurin"
if [ ! -f "$temurin/.packages-installed" ]; then
  log "installing the Temurin image's packages into a copy: ${TEMURIN_PACKAGES[*]}"
  rm -rf "$temurin" && cp -a "$base" "$temurin"
  cp /etc/resolv.conf "$temurin/etc/resolv.conf"
  chroot "$temurin" /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends ${TEMURIN_PACKAGES[*]} \
    && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen en_US.UTF-8 \
    && apt-get clean && rm -rf /var/lib/apt/lists/*" >"$WORK/temurin-packages.log" 2>&1 \
    || die "apt-get in the chroot failed: see $WORK/temurin-packages.log"
  touch "$temurin/.packages-installed"
fi
os_raw="$(bytes "$base")"
os_gz="$(gz_bytes "$base" .)"
pkg_raw=$(( $(bytes "$temurin") - os_raw ))
pkg_gz=$(( $(gz_bytes "$temurin" .) - os_gz ))
row "OS base" "$os_raw" "$os_gz" "proxy: Debian 12 minbase for Ubuntu ($(dpkg-query --admindir="$base/var/lib/dpkg" -W | wc -l) packages)"
row "OS: Temurin's packages" "$pkg_raw" "$pkg_gz" "proxy: Debian 12 versions of ${TEMURIN_PACKAGES[*]}"

# --- user layer: the files the Dockerfile's RUN rewrites, measured on the proxy ----------------------
users="$WORK/user-layer"
scratch="$WORK/rootfs-scratch"
rm -rf "$users" "$scratch" && cp -a "$temurin" "$scratch"
chroot "$scratch" /bin/sh -c 'groupadd --system renkei && useradd --system --gid renkei --home-dir /app \
  --no-create-home --shell /usr/sbin/nologin renkei && mkdir -p /app/data && chown renkei:renkei /app/data'
mkdir -p "$users/etc" && cp -a "$scratch/app" "$users/app"
for f in passwd group shadow gshadow passwd- group- shadow- gshadow-; do
  if ! cmp -s "$scratch/etc/$f" "$temurin/etc/$f"; then cp -a "$scratch/etc/$f" "$users/etc/"; fi
done
rm -rf "$scratch"
user_raw="$(bytes "$users/etc" "$users/app")"
user_gz="$(gz_bytes "$users" etc app)"
row "user layer (renkei, /app/data)" "$user_raw" "$user_gz" \
  "measured on the proxy OS: $(cd "$users/etc" && ls | paste -s -d' ' -) and /app/data"

# --- table -------------------------------------------------------------------------------------------
total_raw=$(( os_raw + pkg_raw + user_raw + jre_full_raw + app_raw ))
total_gz=$(( os_gz + pkg_gz + user_gz + jre_full_gz + app_gz ))
{
  printf 'part\tMB on disk\tMB gzip -6\tsource\n'
  printf '%s\n' "${rows[@]}"
  printf 'image (sum, full JRE)\t%s\t%s\t%s\n' "$(mb "$total_raw")" "$(mb "$total_gz")" \
    "app layer exact; OS and JRE proxies (see docs/performance.md)"
} | column -t -s $'\t'
