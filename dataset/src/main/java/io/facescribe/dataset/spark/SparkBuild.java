package io.facescribe.dataset.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.dataset.BuildSummary;
import io.facescribe.dataset.DatasetInputs;
import io.facescribe.dataset.DatasetRequest;
import io.facescribe.dataset.Progress;
import io.facescribe.dataset.Provenance;
import io.facescribe.dataset.RecordLog;
import io.facescribe.dataset.RunFolder;
import io.facescribe.image.ImageLimits;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The same build as a Spark application. The driver lists the input units and the records already done;
 * units go to executors in rounds (a few per executor core each), every executor JVM keeps one
 * {@link ExecutorWorker} (one analyzer with its networks) for all its tasks, and each round's records come
 * back to the driver, which appends them to {@code records.jsonl} in input order. A killed job loses at
 * most the round in flight; records are identical to the local engine's for the same options.
 */
public final class SparkBuild {

    /** Images per executor core per round: large enough to keep cores busy, small enough to lose little. */
    static final int ITEMS_PER_CORE_PER_ROUND = 16;

    private SparkBuild() {
    }

    public static BuildSummary run(DatasetRequest request, String master, ImageLimits limits, PrintStream log) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode provenance = Provenance.of(request.options(), json);
        RunFolder.claim(request.output(), provenance, json);
        List<DatasetInputs.Unit> units = DatasetInputs.units(request.inputs());
        SparkConf conf = new SparkConf().setAppName("facescribe build-dataset").setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.driver.maxResultSize", "2g");
        try (RecordLog records = RecordLog.open(request.output());
             JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            BuildSummary summary = new BuildSummary(records.doneCount());
            if (records.doneCount() > 0) {
                log.println("resuming: " + records.doneCount() + " images already done in " + records.file());
            }
            List<DatasetInputs.Unit> todo = units.stream()
                    .filter(u -> !(u instanceof DatasetInputs.FileUnit f) || !records.isDone(f.path())).toList();
            Broadcast<Set<String>> done = spark.broadcast(records.donePaths());
            TaskSpec spec = new TaskSpec(request.options(), request.labels(), limits);
            int cores = Math.max(1, spark.defaultParallelism());
            int round = cores * ITEMS_PER_CORE_PER_ROUND;
            log.println("spark " + spark.version() + " on " + master + ": " + todo.size() + " units to do, "
                    + cores + " cores, rounds of " + round);
            long total = todo.stream().allMatch(u -> u instanceof DatasetInputs.FileUnit) ? todo.size() : -1;
            try (Progress progress = request.progress() ? Progress.create(total, log, java.time.Duration.ofSeconds(10))
                    : Progress.none()) {
                for (int from = 0; from < todo.size(); from += round) {
                    List<DatasetInputs.Unit> chunk = new ArrayList<>(todo.subList(from, Math.min(todo.size(), from + round)));
                    List<String> lines = spark.parallelize(chunk, Math.min(chunk.size(), cores))
                            .mapPartitions(new RecordTask(spec, done)).collect();
                    for (String line : lines) {
                        ObjectNode record = (ObjectNode) json.readTree(line);
                        records.append(record.get("path").asText(), line);
                        summary.add(record);
                        progress.step();
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("an executor returned a malformed record", e);
            }
            summary.finish();
            return summary;
        }
    }
}
