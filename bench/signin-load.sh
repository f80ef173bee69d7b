#!/usr/bin/env bash
# Sign-in load (docs/performance.md, "Sign-in under load"; issue 7): USERS concurrent browsers-like
# clients sign in through the Discord emulator for SECONDS against the production jar started in
# embedded mode on loopback, with a fresh data dir. Prints attempts, errors by kind, p50/p95 of the
# sign-in, live heap after a forced full GC, and the data dir size before and after.
# Usage: bench/signin-load.sh [users] [seconds] [port]   (build first: ./mvnw -B -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
USERS=${1:-50}
SECONDS_=${2:-120}
PORT=${3:-18150}
MAX_ATTEMPTS=${MAX_ATTEMPTS:-100000}
JAR=${BENCH_JAR:-$(ls target/trackboard-*.jar | head -1)}
DATA=$(mktemp -d /tmp/trackboard-signin-load.XXXXXX)
LOG="$DATA.log"
. bench/embedded-app.sh
start_embedded_app "$JAR" "$PORT" 0 "$DATA" "$LOG"
live_heap() { "$JAVA_HOME/bin/jcmd" $APP GC.class_histogram | awk '/^Total/ {printf "%.1f MiB", $3 / 1048576}'; }

# one warm-up sign-in per demo user, so the first measured ones do not pay for class loading
"$JAVA_HOME/bin/java" bench/SignInLoad.java "http://127.0.0.1:$PORT" 3 5 3 > /dev/null
echo "data dir before: $(du -sk "$DATA" | cut -f1) KiB ($DATA)"
echo "live heap before (after full GC): $(live_heap)"
"$JAVA_HOME/bin/java" bench/SignInLoad.java "http://127.0.0.1:$PORT" "$USERS" "$SECONDS_" "$MAX_ATTEMPTS"
echo "live heap after (after full GC): $(live_heap)"
echo "data dir after: $(du -sk "$DATA" | cut -f1) KiB"
ls -l "$DATA"
echo "ERROR/WARN lines in the app log: $(grep -cE ' (ERROR|WARN) ' "$LOG" || true) (log: $LOG)"
grep -E ' (ERROR|WARN) ' "$LOG" | sed -E 's/^.{0,60}(ERROR|WARN)/\1/' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 || true
