#!/usr/bin/env bash
# Export heap benchmark (issue 11): exports all 1,000,000 posts of Acme Creators and samples the app's
# heap while the job runs. Starts the production jar in embedded mode with -Xmx256m (an export that held
# its rows would need far more) and trackboard.embedded.large-guild-posts=1000000 (the first start
# generates them; later starts reuse the data dir), runs dev.trackboard.api.ExportHeapBench, and prints
# `jcmd GC.heap_info` once a second plus a live-set figure (after a full GC) before, every 5 s during, and after.
# Not for a loaded machine: figures there measure the neighbours.
# Usage: bench/export-heap.sh [port] [management-port] [CSV|NDJSON]   (needs ./mvnw -Pproduction package first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-18320}
MANAGEMENT=${2:-18321}
FORMAT=${3:-CSV}
DATA=${BENCH_DATA_DIR:-/tmp/trackboard-bench-posts-1m}
JAR=${BENCH_JAR:-target/trackboard-0.1.0-SNAPSHOT.jar}
export BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
mkdir -p target
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
source bench/embedded-app.sh
export TRACKBOARD_EMBEDDED_LARGEGUILDPOSTS=1000000
export TRACKBOARD_DISCORD_CLIENTSECRET=embedded-test-client-secret
start_embedded_app "$JAR" "$PORT" "$MANAGEMENT" "$DATA" target/bench-export-app.log
live() { "$JAVA_HOME/bin/jcmd" "$APP" GC.run >/dev/null; "$JAVA_HOME/bin/jcmd" "$APP" GC.heap_info | grep -m1 -i "used"; }
echo "live before: $(live)"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.trackboard.api.ExportHeapBench "$PORT" "$FORMAT" &
BENCH=$!
tick=0
while kill -0 $BENCH 2>/dev/null; do
  echo "heap: $("$JAVA_HOME/bin/jcmd" "$APP" GC.heap_info | grep -m1 -i "used")"
  # a full GC every 5 s only: each one pauses the export too
  (( ++tick % 5 == 0 )) && echo "live during: $(live)"
  sleep 1
done
wait $BENCH
echo "live after: $(live)"
echo "load: $(cat /proc/loadavg)"
