#!/usr/bin/env bash
# Posts paging benchmark (docs/performance.md, "Tracked posts at a million rows").
# Starts the production jar in embedded mode with 1,000,000 posts for Acme Creators (the first start
# generates them, about a minute on the 2-core machine; later starts reuse the data dir), then measures a
# posts page at row 0 and row 900,000 through the real API client over HTTP.
# Usage: bench/posts-paging.sh [port] [rounds]     (needs ./mvnw -Pproduction package first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-8093}
ROUNDS=${2:-300}
DATA=${BENCH_DATA_DIR:-/tmp/trackboard-bench-1m}
JAR=target/trackboard-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -Pproduction package -DskipTests"; exit 1; }
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
"$JAVA_HOME/bin/java" -jar "$JAR" --trackboard.mode=embedded --server.port="$PORT" --management.server.port=0 --trackboard.data-dir="$DATA" \
  --trackboard.embedded.large-guild-posts=1000000 > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
started=$(date +%s)
until curl -sf "http://localhost:$PORT/readyz" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "app died, see target/bench-app.log"; exit 1; }
  sleep 2
done
echo "app ready after $(( $(date +%s) - started )) s (includes generating posts on a fresh data dir)"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.trackboard.api.PostsPagingBench "$PORT" "$ROUNDS" 900000 POSTED_AT
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.trackboard.api.PostsPagingBench "$PORT" "$ROUNDS" 900000 LIKES
