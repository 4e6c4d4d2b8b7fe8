#!/usr/bin/env bash
# Bounded load test on loopback: GET /healthz, then POST /v1/quotes with a three-item cart, against
# one release build of `meridian serve`, and the ratio of the two. Stops the server it started.
#
#   Benchmarks/wrk/run.sh [--duration 20s] [--threads 2] [--connections 64] [--port 18181] [--log-level info]
#
# Passes (exit 0) when quotes reach at least 60 % of the healthz requests per second, with p99 at
# most 10 ms and no non-2xx responses.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=20s threads=2 connections=64 port=18181 log_level=info
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --log-level) log_level="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
binary=.build/release/meridian
swift build -c release --product meridian >&2

log=$(mktemp -t meridian-wrk-XXXXXX.log)
"$binary" serve --host 127.0.0.1 --port "$port" --log-level "$log_level" >"$log" 2>&1 &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null

# Warm up both routes (ICU formatters, pooled contexts) before measuring.
wrk -t1 -c4 -d2s -s Benchmarks/wrk/quote.lua "http://127.0.0.1:$port/v1/quotes" >/dev/null
wrk -t1 -c4 -d1s -s Benchmarks/wrk/healthz.lua "http://127.0.0.1:$port/healthz" >/dev/null

measure() {
    wrk --latency -t"$threads" -c"$connections" -d"$duration" -s "Benchmarks/wrk/$1.lua" "http://127.0.0.1:$port$2"
}
echo "== GET /healthz (wrk -t$threads -c$connections -d$duration)"
health=$(measure healthz /healthz); echo "$health"
echo "== POST /v1/quotes, three items (wrk -t$threads -c$connections -d$duration)"
quote=$(measure quote /v1/quotes); echo "$quote"

value() { echo "$1" | awk -v key="$2" '$1 == key { print $2 }'; }
health_rps=$(value "$health" rps); quote_rps=$(value "$quote" rps)
quote_p99=$(value "$quote" p99_ms); quote_non2xx=$(value "$quote" non2xx); health_non2xx=$(value "$health" non2xx)
ratio=$(awk -v q="$quote_rps" -v h="$health_rps" 'BEGIN { printf "%.3f", q / h }')
echo "== summary"
echo "healthz_rps $health_rps (non2xx $health_non2xx)"
echo "quotes_rps $quote_rps (non2xx $quote_non2xx, p99 ${quote_p99} ms)"
echo "ratio $ratio (needs >= 0.60), p99 ${quote_p99} ms (needs <= 10), non2xx $quote_non2xx (needs 0)"
awk -v r="$ratio" -v p="$quote_p99" -v n="$quote_non2xx" -v hn="$health_non2xx" \
    'BEGIN { exit !(r >= 0.60 && p <= 10 && n == 0 && hn == 0) }' && echo "PASS" || { echo "FAIL"; exit 1; }
