#!/usr/bin/env bash
# Load benchmark (a region's councils at once): the packaged app started with the README's command, a workbook filled
# through its pages, then wrk for DURATION each: 50 and 100 signed-in users on the step pages (spread over the thirteen
# steps), the same with SAVE_PERCENT of requests saving a step form (CSRF token and cookie, the version the page carried),
# and a static file of about a step page's size served by the same app. Prints, for each: errors (4xx/5xx other than
# a detected concurrent edit, and socket errors), p50, p99 and requests/s, with the load average; then eight PDFs at once,
# and the app's resident memory after the first start, after a restart, and at its peak (VmHWM).
#
#   bench/load-bench.sh                        # packages the app if needed
#   DURATION=10s WARMUP=5s bench/load-bench.sh # quicker trial runs
#   APP="java -jar target/quarkus-app/quarkus-run.jar" bench/load-bench.sh   # another start command
#
# Goal on 2 cores: step page p99 at most 50 ms with 50 users and at most 3 times the static file's, no errors, RSS at
# most 300 MB. Other work on the machine shows in the load average: compare runs made under similar load.
set -euo pipefail
[ -n "${BENCH_TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s} WARMUP=${WARMUP:-20s} SAVE_PERCENT=${SAVE_PERCENT:-20} USERS=${USERS:-"50 100"}
# shellcheck disable=SC2206
APP_COMMAND=(${APP:-target/quarkus-app/run.sh})
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
[ -x target/quarkus-app/run.sh ] || ./mvnw -q -DskipTests package
# shellcheck source=bench/bench-app.sh
source bench/bench-app.sh
bench_init load-bench

echo "app started with: ${APP_COMMAND[*]}"
echo "machine: $(nproc) cores; load average $(load_average) (shared: compare runs made under similar load)"
start_app
echo "RSS after the first start (importing the shipped data): $(rss) MB (peak $(peak_rss) MB)"
setup_accounts
open_workbook
fill_workbook
stop_app; start_app
echo "RSS after a restart: $(rss) MB"
signin editor@example.gov.uk

# The text field each step's save changes, the mean size of a step page, and a static file of about that size.
fields=() bytes=0
steps=$(step_ids | tr '\n' ' ')
for step in $steps; do
  page=$(curl -s -b "$jar" -c "$jar" "$url/workbooks/$id/steps/$step")
  bytes=$((bytes + ${#page}))
  field=$(grep -o '<textarea[^>]*name="answer-[a-z0-9-]*"' <<<"$page" | head -1 | sed 's/.*name="\(.*\)"/\1/')
  [ -n "$field" ] && fields+=("$step=$field")
done
page_bytes=$((bytes / 13))
static= static_bytes=0
for candidate in /webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js \
  /webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css /webjars/chart.js/4.5.1/dist/chart.umd.js; do
  size=$(curl -s -o /dev/null -w '%{size_download}' "$url$candidate")
  if [ -z "$static" ] || [ $(( (size - page_bytes) ** 2 )) -lt $(( (static_bytes - page_bytes) ** 2 )) ]; then
    static=$candidate static_bytes=$size
  fi
done
echo "step pages: $page_bytes bytes on average; static file: $static ($static_bytes bytes, the shipped file closest in size)"

export WORKBOOK=$id STEPS=$steps SAVE_FIELDS="${fields[*]}" CSRF
CSRF=$(csrf)
export COOKIE="vfm-session=$(session); vfm-csrf=$CSRF"

# Processor time the app has used, in ms (user and system): per request it is the figure least disturbed by other work.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat"; }

# One wrk run: a label, users, and the Lua script's environment; prints one line of figures.
run() {
  local label=$1 users=$2 out before errors cpu
  shift 2
  before=$(load_average) cpu=$(cpu_ms)
  out=$(env "$@" wrk -t "$users" -c "$users" -d "$DURATION" --timeout 10s -s bench/load-steps.lua "$url/" 2>&1)
  sockets=$(grep -o 'Socket errors:.*' <<<"$out" || echo "Socket errors: none")
  statuses=$(grep '^STATUSES' <<<"$out" | cut -d' ' -f2-)
  errors=$(grep -o '[a-z]* [0-9]*: [0-9]*' <<<"$statuses" | tr -d : | awk '$2 !~ /^[23]/ && $2 != 409 {s += $3} END {print s + 0}')
  errors=$((errors + $(grep -o '[0-9]\+' <<<"$sockets" | paste -sd+ | bc 2>/dev/null || echo 0)))
  read -r p50 p99 max rps requests < <(grep '^FIGURES' <<<"$out" | sed 's/[a-z0-9_]*=//g; s/FIGURES //')
  cpu=$(( $(cpu_ms) - cpu ))
  printf '%-26s %3d users  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %7.1f req/s  errors %d  app CPU %5.1f ms/request  load %s -> %s\n' \
    "$label" "$users" "$p50" "$p99" "$max" "$rps" "$errors" "$(echo "$cpu / ($requests + 0.001)" | bc -l)" "$before" "$(load_average)"
  printf '%30s %s; %s\n' "" "$statuses" "$sockets"
}

DURATION=$WARMUP run "warm-up (not counted)" 20 SAVE_PERCENT=0 >/dev/null
for users in $USERS; do run "step pages" "$users" SAVE_PERCENT=0; done
for users in $USERS; do run "step pages, $SAVE_PERCENT% saves" "$users" SAVE_PERCENT="$SAVE_PERCENT"; done
for users in $USERS; do run "static file" "$users" STATIC="$static"; done
reports_at_once 8
echo "peak RSS since the restart (VmHWM): $(peak_rss) MB; now $(rss) MB (goal: 300 MB or less)"
