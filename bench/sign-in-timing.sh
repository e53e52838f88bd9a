#!/usr/bin/env bash
# Sign-in timing (issue K.6): does a refused sign-in take the same time whatever the reason? Runs the packaged app as in
# production (bcrypt cost 12) on a free port with a fresh data directory under /tmp, creates an administrator, an account
# and a disabled account through the pages, then times N sign-in posts of each kind and prints min / median / p90 / max:
#   unknown    a name no account has
#   wrong      a real account, wrong password
#   disabled   a disabled account, its right password
#   throttled  a real account, right password, from an address held back after 5 failures for that name
#   success    a real account, right password (for comparison: it also sets the session cookie)
# Each refused attempt comes from its own loopback address (127.0.x.y, via curl --interface) so that the throttle, which
# counts per address, does not turn the unknown / wrong / disabled rows into throttled ones.
#
#   bench/sign-in-timing.sh          # N=20; packages the app first when the sources are newer than the jar
#   N=50 bench/sign-in-timing.sh
#
# Timings on a shared 2-core machine are noisy: compare the rows with each other, and run it more than once.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx200m -XX:+UseSerialGC"}
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main templates -newer "$jar" -type f | head -1)" ]; then ./mvnw -q -DskipTests package; fi
work=$(mktemp -d /tmp/sign-in-timing.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
# shellcheck disable=SC2086
# The throttle's first wait is raised from 1 to 30 minutes so the throttled row stays throttled however long the run takes;
# nothing else differs from production.
VFM_DATA_DIR="$work/data" java $JAVA_OPTS -Dvfm.security.sign-in-throttle.first-delay=PT30M -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 240); do curl -sf -o /dev/null "$url/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "$url/q/health/ready" || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }

cookies="$work/cookies"
csrf() { awk '$6 == "vfm-csrf" {print $7}' "$cookies" | tail -1; }
post() { local path=$1; shift; curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -c "$cookies" --data-urlencode "csrf-token=$(csrf)" "$@" "$url$path"; }
expect() { [ "$1" = "$2" ] || { echo "setup failed: $3 answered $1, expected $2" >&2; exit 1; }; }
password="tulip gravel orbit nineteen"
curl -s -o /dev/null -c "$cookies" "$url/setup"
expect "$(post /setup --data-urlencode displayName=Admin --data-urlencode username=admin@example.gov.uk \
  --data-urlencode "password=$password" --data-urlencode "confirmPassword=$password")" 303 "POST /setup"
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode username=admin@example.gov.uk \
  --data-urlencode "password=$password" "$url/j_security_check"
for who in owner disabled; do
  expect "$(post /admin/accounts --data-urlencode "displayName=Bench $who" --data-urlencode "username=$who@example.gov.uk" \
    --data-urlencode role=COUNCIL_VIEWER --data-urlencode councilCode=E10000016 \
    --data-urlencode "password=$password" --data-urlencode "confirmPassword=$password")" 303 "creating $who"
done
# The list is in display-name order and has no Disable button for yourself: the first is "Bench disabled".
id=$(curl -s -b "$cookies" "$url/admin/accounts" | grep -o '/admin/accounts/[0-9]*/disable' | sed -n 1p | grep -o '[0-9]\+')
expect "$(post "/admin/accounts/$id/disable")" 303 "disabling an account"
curl -s -b "$cookies" "$url/admin/accounts" | grep -q 'Disabled' || { echo "setup failed: no disabled account" >&2; exit 1; }

# One sign-in post: prints "<ms> <where it was sent>".
attempt() { # from-address username password
  curl -s -o /dev/null --interface "$1" -w '%{time_total} %{redirect_url}\n' --data-urlencode "username=$2" \
    --data-urlencode "password=$3" "$url/j_security_check" | awk '{printf "%.1f %s\n", $1 * 1000, $2}'
}
summary() { # label file
  sort -n "$2" | awk -v label="$1" '{t[NR]=$1} END {printf "%-10s n=%-3d min %6.1f  median %6.1f  p90 %6.1f  max %6.1f ms\n", label, NR, t[1], t[int((NR+1)/2)], t[int(NR*0.9+0.5)], t[NR]}'
}
outcomes() { awk '{sub(/^https?:\/\/[^\/]*/, "", $2); print $2}' "$1" | sort | uniq -c | awk '{printf "%s× %s  ", $1, $2} END {print ""}'; }

for i in 1 2 3 4 5; do attempt "127.0.9.$i" "warm-up-$i@example.gov.uk" x >/dev/null; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); bcrypt cost 12 (production); N=$N each"
for i in $(seq 5); do attempt 127.0.4.1 owner@example.gov.uk "wrong $i" >/dev/null; done
for i in $(seq "$N"); do
  attempt "127.0.1.$i" "nobody-$i@example.gov.uk" "guess $i" >>"$work/unknown"
  attempt "127.0.2.$i" owner@example.gov.uk "guess $i" >>"$work/wrong"
  attempt "127.0.3.$i" disabled@example.gov.uk "$password" >>"$work/disabled"
  attempt 127.0.4.1 owner@example.gov.uk "$password" >>"$work/throttled"
  attempt "127.0.5.$i" owner@example.gov.uk "$password" >>"$work/success"
done
for kind in unknown wrong disabled throttled success; do summary "$kind" "$work/$kind"; done
echo "where each was sent:"
for kind in unknown wrong disabled throttled success; do printf '  %-10s ' "$kind"; outcomes "$work/$kind"; done
