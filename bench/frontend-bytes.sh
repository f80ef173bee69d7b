#!/usr/bin/env bash
# JS + CSS bytes of a cold load of /login and of a guild overview (docs/performance.md, "Frontend bundle").
# Starts the production jar in embedded mode, then drives Debian's chromium with playwright-core
# (installed once into ~/.cache/trackboard-tools, outside the repo).
# Usage: bench/frontend-bytes.sh [port] [jar]   (build first: ./mvnw -B -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-18510}
JAR=${2:-$(ls target/trackboard-*.jar | head -1)}
DATA=${BENCH_DATA_DIR:-/tmp/trackboard-bench-frontend}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package"; exit 1; }
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)"; exit 1; }
kit=${HOME}/.cache/trackboard-tools
if [[ ! -d $kit/node_modules/playwright-core ]]; then
  mkdir -p "$kit" && (cd "$kit" && npm init -y >/dev/null && npm install -s playwright-core@1.65.1 >/dev/null)
fi
mkdir -p target
"$JAVA_HOME/bin/java" -jar "$JAR" --trackboard.mode=embedded --server.port="$PORT" --trackboard.data-dir="$DATA" \
  > target/bench-frontend-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "app died, see target/bench-frontend-app.log"; exit 1; }
  sleep 1
done
echo "jar: $JAR"
NODE_PATH=$kit/node_modules node bench/frontend-bytes.cjs "http://localhost:$PORT"
