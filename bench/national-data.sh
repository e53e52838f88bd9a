#!/usr/bin/env bash
# Prints the national-data figures issue #3 asks for:
#   1. the time to import all shipped data from nothing (a fresh data directory, the packaged app),
#   2. the time to compute every metric for every council, region and England for every year held,
#   3. a bare read of the same files by the same readers, and the importer's parse without the database.
# Goal: import within 3x the bare read, and under 5 s. Usage: bench/national-data.sh [runs of the import, default 3]
# The import is timed on several fresh data directories and the best and median are printed, since a shared
# machine makes any one timing noisy; the processor time the import used is printed too, and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
RUNS=${1:-3}

./mvnw -q -DskipTests package test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null

DATA=$(mktemp -d)
LOG=$(mktemp)
trap 'kill $APP 2>/dev/null || true; rm -rf "$DATA" "$LOG"' EXIT

start_app() {
  VFM_DATA_DIR="$DATA" java -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    grep -q "Listening on" "$LOG" && return 0
    sleep 0.5
  done
  echo "the app did not start:"; cat "$LOG"; exit 1
}

echo "== Import from nothing (fresh data directory, packaged app), $RUNS runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
TIMES=()
for run in $(seq 1 "$RUNS"); do
  if [ "$run" -gt 1 ]; then
    kill $APP; wait $APP 2>/dev/null || true
    rm -rf "$DATA"; DATA=$(mktemp -d); : >"$LOG"
  fi
  start_app
  echo "   run $run: $(grep -o "Shipped national data: .*" "$LOG"); app $(grep -o "started in [0-9.]*s" "$LOG")"
  TIMES+=("$(grep -o "imported in [0-9]* ms" "$LOG" | grep -o "[0-9]*")")
done
grep -o "Imported [A-Z_]* .* in [0-9]* ms" "$LOG" | sed 's/^/   last run: /'
printf '%s\n' "${TIMES[@]}" | sort -n | awk '{t[NR]=$1} END {printf "   import from nothing: best %d ms, median %d ms of %d runs\n", t[1], t[int((NR+1)/2)], NR}'

echo "== Compute every metric for every council and year held"
for year in $(curl -s "localhost:$PORT/api/years" | tr -d '[]"' | tr ',' ' '); do
  curl -s -o /dev/null -w "   first request for $year (includes the computation): %{time_total} s\n" \
    "localhost:$PORT/api/councils/E10000016/metrics?year=$year"
  curl -s -o /dev/null -w "   second request (cached): %{time_total} s\n" "localhost:$PORT/api/councils/E10000016/metrics?year=$year"
done
grep -o "Computed .*" "$LOG" | sed 's/^/   /'
echo "   app RSS: $(ps -o rss= -p $APP | awk '{printf "%.0f MB", $1/1024}')"
kill $APP; wait $APP 2>/dev/null || true

echo "== Restart on the same data directory (the data is held: the import is skipped)"
: >"$LOG"
start_app
grep -c "Imported" "$LOG" | sed 's/^/   files imported on restart: /' || true
grep -o "started in [0-9.]*s" "$LOG" | sed 's/^/   app /'
kill $APP; wait $APP 2>/dev/null || true

echo "== Bare read of the same files by the same readers (fresh JVM)"
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.vfmworkbook.nationaldata.NationalDataReadBench | sed 's/^/   /'
