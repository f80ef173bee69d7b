# Sourced by the load benchmarks: starts the production jar in embedded mode on loopback with a fresh
# data dir and waits until it is ready. Sets APP (its pid); stops it when the benchmark exits.
# Usage: start_embedded_app JAR PORT MANAGEMENT_PORT DATA_DIR LOG
start_embedded_app() {
  local jar=$1 port=$2 management=$3 data=$4 log=$5
  [ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -Pproduction -DskipTests package"; exit 1; }
  unzip -l "$jar" | grep -q 'vaadin-dev-server' && { echo "$jar is a development build; run the production package"; exit 1; }
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$jar" --trackboard.mode=embedded --server.address=127.0.0.1 \
    --server.port="$port" --management.server.port="$management" --trackboard.data-dir="$data" > "$log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do
    kill -0 $APP 2>/dev/null || { echo "app died, see $log"; exit 1; }
    sleep 1
  done
}
