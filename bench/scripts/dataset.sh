#!/usr/bin/env bash
# Data-set build benchmark: whole `./facescribe build-dataset` processes measured from the outside
# (/usr/bin/time -v: wall time, peak RSS) and from their summary.json (images/s of the captioning loop),
# then rewrites the "## Data-set builds" section of docs/benchmarks.md.
#
#   bench/scripts/dataset.sh            (BENCH_CROPS=2000 CelebA crops, BENCH_SPARK=500 for local vs Spark)
#
# Runs: CelebA-sized crops (178x218) with 1 and 2 threads; the ordinary photos of fixtures/ (detection +
# photos, 0.3-36 MP); the local engine vs Spark local[2] on the same crops; a projection to 250,000 images.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
crops="${BENCH_CROPS:-2000}"
spark_n="${BENCH_SPARK:-500}"
doc="${BENCH_DOC:-$root/docs/benchmarks.md}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export TF_CPP_MIN_LOG_LEVEL=2
./facescribe --version >/dev/null  # builds when stale

ls "$data/celeba/images" | grep '\.jpg$' | sort | sed -n "1,${crops}p" | sed "s#^#$data/celeba/images/#" > "$tmp/crops.txt"
head -n "$spark_n" "$tmp/crops.txt" > "$tmp/crops-spark.txt"
mkdir -p "$tmp/photos" && cp "$data"/fixtures/detection/*.jpg "$data"/fixtures/photos/*.jpg "$data"/fixtures/photos/*.png "$tmp/photos/"

# run NAME ARGS... : one whole process; prints "wall_s rss_mib images images_per_s"
run() {
  local name="$1"; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$tmp/$name.time" ./facescribe build-dataset -o "$tmp/$name" --no-progress --no-card "$@" \
    > /dev/null 2> "$tmp/$name.log"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$tmp/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/$name.time")
  python3 - "$tmp/$name/summary.json" "$wall" "$rss" "$load" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"{float(sys.argv[2]):.1f} {sys.argv[3]} {s['processed']} {s['imagesPerSecond']:.2f} {s['kept']} {s['faces']} {sys.argv[4]}")
PY
}

echo "dataset.sh: crops, 2 threads" >&2;   c2=$(run crops2 -i "$tmp/crops.txt" --threads 2 --captions 3)
echo "dataset.sh: crops --assume-face, 2 threads" >&2; a2=$(run cropsaf -i "$tmp/crops.txt" --threads 2 --captions 3 --assume-face)
echo "dataset.sh: crops, 1 thread" >&2;    c1=$(run crops1 -i "$tmp/crops-spark.txt" --threads 1 --captions 3)
echo "dataset.sh: photos, 2 threads" >&2;  p2=$(run photos -i "$tmp/photos" --threads 2 --captions 3)
echo "dataset.sh: local engine, $spark_n crops" >&2; l2=$(run local -i "$tmp/crops-spark.txt" --threads 2 --captions 3)
echo "dataset.sh: spark local[2], $spark_n crops" >&2; s2=$(run spark -i "$tmp/crops-spark.txt" --spark 'local[2]' --captions 3)
same=$(cmp -s "$tmp/local/records.jsonl" "$tmp/spark/records.jsonl" && echo "identical" || echo "DIFFERENT")
echo "dataset.sh: exports and card over the $crops-crop build" >&2
./facescribe build-dataset -i "$tmp/crops.txt" -o "$tmp/crops2" --captions 3 --threads 2 --no-progress \
  --format jsonl,diffusers,kohya,parquet,wds > /dev/null 2> "$tmp/export.log"
exports=$(grep -E '^(export|card)' "$tmp/export.log" | sed 's/^/    /; s#card: .*/card.md#card: card.md#' || true)

python3 - "$doc" "$crops" "$spark_n" "$c2" "$c1" "$p2" "$l2" "$s2" "$same" "$exports" "$a2" <<'PY'
import sys, re, datetime, os, platform, subprocess
doc, crops, spark_n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def parse(s):
    w, rss, n, ips, kept, faces, load = s.split()
    return dict(wall=float(w), rss=int(rss), n=int(n), ips=float(ips), kept=int(kept), faces=int(faces), load=load)
c2, c1, p2, l2, s2 = (parse(x) for x in sys.argv[4:9])
same, exports = sys.argv[9], sys.argv[10]
a2 = parse(sys.argv[11])
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.machine())
proj = lambda ips: 250000 / ips / 3600
rows = [
  ("CelebA crops 178x218, 2 threads", c2), ("CelebA crops 178x218, `--assume-face`, 2 threads", a2),
  (f"CelebA crops 178x218, 1 thread (first {c1['n']})", c1),
  ("ordinary photos (fixtures, 0.3-36 MP), 2 threads", p2),
  (f"local engine, {spark_n} crops, 2 threads", l2), (f"Spark local[2], {spark_n} crops", s2)]
out = ["## Data-set builds", "",
  f"Measured {datetime.date.today()} on {cpu} ({os.cpu_count()} cores) with `bench/scripts/dataset.sh` "
  f"(BENCH_CROPS={crops}, BENCH_SPARK={spark_n}): whole `./facescribe build-dataset` processes, 3 captions per face, "
  "built-in realizer, no QA, `--no-card`. *images/s* is the captioning loop from the run's `summary.json` "
  "(after the networks are loaded); *wall* includes JVM start and model loading; *peak RSS* from `/usr/bin/time -v`. "
  "The load average when each run started is given: other work on the machine lowers the figures.", "",
  "| run | images | kept | faces | images/s | wall (s) | peak RSS (MiB) | load at start | 250,000 images would take |",
  "|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
for name, r in rows:
    out.append(f"| {name} | {r['n']:,} | {r['kept']:,} | {r['faces']:,} | {r['ips']:.1f} | {r['wall']:.1f} | {r['rss']:,} | {r['load']} | {proj(r['ips']):.1f} h |")
out += ["", f"Spark local[2] and the local engine wrote {same} `records.jsonl` files for the same options. "
  f"Memory: peak RSS {c1['rss']:,} MiB after {c1['n']:,} images on 1 thread and {c2['rss']:,} MiB after {c2['n']:,} on 2 "
  "(records are streamed to disk; a few images per thread are in flight).", "",
  "Exports and card over the crop build (each reads `records.jsonl` once as a stream; the records were already there, so no image was analysed again):", "", exports or "    (none)", ""]
section = "\n".join(out) + "\n"
text = open(doc).read() if os.path.exists(doc) else "# Benchmarks\n\n"
m = re.search(r"^## Data-set builds\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
text = text[:m.start()] + section + "\n" + text[m.end():] if m else text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text.rstrip("\n") + "\n")
print(section)
PY
