#!/usr/bin/env bash
# Audit paging benchmark (docs/performance.md, "Audit trail at a million entries").
# Starts the production jar in embedded mode with 1,000,000 synthetic audit entries for Acme Creators
# (trackboard.embedded.large-guild-audit-entries; the first start generates them, later starts reuse the
# data dir), then times an audit page of 50 at row 0 and row 900,000 through the real API client over
# HTTP: unfiltered, by actor and by action.
# Usage: bench/audit-paging.sh [port] [management-port] [rounds]   (needs ./mvnw -Pproduction package first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${1:-18605}
MANAGEMENT=${2:-18606}
ROUNDS=${3:-300}
DATA=${BENCH_DATA_DIR:-/tmp/trackboard-bench-audit-1m}
JAR=${BENCH_JAR:-target/trackboard-0.1.0-SNAPSHOT.jar}
mkdir -p target
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
source bench/embedded-app.sh
# relaxed binding: trackboard.embedded.large-guild-audit-entries
export TRACKBOARD_EMBEDDED_LARGEGUILDAUDITENTRIES=1000000
# the emulator's client secret the bench signs in with (DemoSignIn.CLIENT_SECRET), instead of a generated one
export TRACKBOARD_DISCORD_CLIENTSECRET=embedded-test-client-secret
started=$(date +%s)
start_embedded_app "$JAR" "$PORT" "$MANAGEMENT" "$DATA" target/bench-audit-app.log
echo "app ready after $(( $(date +%s) - started )) s (includes generating the entries on a fresh data dir)"
grep -h "audit entries for the benchmark in" target/bench-audit-app.log || true
echo "load before: $(cat /proc/loadavg)"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.trackboard.api.AuditPagingBench "$PORT" "$ROUNDS" 900000
echo "load after: $(cat /proc/loadavg)"
