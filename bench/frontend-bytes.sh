#!/usr/bin/env bash
# JS + CSS bytes of a cold load of the login page, the guild picker, a guild overview and the posts screen, over
# HTTP and over HTTPS (docs/performance.md, "Frontend bundle"). Starts the production jar in embedded mode on
# loopback, once plainly and once with TLS (a self-signed keystore made by keytool in a temp dir), and drives
# Debian's chromium with playwright-core (installed once into ~/.cache/trackboard-tools, outside the repo).
# Usage: bench/frontend-bytes.sh [port] [jar]   (build first: ./mvnw -B -Pproduction -DskipTests package)
#   the actuator gets port + 1; BENCH_SCHEMES="http" (or "https") runs only one of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-18510}
JAR=${2:-$(ls target/trackboard-*.jar | head -1)}
SCHEMES=${BENCH_SCHEMES:-http https}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package"; exit 1; }
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)"; exit 1; }
kit=${HOME}/.cache/trackboard-tools
if [[ ! -d $kit/node_modules/playwright-core ]]; then
  mkdir -p "$kit" && (cd "$kit" && npm init -y >/dev/null && npm install -s playwright-core@1.65.1 >/dev/null)
fi
work=$(mktemp -d)
APP=
trap '[[ -n $APP ]] && { kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; }; rm -rf "$work"' EXIT
mkdir -p target

# start_app SCHEME: the jar on 127.0.0.1:PORT with a fresh data dir; with TLS for https. In embedded mode the
# dashboard calls its own API and Discord emulator; over TLS those calls get absolute https URLs and the JVM trusts
# the self-signed certificate.
start_app() {
  local scheme=$1 args=() jvm=()
  if [[ $scheme == https ]]; then
    "$JAVA_HOME/bin/keytool" -genkeypair -alias bench -keyalg RSA -keysize 2048 -validity 2 -storetype PKCS12 \
      -keystore "$work/bench.p12" -storepass changeit -dname CN=localhost -ext SAN=dns:localhost,ip:127.0.0.1 2>/dev/null
    # the JVM's trust store must hold the certificate as a trusted entry (a key entry leaves it empty)
    "$JAVA_HOME/bin/keytool" -exportcert -rfc -alias bench -keystore "$work/bench.p12" -storepass changeit > "$work/bench.crt"
    "$JAVA_HOME/bin/keytool" -importcert -noprompt -alias bench -file "$work/bench.crt" -storetype PKCS12 \
      -keystore "$work/trust.p12" -storepass changeit >/dev/null 2>&1
    local own="https://localhost:$PORT"
    args=(--server.ssl.key-store="$work/bench.p12" --server.ssl.key-store-password=changeit
      --server.ssl.key-store-type=PKCS12 --management.server.ssl.enabled=false
      --trackboard.api.base-url="$own/api/v1" --trackboard.discord.token-uri="$own/embedded/discord/api/oauth2/token"
      --trackboard.discord.user-info-uri="$own/embedded/discord/api/users/@me"
      --trackboard.discord.revocation-uri="$own/embedded/discord/api/oauth2/token/revoke"
      --trackboard.embedded.discord-api-base-url="$own/embedded/discord/api")
    jvm=(-Djavax.net.ssl.trustStore="$work/trust.p12" -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12)
  fi
  "$JAVA_HOME/bin/java" -Xmx1g "${jvm[@]}" -jar "$JAR" --trackboard.mode=embedded --server.address=127.0.0.1 \
    --server.port="$PORT" --management.server.port=$((PORT + 1)) --trackboard.data-dir="$work/data-$scheme" "${args[@]}" \
    > "target/bench-frontend-$PORT-$scheme.log" 2>&1 &
  APP=$!
  until curl -skf "$scheme://localhost:$PORT/readyz" >/dev/null; do
    kill -0 $APP 2>/dev/null || { echo "app died, see target/bench-frontend-$PORT-$scheme.log"; exit 1; }
    sleep 1
  done
}

echo "jar: $JAR"
echo "load average: $(cat /proc/loadavg)"
for scheme in $SCHEMES; do
  start_app "$scheme"
  NODE_PATH=$kit/node_modules node bench/frontend-bytes.cjs "$scheme://localhost:$PORT" | tee "$work/$scheme.out"
  kill $APP; wait $APP 2>/dev/null || true; APP=
done
echo "load average: $(cat /proc/loadavg)"
echo
echo "| scheme | screen | files (JS + CSS) | JS | CSS | JS + CSS |"
echo "|---|---|---|---|---|---|"
cat "$work"/*.out | awk 'function n(v,  s) { s = sprintf("%d", v); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); return s }
  $1 == "bytes" { printf "| %s | %s | %s | %s B | %s B | **%s B** |\n", $2, $3, $7, n($4), n($5), n($6) }'
