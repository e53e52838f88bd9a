#!/usr/bin/env bash
# Durability benchmark (issue K item 1, issue H item 4): nothing acknowledged is ever lost. Runs the SIGKILL cycle of
# SavesSurviveAKillIT (org.vfmworkbook.workbook.DurabilityCycle) against the packaged app for N rounds: an editor saves a
# step's answers (alternately as the form, 303, and as autosave, 200) and adds an action, in a loop, through the pages; the
# app is killed with SIGKILL; after a restart every answer field must hold its last acknowledged value (or the one in
# flight at the kill) and every acknowledged action must be there. Prints, per round and in all: saves acknowledged,
# found, lost, and the latency of acknowledged saves (p50, p99), so the cost of durable commits is visible.
#
#   bench/durability.sh [rounds] [seconds of saving a round]     # default 5 rounds of 5 s
#   JAVA_OPTS="-Xmx256m" bench/durability.sh                     # JVM options for the app (default: the production
#                                                                # setting in README.md)
#   JAVA_OPTS="... -Dquarkus.datasource.jdbc.url=jdbc:h2:file:\${vfm.data-dir}/vfm;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=500" \
#     bench/durability.sh                                         # H2's default delayed commit, for comparison (loses saves)
#   VFM_IT_JAR=target/pg-app/quarkus-run.jar VFM_PG_URL=... bench/durability.sh   # a jar built for PostgreSQL
#                                                  (.ci/run-postgres builds it), on a fresh database
#
# Exits 1 when anything acknowledged was lost. Packages the app (and compiles the tests) when the jar or the cycle is missing.
# Timings on a shared 2-core machine are noisy: the load average is printed; run it more than once.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
seconds=${2:-5}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx200m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1"}
jar=${VFM_IT_JAR:-target/quarkus-app/quarkus-run.jar}
if [ ! -f "$jar" ] || [ ! -f target/test-classes/org/vfmworkbook/workbook/DurabilityCycle.class ]; then
  ./mvnw -q -DskipTests package
fi
work=$(mktemp -d /tmp/durability-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "JVM options: $JAVA_OPTS"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared with other builds: timings are noisy)"
# shellcheck disable=SC2086
if java -Dvfm.it.jar="$jar" -cp target/test-classes org.vfmworkbook.workbook.DurabilityCycle "$work" "$rounds" "$seconds" $JAVA_OPTS; then
  status=0
else
  status=$?
  cp "$work/app.log" target/durability-bench.log 2>/dev/null && echo "the app's log: target/durability-bench.log" >&2
fi
echo "data directory at the end: $(du -sh "$work/data" | cut -f1)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
