#!/usr/bin/env bash
# Posts grid scroll benchmark in a real browser (docs/performance.md, "Tracked posts at a million rows").
# Starts the production jar in embedded mode with 1,000,000 posts for Acme Creators (the first start
# on a fresh data dir generates them, about a minute and a half; later starts reuse the data dir),
# signs in as alice and times scrollToIndex(100) and scrollToIndex(900,000) (or the INDEXES given)
# until the expected rows are painted, in Debian's chromium driven by playwright-core (installed once into
# ~/.cache/trackboard-tools, outside the repo).
# Usage: bench/posts-scroll-browser.sh [port] [runs] [index...]   (needs ./mvnw -B -Pproduction -DskipTests package first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-8094}
RUNS=${2:-7}
shift $(( $# < 2 ? $# : 2 ))
INDEXES=("$@")
[ ${#INDEXES[@]} -gt 0 ] || INDEXES=(100 900000)
DATA=${BENCH_DATA_DIR:-/tmp/trackboard-bench-1m}
JAR=target/trackboard-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package"; exit 1; }
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)"; exit 1; }
kit=${HOME}/.cache/trackboard-tools
if [[ ! -d $kit/node_modules/playwright-core ]]; then
  mkdir -p "$kit" && (cd "$kit" && npm init -y >/dev/null && npm install -s playwright-core@1.65.1 >/dev/null)
fi
"$JAVA_HOME/bin/java" -jar "$JAR" --trackboard.mode=embedded --server.port="$PORT" --management.server.port=0 --trackboard.data-dir="$DATA" \
  --trackboard.embedded.large-guild-posts=1000000 > target/bench-browser-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
started=$(date +%s)
until curl -sf "http://localhost:$PORT/readyz" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "app died, see target/bench-browser-app.log"; exit 1; }
  sleep 2
done
echo "app ready after $(( $(date +%s) - started )) s (includes generating posts on a fresh data dir)"
grep -h "Generated .* demo posts\|Built the post indexes" target/bench-browser-app.log || true
NODE_PATH=$kit/node_modules node bench/posts-scroll-browser.cjs "http://localhost:$PORT" "$RUNS" "${INDEXES[@]}"
