#!/bin/sh
# Starts VfM Workbook from its build output (target/quarkus-app) with the JVM settings it is measured with: a 128 MB heap
# (the app keeps about 60 MB live), the serial collector, the client compiler only, a smaller code cache and thread stacks,
# and two malloc arenas rather than one per thread, keep it small on a 2-core server while a region's users work at once
# and eight reports are generated (README, Performance; docs/report.md, Memory; ADR 0008).
#
#   target/quarkus-app/run.sh                              # the app
#   target/quarkus-app/run.sh import ascfr-salt FILE.xlsx  # the import command: arguments go to the app
#   JAVA_OPTS="-Xmx400m" target/quarkus-app/run.sh         # more JVM options; later ones win
#
# `java -jar quarkus-run.jar` still works, but with the JVM's own defaults (a quarter of the machine's memory for the heap).
here=$(dirname "$0")
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086
exec "$java" -Xms64m -Xmx128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k \
  -XX:TieredStopAtLevel=1 ${JAVA_OPTS:-} -jar "$here/quarkus-run.jar" "$@"
