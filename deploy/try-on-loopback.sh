#!/usr/bin/env bash
# The deployment of deploy/ on one machine, all on loopback: an embedded-mode instance as the Tracking
# API and Discord (its emulator), two production-mode dashboard nodes (a, b) pointing at it, and
# Debian's nginx in front with a self-signed certificate, configured from deploy/nginx/trackboard.conf
# (only addresses, ports and file paths are replaced). Prints the addresses and waits; Ctrl-C stops all.
# Usage: deploy/try-on-loopback.sh [jar]   (build first: ./mvnw -Pproduction -DskipTests package;
#        needs nginx and openssl: apt-get install -y nginx-light openssl)
# Ports: nginx 18443 (https) and 18480 (http), nodes 18711/18721, API 18701 (management ports +1).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/trackboard-*.jar | head -1)}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=${DEPLOY_WORK_DIR:-$(mktemp -d /tmp/trackboard-deploy.XXXXXX)}
SECRET=loopback-deployment-secret
NODE_CREDENTIAL=loopback-node-credential-0123456789
CLIENT_ID=300000000000000001
HTTPS=18443 HTTP=18480 API=18701 NODE_A=18711 NODE_B=18721
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install -y nginx-light)"; exit 1; }
mkdir -p "$WORK/tls" "$WORK/logs" "$WORK/nginx-temp"
pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
  -keyout "$WORK/tls/trackboard.key" -out "$WORK/tls/trackboard.crt" 2>/dev/null

wait_for() { # url what log
  for _ in $(seq 1200); do # up to 10 min: a loaded machine starts slowly
    curl -sfk -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "$2 did not get ready: see $3"; exit 1
}

"$JAVA" -jar "$JAR" --trackboard.mode=embedded --server.address=127.0.0.1 --server.port=$API \
  --management.server.port=$((API + 1)) --trackboard.data-dir="$WORK/api-data" \
  --trackboard.discord.client-secret=$SECRET --trackboard.embedded.node-credential=$NODE_CREDENTIAL \
  > "$WORK/logs/api.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$((API + 1))/actuator/health/readiness" "the API instance" "$WORK/logs/api.log"

start_node() { # name port
  local emulator=http://127.0.0.1:$API/embedded/discord
  SERVER_SERVLET_SESSION_COOKIE_NAME=__Host-trackboard SERVER_SERVLET_SESSION_COOKIE_SECURE=true \
  SERVER_FORWARD_HEADERS_STRATEGY=native SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1' \
  "$JAVA" -jar "$JAR" --trackboard.mode=production --trackboard.node-name="$1" \
    --server.address=127.0.0.1 --server.port="$2" --management.server.port=$(($2 + 1)) \
    --trackboard.api.base-url=http://127.0.0.1:$API/api/v1 \
    --trackboard.discord.client-id=$CLIENT_ID --trackboard.discord.client-secret=$SECRET \
    --trackboard.discord.redirect-uri=https://localhost:$HTTPS/login/oauth2/code/discord \
    --trackboard.discord.authorization-uri=$emulator/oauth2/authorize \
    --trackboard.discord.token-uri=$emulator/api/oauth2/token \
    --trackboard.discord.user-info-uri=$emulator/api/users/@me \
    --trackboard.discord.revocation-uri=$emulator/api/oauth2/token/revoke \
    --trackboard.sessions.node-credential=$NODE_CREDENTIAL \
    > "$WORK/logs/node-$1.log" 2>&1 &
  pids+=($!)
}
start_node a $NODE_A
start_node b $NODE_B

# the site as an operator installs it, with this machine's addresses, ports and files
sed -e "s/10\.0\.0\.11:8080/127.0.0.1:$NODE_A/; s/10\.0\.0\.12:8080/127.0.0.1:$NODE_B/" \
    -e "s/listen 80\([ ;]\)/listen 127.0.0.1:$HTTP\1/; s/listen 443 ssl/listen 127.0.0.1:$HTTPS ssl/" \
    -e '/listen \[::\]/d' -e "s/server_name trackboard.intranet;/server_name localhost;/" \
    -e "s#https://\$host\$request_uri#https://\$host:$HTTPS\$request_uri#" \
    -e "s#/etc/nginx/tls/#$WORK/tls/#" -e "s#/var/log/nginx/#$WORK/logs/#" deploy/nginx/trackboard.conf > "$WORK/trackboard.conf"
cat > "$WORK/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $WORK/logs/nginx-access.log;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;
    include $WORK/trackboard.conf;
}
CONF
nginx -t -q -c "$WORK/nginx.conf" -p "$WORK" || { echo "nginx refused the site (above)"; exit 1; }
nginx -c "$WORK/nginx.conf" -p "$WORK" &
pids+=($!)

wait_for "http://127.0.0.1:$((NODE_A + 1))/actuator/health/readiness" "node a" "$WORK/logs/node-a.log"
wait_for "http://127.0.0.1:$((NODE_B + 1))/actuator/health/readiness" "node b" "$WORK/logs/node-b.log"
wait_for "https://localhost:$HTTPS/login" "nginx" "$WORK/logs/nginx-error.log"
echo "Trackboard behind nginx: https://localhost:$HTTPS/ (self-signed certificate)"
echo "nodes: a http://127.0.0.1:$NODE_A, b http://127.0.0.1:$NODE_B; API and Discord emulator http://127.0.0.1:$API"
echo "pids: ${pids[*]}; logs in $WORK/logs"
[[ "${DEPLOY_DETACH:-}" == 1 ]] && { trap - EXIT; echo "${pids[*]}" > "$WORK/pids"; exit 0; }
wait
