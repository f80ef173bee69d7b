#!/usr/bin/env bash
# Extracts the production jar and trains a JDK AOT cache for it (JEP 483/514/515: classes loaded
# and linked, method profiles), for bench/startup.sh. Usage: bench/aot-cache.sh JAR DIR [PORT]
# Leaves DIR/<jar name> (plus DIR/lib/) and DIR/app.aot; start with
#   java -XX:AOTCache=DIR/app.aot -jar DIR/<jar name> --trackboard.mode=embedded ...
# The training run is an embedded start on an empty data directory (so the demo data code is in
# the cache too) that serves /login once and is then stopped; the JVM writes the cache on exit.
set -euo pipefail
jar=$1 dir=$2 port=${3:-18181}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$java" -XX:AOTCacheOutput="$dir/app.aot" -jar "$dir/$(basename "$jar")" --trackboard.mode=embedded \
  --trackboard.data-dir="$data" --server.port="$port" --management.server.port=0 &
pid=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true) == 200 ]]; do
  kill -0 "$pid" 2>/dev/null || { echo "training run died"; exit 1; }
  sleep 0.2
done
curl -s -o /dev/null "http://127.0.0.1:$port/login"
curl -s -o /dev/null "http://127.0.0.1:$port/readyz"
kill "$pid"
wait "$pid" || true
[ -s "$dir/app.aot" ] || { echo "no AOT cache written"; exit 1; }
ls -l "$dir/app.aot"
