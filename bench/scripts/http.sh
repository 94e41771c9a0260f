#!/usr/bin/env bash
# HTTP service benchmark: `facescribe serve` on 127.0.0.1 loaded by tools/load/HttpLoad.java with the fixture
# photos (NASA astronaut PNG, Grace Hopper JPEG, one face each), beside the in-process figure on the same photos.
#
#   bench/scripts/http.sh > bench/scripts/results/http.jsonl
#
# 1. in process: 2 threads share one FaceScribe, photos from memory, 30 s (tools/load/InProcess.java)
# 2. closed loop, --concurrency 2 --queue 64: analyze and describe at 1, 2, 8 and 32 clients
# 3. overload, default queue (--concurrency 2 → 4 waiting): an open loop at 4x the measured capacity for 20 s
# 4. memory, same server: 10,000 analyses (4 clients), the server's VmRSS every 1,000 (also on stderr as it goes)
# Every loop is bounded in count or time and only ever targets 127.0.0.1. Sizes: HTTP_SCALE (default 1) multiplies
# the request counts of step 2; HTTP_RSS_REQUESTS (default 10000).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
photos=("$data/fixtures/photos/skimage_astronaut.png" "$data/fixtures/photos/facedetect_grace_hopper_512x512.jpg")
scale="${HTTP_SCALE:-1}"
rss_n="${HTTP_RSS_REQUESTS:-10000}"
export TF_CPP_MIN_LOG_LEVEL=2
./facescribe --version >/dev/null  # builds when stale
cp="cli/target/facescribe.jar:cli/target/lib/*"
tmp="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

note() { echo "{\"note\": \"$1\", \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"utc\": \"$(date -u +%FT%TZ)\"}"; }

# serve ARGS... : starts the server on a free port; sets $server (pid) and $base
serve() {
  java -Xmx2g -jar cli/target/facescribe.jar serve --port 0 --timeout 300 "$@" > /dev/null 2> "$tmp/serve.log" &
  server=$!
  for _ in $(seq 1 600); do
    base=$(grep -o 'ready on http://127.0.0.1:[0-9]*' "$tmp/serve.log" | sed 's/ready on //' || true)
    [ -n "$base" ] && return 0
    sleep 0.2
  done
  echo "server did not start: $(cat "$tmp/serve.log")" >&2; exit 1
}
stop() { kill -TERM "$server"; wait "$server" || true; server=""; }
load() { java tools/load/HttpLoad.java --base "$base" "$@" "${photos[@]}"; }

note "start"
java -Xmx2g -cp "$cp" tools/load/InProcess.java --threads 2 --seconds 30 "${photos[@]}" 2>/dev/null | sed 's/^{/{"run": "in-process", /'
note "in-process done"

serve --concurrency 2 --queue 64
echo "{\"run\": \"server\", \"pid\": $server, \"rssKbAfterStart\": $(awk '/VmRSS/ {print $2}' /proc/$server/status)}"
for path in /v1/analyze /v1/describe; do
  for clients in 1 2 8 32; do
    n=$(( (clients < 8 ? 60 : clients * 5) * scale ))
    load --path "$path" --clients "$clients" --requests "$n" --warmup 6 | sed 's/^{/{"run": "closed", /'
  done
  note "$path done"
done
stop

serve --concurrency 2
capacity=$(load --path /v1/analyze --clients 2 --requests 60 --warmup 6 | sed 's/.*"okRps": \([0-9.]*\).*/\1/')
rate=$(awk -v c="$capacity" 'BEGIN { printf "%.1f", 4 * c }')
load --path /v1/analyze --rate "$rate" --seconds 20 | sed "s/^{/{\"run\": \"overload\", \"capacity\": $capacity, /"
curl -s "$base/v1/health" | sed 's/^{/{"run": "health after overload", /'; echo
note "overload done"
load --path /v1/analyze --clients 4 --requests "$rss_n" --rss-pid "$server" --rss-every 1000 | sed 's/^{/{"run": "memory", /'
stop
note "end"
