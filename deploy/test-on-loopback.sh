#!/usr/bin/env bash
# The deployment test of issue 13 (CI runs it after the production build): starts deploy/ on
# loopback (deploy/try-on-loopback.sh, detached) from a copy of the production jar, runs
# DeploymentBrowserIT against it through nginx over HTTPS, and stops everything again.
# Usage: deploy/test-on-loopback.sh [production jar]   (needs nginx-light, openssl, chromium, chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/trackboard-*.jar | head -1)}
WORK=$(mktemp -d /tmp/trackboard-deploy-test.XXXXXX)
cp "$JAR" "$WORK/trackboard.jar" # the test's own build must not replace the jar the nodes run
stop_all() {
  [[ -f "$WORK/pids" ]] && for pid in $(cat "$WORK/pids"); do kill "$pid" 2>/dev/null || true; done
  sleep 1
}
trap stop_all EXIT
started=$(date +%s)
DEPLOY_DETACH=1 DEPLOY_WORK_DIR="$WORK" deploy/try-on-loopback.sh "$WORK/trackboard.jar"
echo "deployment: API instance, then nodes a and b (side by side) and nginx ready after $(( $(date +%s) - started )) s"
for node in a b; do # Spring's own figure for each node's start, from its log
  grep -o "Started Application in [0-9.]* seconds" "$WORK/logs/node-$node.log" | sed "s/^/node $node: /" || true
done
start=$(date +%s)
status=0
./mvnw -B -ntp -q test-compile failsafe:integration-test failsafe:verify -Dit.test=DeploymentBrowserIT \
  -Dtrackboard.deploy.work="$WORK" -Dfailsafe.failIfNoSpecifiedTests=false || status=$?
echo "deployment test: exit $status after $(( $(date +%s) - start )) s; logs in $WORK/logs"
[[ $status -eq 0 ]] || tail -n 40 "$WORK/logs/"*.log
exit $status
