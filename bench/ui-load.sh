#!/usr/bin/env bash
# Protocol-level load (docs/performance.md, "Protocol-level load: heap per UI, UIDL round trip, push
# fan-out"; issue 9): N idle Vaadin UIs with push connected over real websockets against the
# production jar in embedded mode on loopback (fresh data dir). Prints live heap per UI after a full
# GC, the UIDL round trip of a posts-grid scroll under that load, and the fan-out of one bot status
# change to all N UIs (bench/uiload/UiLoad.java; options such as page=overview, push=false,
# per-session=5, abandon=4 are passed on).
# Usage: bench/ui-load.sh N [port] [key=value ...]   (build first: ./mvnw -B -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
UIS=${1:?usage: bench/ui-load.sh N [port] [key=value ...]}
shift
PORT=18160
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then PORT=$1; shift; fi
JAR=${BENCH_JAR:-$(ls target/trackboard-*.jar | head -1)}
DATA=$(mktemp -d /tmp/trackboard-ui-load.XXXXXX)
LOG="$DATA.log"
MANAGEMENT=$((PORT + 1))
. bench/embedded-app.sh
start_embedded_app "$JAR" "$PORT" "$MANAGEMENT" "$DATA" "$LOG"
echo "jar: $JAR, server JVM: ${BENCH_JAVA_OPTS:--Xmx1g}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" bench/uiload/UiLoad.java "http://127.0.0.1:$PORT" "$APP" "$UIS" \
  "management=http://127.0.0.1:$MANAGEMENT" "out=target/bench/ui-load-$UIS" "$@"
echo "ERROR/WARN lines in the app log: $(grep -cE ' (ERROR|WARN) ' "$LOG" || true) (log: $LOG)"
grep -E ' (ERROR|WARN) ' "$LOG" | sed -E 's/^.{0,60}(ERROR|WARN)/\1/' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 || true
