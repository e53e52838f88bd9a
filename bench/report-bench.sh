#!/usr/bin/env bash
# Report benchmark (issue #5): the packaged app, run as in production, with a fully answered workbook stored
# through its pages. Prints the time and size of the full and members' PDFs (cold, then warm: best and median of
# five), eight full reports requested at once (wall time and rate), and the app's resident memory (RSS) before
# and at its peak while the eight are generated.
#
#   bench/report-bench.sh                      # packages the app if needed, starts it on a free port with a fresh
#                                              # data directory under /tmp, sets up accounts and a workbook, stops it
#   JAVA_OPTS="-Xmx256m" bench/report-bench.sh # JVM options added to the launcher's (target/quarkus-app/run.sh, the
#                                              # README's command); later ones win
#   bench/report-bench.sh --in-test            # the same measurements inside @QuarkusTest (ReportBenchmark)
#
# Goal: full report under 1 s warm; no more than 300 MB RSS while 8 are generated at once. Timings on a shared
# 2-core machine are noisy: run it more than once.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--in-test" ]; then
  ./mvnw -q -o test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: run ./mvnw test -Dtest=ReportBenchmark to see why" >&2; exit 1; }
  exit 0
fi

export JAVA_OPTS=${JAVA_OPTS:-}
[ -x target/quarkus-app/run.sh ] || ./mvnw -q -DskipTests package
# shellcheck source=bench/bench-app.sh
source bench/bench-app.sh
APP_COMMAND=(target/quarkus-app/run.sh)
bench_init report-bench
start_app

echo "JVM options: those of target/quarkus-app/run.sh${JAVA_OPTS:+, then $JAVA_OPTS}"
echo "machine: $(nproc) cores, load average $(load_average) (shared with other builds: timings are noisy)"
setup_accounts
open_workbook
fill_workbook
echo "RSS after the first start (importing the shipped data) and setup: $(rss) MB"
# In production the data is imported once; measure a restarted app, as it runs from then on.
stop_app; start_app
echo "RSS after a restart: $(rss) MB"

get() { curl -s -b "$jar" -o "$work/report.$3.pdf" -w '%{http_code} %{time_total} %{size_download}\n' \
  "$url/workbooks/$id/report.pdf?audience=$1"; }
for audience in full members; do
  read -r code seconds bytes < <(get "$audience" x 0)
  [ "$code" = 200 ] || { echo "the $audience report answered $code" >&2; exit 1; }
  pages=$(pdfinfo "$work/report.0.pdf" 2>/dev/null | awk '/^Pages/ {print $2}' || true)
  printf '%-7s cold %6.0f ms  %7d bytes  %s pages\n' "$audience" "$(echo "$seconds * 1000" | bc)" "$bytes" "${pages:-?}"
  times=()
  for _ in 1 2 3 4 5; do read -r code seconds bytes < <(get "$audience" x 0); times+=("$(echo "$seconds * 1000" | bc)"); done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-7s warm best %4.0f ms, median %4.0f ms of 5  %7d bytes\n' "$audience" "$(sed -n 1p <<<"$sorted")" \
    "$(sed -n 3p <<<"$sorted")" "$bytes"
done

echo "RSS before 8 at once: $(rss) MB"
reports_at_once 8
