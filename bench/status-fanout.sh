#!/usr/bin/env bash
# Publish-to-UI latency of a bot status change for 1, 100 and 1,000 open UIs on one guild, the
# number of upstream streams opened, and server CPU per push. Method: docs/performance.md
# ("Live bot status fan-out"). Run it three times and report the medians.
# usage: bench/status-fanout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=StatusFanoutBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/bench/status-fanout.txt
