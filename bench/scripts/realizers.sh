#!/usr/bin/env bash
# Data-set build with the built-in against the learned realizer: the same CelebA crops, one thread,
# alternating built-in, learned, built-in, learned, so both meet the same machine load. Prints images/s
# of each run (from summary.json) and the learned/built-in ratio of the sums.
#
#   bench/scripts/realizers.sh            (BENCH_CROPS=300 crops, BENCH_CAPTIONS=3 captions per face)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
crops="${BENCH_CROPS:-300}"
captions="${BENCH_CAPTIONS:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export TF_CPP_MIN_LOG_LEVEL=2
./facescribe --version >/dev/null  # builds when stale
ls "$data/celeba/images" | grep '\.jpg$' | sort | sed -n "1,${crops}p" | sed "s#^#$data/celeba/images/#" > "$tmp/crops.txt"
declare -A total=([builtin]=0 [learned]=0)
for round in 1 2; do
  for realizer in builtin learned; do
    out="$tmp/$realizer-$round"
    ./facescribe build-dataset -o "$out" --no-progress --no-card --threads 1 --captions "$captions" \
      --realizer "$realizer" -i "$tmp/crops.txt" > /dev/null 2> "$tmp/$realizer-$round.log"
    rate=$(python3 -c "import json,sys; print(f\"{json.load(open(sys.argv[1]))['imagesPerSecond']:.2f}\")" "$out/summary.json")
    echo "round $round $realizer: $rate images/s (load $(cut -d' ' -f1 /proc/loadavg))"
    total[$realizer]=$(python3 -c "print(${total[$realizer]} + $rate)")
  done
done
python3 -c "print(f'learned / built-in: {${total[learned]} / ${total[builtin]}:.3f}')"
