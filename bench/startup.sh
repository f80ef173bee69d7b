#!/usr/bin/env bash
# Start of the production jar to its first HTTP 200 on /login, N runs (QUALITY.md: ≤ 6 s).
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -Pproduction -DskipTests package)
# Runs embedded mode (the production mode needs a real Discord and API) with a fresh data dir per run,
# so each run includes creating the H2 database, migrations and demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/trackboard-*.jar | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18181
times=()
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  "$java" -jar "$jar" --trackboard.mode=embedded --trackboard.data-dir="$data" --server.port=$port --management.server.port=0 >/dev/null 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true) == 200 ]]; do sleep 0.05; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms to first 200"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median: ${sorted[$(( runs / 2 ))]} ms  min: ${sorted[0]} ms  max: ${sorted[-1]} ms  (runs: $runs)"
