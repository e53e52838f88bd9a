#!/usr/bin/env bash
# Report benchmark: time and size of the full and members' PDFs (cold and warm), eight full reports at once,
# and resident memory.
#
#   bench/report-bench.sh                 # self-contained: boots the app with the test fixture workbooks
#   bench/report-bench.sh URL WORKBOOK_ID # against a running app, e.g. http://localhost:8080 1 (RSS of its java pid)
#
# Goal (issue #5): full report under 1 s warm; no more than 300 MB RSS while 8 are generated at once.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
  ./mvnw -q -o test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: run ./mvnw test -Dtest=ReportBenchmark to see why" >&2; exit 1; }
  exit 0
fi

url=$1 id=$2
pid=$(pgrep -f 'quarkus-run.jar|quarkus-app' | head -1 || true)
rss() { [ -n "$pid" ] && awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status" || echo "unknown (no app pid)"; }
get() { curl -s -o /tmp/report-bench.$$.$3 -w '%{time_total}s %{size_download} bytes\n' "$url/workbooks/$id/report.pdf?audience=$1"; }

echo "RSS before: $(rss)"
for audience in full members; do
  echo "$audience cold: $(get $audience x 1)"
  for i in 1 2 3; do echo "$audience warm: $(get $audience x 1)"; done
done
start=$(date +%s.%N)
for i in $(seq 8); do get full x "$i" >/dev/null & done
peak=0
while [ "$(jobs -r | wc -l)" -gt 0 ]; do
  now=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ "$now" -gt "$peak" ] && peak=$now
  sleep 0.05
done
wait
echo "8 at once: $(echo "$(date +%s.%N) - $start" | bc) s; peak RSS ${peak} MB"
rm -f /tmp/report-bench.$$.*
