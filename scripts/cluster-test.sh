#!/usr/bin/env bash
# Runs the packaged service for real on its own PostgreSQL under load, breaks it, and checks that nothing answered
# with success was lost (uk.nhs.eia.cluster.ClusterHarness; results in BENCHMARKS.md, how to run two nodes in
# docs/operations.md):
#
#   scripts/cluster-test.sh two-nodes   two nodes on one database, one killed with SIGKILL under load (about 15 min)
#   scripts/cluster-test.sh crashes     one node killed with SIGKILL ten times under load, then PostgreSQL restarted
#                                       under load (about 30 min)
#
# Settings go before the mode as system properties, for example: JAVA_OPTS='-Dwalkers=4' scripts/cluster-test.sh crashes
# (walkers, parked, crashes, before.kill.seconds, after.kill.seconds, outage.seconds, after.seconds).
# The summary is printed and written to target/cluster/<mode>-<time>/summary.txt, beside each node's log and the
# database's folder. It exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?say two-nodes or crashes}"

./mvnw -B -q -DskipTests package
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
# shellcheck disable=SC2086
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  uk.nhs.eia.cluster.ClusterHarness "$mode"
