#!/usr/bin/env bash
# Start of the production jar to its first HTTP 200 on /login (issue 9: ≤ 6 s on an existing data
# directory, ≤ 12 s on a fresh one with the default demo volume, on a quiet machine).
#
# Usage: bench/startup.sh [-n RUNS] [-d existing|fresh|both] [-a plain|aot|both|all] [-p PORT] [LABEL=JAR ...]
#   default: -n 5 -d both -a both, one jar: target/trackboard-*.jar (build first:
#   ./mvnw -B -ntp -Pproduction -DskipTests package). Several LABEL=JAR compare jars in one run.
#
# Every run starts `java -jar JAR --trackboard.mode=embedded --trackboard.data-dir=DIR` (plain) or the
# same jar extracted with `-Djarmode=tools extract` and started with its JDK AOT cache (aot; the cache
# is trained once per jar first, by bench/aot-cache.sh; "all" adds the extracted jar without the cache,
# to tell the two apart), and polls /login every 50 ms until it answers
# 200. "existing" reuses one data directory per jar that a first start has filled; "fresh" uses an
# empty directory every run, so the run also creates the database, migrates it and writes the demo
# data. The runs are interleaved (run 1 of every variant, then run 2, ...) so that a load change on a
# shared machine hits all variants alike; compare ratios within one run. Besides the wall time every
# line has the process' CPU time up to the 200 (user + system, all threads), which a busy machine
# disturbs far less, and the load average when the run began.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5 dirs=both modes=both port=18181
while getopts n:d:a:p: opt; do
  case $opt in
    n) runs=$OPTARG ;; d) dirs=$OPTARG ;; a) modes=$OPTARG ;; p) port=$OPTARG ;;
    *) sed -n '5,7p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- "jar=$(ls target/trackboard-*.jar | head -1)"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=target/bench/startup
mkdir -p "$work"
tick=$(getconf CLK_TCK)
[[ $dirs == both ]] && dirs="existing fresh"
[[ $modes == both ]] && modes="plain aot"
[[ $modes == all ]] && modes="plain extracted aot"

# CPU time of a process so far in ms (utime + stime, fields 14 and 15 of /proc/PID/stat)
cpu_ms() { awk -v t="$tick" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"; }

# start LABEL MODE DATA_DIR: starts the app, waits for the first 200 on /login, prints "WALL_MS CPU_MS", stops it
start() {
  local label=$1 mode=$2 data=$3 log=$work/$1-$2.log cmd
  if [[ $mode == aot ]]; then
    cmd=("$java" -XX:AOTCache="$work/$label/app.aot" -XX:AOTMode=on -jar "$work/$label/$(basename "${jars[$label]}")")
  elif [[ $mode == extracted ]]; then
    cmd=("$java" -jar "$work/$label/$(basename "${jars[$label]}")")
  else
    cmd=("$java" -jar "${jars[$label]}")
  fi
  local begin end cpu
  begin=$(date +%s%N)
  "${cmd[@]}" --trackboard.mode=embedded --trackboard.data-dir="$data" --server.port="$port" \
    --management.server.port=0 > "$log" 2>&1 &
  local pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  cpu=$(cpu_ms "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - begin) / 1000000 )) $cpu"
}

declare -A jars
for arg in "$@"; do
  label=${arg%%=*} jar=${arg#*=}
  [ -f "$jar" ] || { echo "no jar $jar; build first: ./mvnw -B -ntp -Pproduction -DskipTests package"; exit 1; }
  unzip -l "$jar" | grep -q 'vaadin-dev-server' && { echo "$jar is a development build; run the production package"; exit 1; }
  jars[$label]=$jar
  # kept from an earlier run of this script while newer than the jar
  if [[ " $dirs " == *" existing "* && ! "$work/$label-data/trackboard.mv.db" -nt "$jar" ]]; then
    rm -rf "$work/$label-data"
    echo "$label: first start to fill the existing data directory"
    start "$label" plain "$work/$label-data" > /dev/null
  fi
  if [[ " $modes " == *" aot "* || " $modes " == *" extracted "* ]] && [[ ! "$work/$label/app.aot" -nt "$jar" ]]; then
    echo "$label: extracting and training the AOT cache"
    bench/aot-cache.sh "$jar" "$work/$label" "$port" > "$work/$label-training.log" 2>&1 \
      || { echo "AOT training failed, see $work/$label-training.log"; exit 1; }
  fi
done

declare -A wall cpu
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for label in "$@"; do
    label=${label%%=*}
    for mode in $modes; do
      for dir in $dirs; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        if [[ $dir == fresh ]]; then
          data=$(mktemp -d "$work/fresh.XXXXXX")
        else
          data=$work/$label-data
        fi
        read -r ms cms < <(start "$label" "$mode" "$data")
        [[ $dir == fresh ]] && rm -rf "$data"
        key="$label $mode $dir"
        wall[$key]+="$ms " cpu[$key]+="$cms "
        printf 'run %d  %-28s %6d ms to first 200  cpu %6d ms  (load %s)\n' "$i" "$key" "$ms" "$cms" "$load"
      done
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stats() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { printf "median %6d  min %6d  max %6d", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
printf '\n%-28s  %-38s  %s\n' "variant (runs: $runs)" "wall ms to first 200" "cpu ms"
for key in "${!wall[@]}"; do
  printf '%-28s  %s  %s\n' "$key" "$(stats "${wall[$key]}")" "$(stats "${cpu[$key]}")"
done | sort
