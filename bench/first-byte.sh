#!/usr/bin/env bash
# Server time to first byte of guild pages (docs/performance.md, "First byte of the overview";
# issue 9, point 5): signs alice in through the Discord emulator, then `curl -w %{time_starttransfer}`
# of each page N times, the pages in turn (so that they share the machine's load), one request at a
# time with a pause between them (each page load builds a UI: vaadin.eager-server-load), and prints
# median, p95 and max per page. Warm-up requests first (class loading, JIT, the API's caches).
# Usage: bench/first-byte.sh [N=30] [port=18170] [path ...]   (paths: the overview of Acme Creators;
#   e.g. /guilds for the picker, /guilds/200000000000000001/tracking/posts for a screen without overview)
#   against the production jar started in embedded mode (fresh data dir), or, with BENCH_BASE=http://127.0.0.1:PORT,
#   against a server that is already running.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUNS=${1:-30}
PORT=${2:-18170}
PAGES=("${@:3}")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(/guilds/200000000000000001)
WARM_UP=${WARM_UP:-15}
PAUSE=${PAUSE:-0.3}
if [ -z "${BENCH_BASE:-}" ]; then
  JAR=${BENCH_JAR:-$(ls target/trackboard-*.jar | head -1)}
  DATA=$(mktemp -d /tmp/trackboard-first-byte.XXXXXX)
  LOG="$DATA.log"
  . bench/embedded-app.sh
  start_embedded_app "$JAR" "$PORT" $((PORT + 1)) "$DATA" "$LOG"
  BENCH_BASE="http://127.0.0.1:$PORT"
  echo "jar: $JAR"
fi
COOKIE=$("$JAVA_HOME/bin/java" bench/uiload/SignedInCookie.java "$BENCH_BASE" alice)
ttfb() {
  curl -s -o /dev/null -H "Cookie: $COOKIE" -H 'Accept: text/html' -H 'Accept-Encoding: gzip' \
    -w "%{http_code} %{time_starttransfer} $1\n" "$BENCH_BASE$1"
}
for _ in $(seq "$WARM_UP"); do for page in "${PAGES[@]}"; do ttfb "$page" > /dev/null; sleep "$PAUSE"; done; done
echo "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
SAMPLES=$(for _ in $(seq "$RUNS"); do for page in "${PAGES[@]}"; do ttfb "$page"; sleep "$PAUSE"; done; done)
BAD=$(awk '$1 != 200' <<< "$SAMPLES" | wc -l)
[ "$BAD" -eq 0 ] || { echo "not 200: $(awk '$1 != 200 {print $1, $3}' <<< "$SAMPLES" | sort | uniq -c)"; exit 1; }
for page in "${PAGES[@]}"; do
  awk -v page="$page" '$3 == page {print $2 * 1000}' <<< "$SAMPLES" | sort -n | awk -v page="$page" '{v[NR] = $1}
    END {i50 = int((NR * 50 + 99) / 100); i95 = int((NR * 95 + 99) / 100);
         printf "first byte of %s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (n = %d)\n", page, v[i50], v[i95], v[1], v[NR], NR}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
