#!/usr/bin/env bash
# Page load side by side (docs/performance.md, "Page load side by side"): cold-load bytes by type,
# time until the data is visible and CLS of the login, guild picker, overview and posts screens,
# RUNS runs each (median and p75), then Lighthouse desktop on login and overview. Every jar given is
# started in embedded mode on its own port with a fresh data dir and measured interleaved with the
# others in the same run, so a before/after pair shares the machine's load. The browser is Debian's
# chromium, driven by playwright-core and lighthouse (installed once, pinned, into
# ~/.cache/trackboard-tools, outside the repo).
# Usage: bench/page-load.sh [-r RUNS] [-l LIGHTHOUSE_RUNS] [-p FIRST_PORT] [NAME=]JAR...
#   e.g. bench/page-load.sh -r 10 before=/tmp/main.jar after=target/trackboard-0.1.0-SNAPSHOT.jar
#   (build a jar first: ./mvnw -B -ntp -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUNS=10 LIGHTHOUSE=3 PORT=18300
while getopts r:l:p: option; do
  case $option in r) RUNS=$OPTARG ;; l) LIGHTHOUSE=$OPTARG ;; p) PORT=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- "app=$(ls target/trackboard-*.jar | head -1)"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)"; exit 1; }
kit=${HOME}/.cache/trackboard-tools
if [[ ! -d $kit/node_modules/playwright-core ]]; then
  mkdir -p "$kit" && (cd "$kit" && npm init -y >/dev/null && npm install -s playwright-core@1.65.1 >/dev/null)
fi
if [[ ! -d $kit/node_modules/lighthouse ]]; then # 12.x: the newest line that runs on Debian's Node 20
  (cd "$kit" && npm install -s lighthouse@12.8.2 >/dev/null)
fi
mkdir -p target
pids=() targets=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
for arg in "$@"; do
  name=${arg%%=*} jar=${arg#*=}
  [ "$name" = "$arg" ] && name=$(basename "$jar" .jar)
  [ -f "$jar" ] || { echo "no jar $jar (./mvnw -B -ntp -Pproduction -DskipTests package)"; exit 1; }
  unzip -l "$jar" | grep -q 'vaadin-dev-server' && { echo "$jar is a development build; run the production package"; exit 1; }
  data=$(mktemp -d /tmp/trackboard-page-load.XXXXXX)
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$jar" --trackboard.mode=embedded --server.address=127.0.0.1 \
    --server.port="$PORT" --management.server.port="$((PORT + 1))" --trackboard.data-dir="$data" \
    > "target/page-load-$name.log" 2>&1 &
  pids+=($!)
  targets+=("$name=http://127.0.0.1:$PORT")
  echo "$name: $jar on port $PORT (log target/page-load-$name.log)"
  PORT=$((PORT + 2))
done
for i in "${!targets[@]}"; do
  url=${targets[$i]#*=}
  until curl -sf "$url/readyz" >/dev/null; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "${targets[$i]%%=*} died, see its log"; exit 1; }
    sleep 1
  done
done
echo "load average before: $(cat /proc/loadavg)"
NODE_PATH=$kit/node_modules node bench/page-load.cjs "$RUNS" "$LIGHTHOUSE" "${targets[@]}"
echo "load average after: $(cat /proc/loadavg)"
