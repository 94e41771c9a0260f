#!/usr/bin/env bash
# Checks the spark-submit jar the way a cluster runs it, without a cluster: builds
# dataset-cli/target/facescribe-spark.jar (mvn -Pspark-submit), then runs Spark's own SparkSubmit main class on a
# class path of only what a Spark 3.5 / Scala 2.13 distribution provides (Spark, Scala, Hadoop client,
# Jackson, Netty, ... taken from cli/target/lib) with the jar as the application:
#
#   tools/spark/check-submit.sh [N images, default 12]
#
# It must end with N records in a fresh output folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-12}"
data="${FACESCRIBE_DATA:-$root/../shared/datasets}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -q -B -Pspark-submit -DskipTests package -pl dataset-cli,cli -am >&2
# what FaceScribe brings itself (shaded into facescribe-spark.jar); everything else stands for the cluster's jars
ours='^(facescribe|tensorflow|protobuf|guava|failureaccess|listenablefuture|picocli|imageio|common-|metadata-extractor|xmpcore|commons-csv|parquet|xchart|VectorGraphics2D|graphics2d|pdfbox|fontbox|animated-gif|progressbar|jline|javacpp|slf4j-simple)'
cp=$(ls cli/target/lib | grep -v -E "$ours" | sed "s#^#$root/cli/target/lib/#" | paste -sd:)
opens=""
for o in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=" --add-opens=java.base/$o=ALL-UNNAMED"
done
ls "$data/celeba/images" | grep '\.jpg$' | sort | sed -n "1,${n}p" | sed "s#^#$data/celeba/images/#" > "$tmp/list.txt"
java $opens -cp "$cp" org.apache.spark.deploy.SparkSubmit --master 'local[2]' --class io.facescribe.cli.DatasetMain \
  dataset-cli/target/facescribe-spark.jar build-dataset --spark 'local[2]' -i "$tmp/list.txt" -o "$tmp/out" --no-progress
got=$(wc -l < "$tmp/out/records.jsonl")
echo "check-submit: $got of $n records"
[ "$got" -eq "$n" ]
