package io.facescribe.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribeConfig;
import io.facescribe.dataset.card.DatasetCard;
import io.facescribe.dataset.export.Export;
import io.facescribe.dataset.spark.HadoopCopy;
import io.facescribe.dataset.spark.SparkBuild;

/**
 * A whole build: records by the local engine or by Spark, then each export asked for, then the data-set card.
 */
public final class DatasetBuild {

    private DatasetBuild() {
    }

    /**
     * @param sparkMaster null for the local engine, else the Spark master ({@code local[2]}, {@code yarn}, …)
     */
    public static BuildSummary run(DatasetRequest request, FaceScribeConfig config, String sparkMaster, boolean card,
                                   PrintStream log) {
        return run(request, config, sparkMaster, card, null, log);
    }

    /**
     * @param copyTo null, or a Hadoop URI ({@code hdfs://…}, {@code s3a://…}) the finished output folder is
     *               copied to (needs the Hadoop client, which Spark brings)
     */
    public static BuildSummary run(DatasetRequest request, FaceScribeConfig config, String sparkMaster, boolean card,
                                   String copyTo, PrintStream log) {
        BuildSummary summary = sparkMaster == null ? LocalBuild.run(request, config, log)
                : SparkBuild.run(request, sparkMaster, config.limits(), log);
        AtomicFiles.writeString(request.output().resolve(RunFolder.SUMMARY_FILE),
                summary.toJson(new com.fasterxml.jackson.databind.ObjectMapper()).toPrettyString() + "\n");
        exports(request, log);
        if (card) {
            card(request, log);
        }
        if (copyTo != null) {
            long start = System.nanoTime();
            HadoopCopy.copy(request.output(), copyTo);
            log.printf("copied %s to %s in %.1f s%n", request.output(), copyTo, (System.nanoTime() - start) / 1e9);
        }
        return summary;
    }

    static void card(DatasetRequest request, PrintStream log) {
        long start = System.nanoTime();
        try (Stream<ObjectNode> records = Records.stream(request.output())) {
            DatasetCard.write(records.iterator(), request.output(), "Data-set card: "
                    + request.output().toAbsolutePath().normalize().getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("the data-set card failed: " + e.getMessage(), e);
        }
        log.printf("card: %s in %.1f s%n", request.output().resolve("card.md"), (System.nanoTime() - start) / 1e9);
    }

    static void exports(DatasetRequest request, PrintStream log) {
        Map<String, Export> all = Export.all(request.exports(), request.options().describe().format().trigger());
        for (String format : request.formats()) {
            Export e = all.get(format);
            if (e == null) {
                continue;
            }
            long start = System.nanoTime();
            try {
                long n = e.write(request.output());
                log.printf("export %s: %,d items in %.1f s%n", format, n, (System.nanoTime() - start) / 1e9);
            } catch (IOException ex) {
                throw new UncheckedIOException("export " + format + " failed: " + ex.getMessage(), ex);
            }
        }
    }
}
