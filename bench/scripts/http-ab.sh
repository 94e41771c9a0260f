#!/usr/bin/env bash
# The HTTP service against the library in process, measured alternately so that a busy machine weighs on both
# alike: ROUNDS times (default 2) 30 s of tools/load/InProcess.java (2 threads, photos from memory), then
# `facescribe serve --concurrency 2` under 8 closed-loop clients (HTTP_AB_REQUESTS, default 60) on the same photos.
#
#   bench/scripts/http-ab.sh >> bench/scripts/results/http.jsonl
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
photos=("$data/fixtures/photos/skimage_astronaut.png" "$data/fixtures/photos/facedetect_grace_hopper_512x512.jpg")
rounds="${ROUNDS:-2}"
n="${HTTP_AB_REQUESTS:-60}"
export TF_CPP_MIN_LOG_LEVEL=2
./facescribe --version >/dev/null  # builds when stale
tmp="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

java -Xmx2g -jar cli/target/facescribe.jar serve --port 0 --concurrency 2 --queue 16 > /dev/null 2> "$tmp/serve.log" &
server=$!
base=""
for _ in $(seq 1 900); do
  base=$(grep -o 'ready on http://127.0.0.1:[0-9]*' "$tmp/serve.log" | sed 's/ready on //' || true)
  [ -n "$base" ] && break
  sleep 0.2
done
[ -n "$base" ] || { echo "server did not start: $(cat "$tmp/serve.log")" >&2; exit 1; }
java tools/load/HttpLoad.java --base "$base" --path /v1/analyze --clients 8 --requests 16 "${photos[@]}" > /dev/null
for r in $(seq 1 "$rounds"); do
  echo "{\"round\": $r, \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
  java -Xmx2g -cp "cli/target/facescribe.jar:cli/target/lib/*" tools/load/InProcess.java --threads 2 --seconds 30 \
      "${photos[@]}" 2>/dev/null | sed "s/^{/{\"run\": \"ab in-process\", \"round\": $r, /"
  java tools/load/HttpLoad.java --base "$base" --path /v1/analyze --clients 8 --requests "$n" "${photos[@]}" \
      | sed "s/^{/{\"run\": \"ab server\", \"round\": $r, /"
done
