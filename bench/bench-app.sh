# Shared by the benchmarks that run the packaged app (sourced, not run): start and stop it on a free port of 127.0.0.1 with a
# private data directory under /tmp, read its memory, and set up accounts and a fully answered workbook through the pages as a
# browser would (CSRF cookie and field). Callers set APP_COMMAND (the command that starts the app, as a bash array).
#
#   source bench/bench-app.sh; bench_init report-bench; start_app; setup_accounts; open_workbook; fill_workbook

COUNCIL=${COUNCIL:-E10000016} YEAR=${YEAR:-2021-22}
password="correct horse battery staple bench"

bench_init() {
  work=$(mktemp -d "/tmp/$1.XXXXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  jar="$work/cookies"
  trap 'stop_app; rm -rf "$work"' EXIT
}

# The data directory and port are given as the README's configuration variables, so APP_COMMAND is the README's command as written.
start_app() {
  VFM_DATA_DIR="$work/data" QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 "${APP_COMMAND[@]}" >>"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 480); do curl -sf -o /dev/null "$url/q/health/ready" && return 0; sleep 0.5; done
  echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1
}
stop_app() { [ -n "${pid:-}" ] || return 0; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }

# Resident memory now and at its peak since the process started (VmHWM), in MB.
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
peak_rss() { awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

csrf() { awk '$6 == "vfm-csrf" {print $7}' "$jar" | tail -1; }
session() { awk '$6 == "vfm-session" {print $7}' "$jar" | tail -1; }
post() { local path=$1; shift; curl -s -o "$work/last.html" -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "csrf-token=$(csrf)" "$@" "$url$path"; }
expect() { [ "$1" = "$2" ] || { echo "setup failed: $3 answered $1, expected $2" >&2
  grep -o 'govuk-error-message[^<]*<[^<]*<[^<]*' "$work/last.html" >&2 || true; exit 1; }; }
signin() { curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=$password" "$url/j_security_check"; }

# The first administrator (through /setup), and an editor of $COUNCIL with sign-off rights; leaves the editor signed in.
setup_accounts() {
  curl -s -o /dev/null -c "$jar" "$url/setup"
  expect "$(post /setup --data-urlencode displayName=Admin --data-urlencode username=admin@example.gov.uk \
    --data-urlencode "password=$password" --data-urlencode "confirmPassword=$password")" 303 "POST /setup"
  signin admin@example.gov.uk
  expect "$(post /admin/accounts --data-urlencode displayName=Editor --data-urlencode username=editor@example.gov.uk \
    --data-urlencode role=COUNCIL_EDITOR --data-urlencode councilCode="$COUNCIL" --data-urlencode canSignOff=true \
    --data-urlencode "password=$password" --data-urlencode "confirmPassword=$password")" 303 "POST /admin/accounts"
  rm -f "$jar"; curl -s -o /dev/null -c "$jar" "$url/sign-in"
  signin editor@example.gov.uk
}

# Opens the editor's workbook for $COUNCIL and $YEAR; sets $id.
open_workbook() {
  local location
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode "csrf-token=$(csrf)" \
    --data-urlencode council="$COUNCIL" --data-urlencode year="$YEAR" "$url/workbooks")
  id=${location##*/workbooks/}
  [ -n "$id" ] && [ "$id" -eq "$id" ] 2>/dev/null || { echo "setup failed: no workbook opened ($location)" >&2; exit 1; }
}

step_ids() { for file in steps/[0-9][0-9]-*.yaml; do local step; step=$(basename "$file" .yaml); echo "${step#[0-9][0-9]-}"; done; }

# Every step answered (the judgement, text and an evidence link), one action per step, and the director's summary.
fill_workbook() {
  expect "$(post "/workbooks/$id/summary" --data-urlencode "director-summary=Our spend per adult is close to our neighbours'. Care home use for older people is the main difference we have found.")" 303 "saving the summary"
  local text="The council’s explanation, with “curly quotes” and £1,200 figures: spend follows the county's older population and a care market where fees rose by 9% in the year."
  local step page version field args
  for step in $(step_ids); do
    page=$(curl -s -b "$jar" -c "$jar" "$url/workbooks/$id/steps/$step")
    version=$(grep -o 'name="version" value="[0-9]*"' <<<"$page" | head -1 | grep -o '[0-9]*"$' | tr -d '"')
    args=(--data-urlencode "version=${version:-0}")
    for field in $(grep -o 'name="answer-[a-z0-9-]*"' <<<"$page" | sort -u | sed 's/name="\(.*\)"/\1/'); do
      case $field in
        *-version|*-shown) args+=(--data-urlencode "$field=$(grep -o "name=\"$field\" value=\"[^\"]*\"" <<<"$page" | head -1 | sed 's/.*value="\(.*\)"/\1/')") ;;
        *-choice) args+=(--data-urlencode "$field=$(grep -o "name=\"$field\"[^>]*value=\"[a-z-]*\"" <<<"$page" | sed -n 2p | sed 's/.*value="\(.*\)"/\1/')") ;;
        *-link-*-url) args+=(--data-urlencode "$field=https://example.org/outturn-2021-22") ;;
        *-link-*-title) args+=(--data-urlencode "$field=Outturn report 2021-22") ;;
        *) args+=(--data-urlencode "$field=$text") ;;
      esac
    done
    expect "$(post "/workbooks/$id/steps/$step" "${args[@]}")" 303 "saving step $step"
    expect "$(post "/workbooks/$id/steps/$step/actions" --data-urlencode "action-what=Review $step with the finance lead" \
      --data-urlencode "action-owner=Head of Commissioning" --data-urlencode action-due-day=31 --data-urlencode action-due-month=3 \
      --data-urlencode action-due-year=2027 --data-urlencode "action-measure=A costed option appraisal reported to the DMT" \
      --data-urlencode action-saving=40000 --data-urlencode action-one-off-cost=50000 --data-urlencode action-annual-cost=20000 \
      --data-urlencode action-costs-avoided=60000 --data-urlencode action-years=3)" 303 "adding an action to $step"
  done
  echo "workbook $id: $COUNCIL $YEAR, every step answered, one action per step"
}

# N full reports of workbook $id requested at once: how many were answered 200, the wall time, and the highest RSS sampled meanwhile.
reports_at_once() {
  local n=$1 start wall ok slowest peak=0 now requests=() i
  start=$(date +%s.%N)
  for i in $(seq "$n"); do
    curl -s -b "$jar" -o "$work/at-once-$i.pdf" -w '%{http_code} %{time_total}\n' "$url/workbooks/$id/report.pdf?audience=full" \
      >"$work/at-once-$i.out" &
    requests+=($!)
  done
  running() { for r in "${requests[@]}"; do kill -0 "$r" 2>/dev/null && return 0; done; return 1; }
  while running; do
    now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.02
  done
  wait "${requests[@]}"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  ok=$(cat "$work"/at-once-*.out | grep -c '^200 ' || true)
  slowest=$(cat "$work"/at-once-*.out | awk '{print $2}' | sort -n | tail -1)
  printf '%d full at once: %d of %d ok in %.2f s (%.1f reports/s; slowest request %.2f s)\n' "$n" "$ok" "$n" "$wall" \
    "$(echo "$n / $wall" | bc -l)" "$slowest"
  echo "peak RSS sampled during the $n: $peak MB (goal: 300 MB or less)"
}
