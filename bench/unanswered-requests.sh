#!/usr/bin/env bash
# Issue K.3: every request is answered or closed in bounded time. Against the packaged app (fresh data directory, 127.0.0.1):
#   1. N (default 300) anonymous requests at once whose address holds a ';' (or a ',' in the query), each with a 30 s limit:
#      how many were answered, with which statuses, and the slowest answer;
#   2. one connection that sends half a request head and then nothing: how long until the server closes it
#      (quarkus.http.idle-timeout).
# Usage: bench/unanswered-requests.sh [requests, default 300]   (set BENCH_SKIP_PACKAGE=1 to reuse target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
work=$(mktemp -d)
[ "${BENCH_SKIP_PACKAGE:-}" = 1 ] || ./mvnw -q -DskipTests package

VFM_DATA_DIR="$work/data" java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar \
  >"$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 240); do curl -sf -o /dev/null "$url/q/health/ready" && break; sleep 0.5; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: timings are noisy)"

paths=("/workbooks/1;a=b" "/;jsessionid=1" "/peer-sessions;x" "/regions?year=2021-22;x" "/regions?year=a,b")
for i in $(seq "$N"); do echo "${paths[$((i % ${#paths[@]}))]}"; done \
  | xargs -P "$N" -I{} curl --path-as-is -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' "$url{}" >"$work/answers" || true
answered=$(awk '$1 != "000"' "$work/answers" | wc -l)
echo "$N anonymous requests with ';' or ',' at once: $answered answered within 30 s"
echo "  statuses: $(awk '{print $1}' "$work/answers" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
echo "  slowest answer: $(awk '$1 != "000" {print $2}' "$work/answers" | sort -n | tail -1) s"

python3 - "$port" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # never finished
start = time.monotonic()
s.settimeout(180)
try:
    while s.recv(1024):
        pass
    print(f"a connection that sends half a request head and then nothing is closed after {time.monotonic() - start:.1f} s")
except ConnectionResetError:
    print(f"a connection that sends half a request head and then nothing is reset after {time.monotonic() - start:.1f} s")
except socket.timeout:
    print("a connection that sends half a request head and then nothing is still open after 180 s (the limit of this test)")
PY
