package io.facescribe.dataset;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.json.Json;
import io.facescribe.batch.OrderedParallel;

/**
 * The local engine: every input image through {@link RecordMaker} on N threads of one JVM, records
 * appended to {@code records.jsonl} in input order. Memory stays bounded (items are streamed, a few per
 * thread in flight); a restarted run skips what the record file already holds.
 */
public final class LocalBuild {

    private LocalBuild() {
    }

    public static BuildSummary run(DatasetRequest request, FaceScribeConfig config, PrintStream log) {
        ObjectMapper json = Json.mapper();
        List<DatasetInputs.Unit> units = DatasetInputs.units(request.inputs());
        Labels labels = request.labels();
        try (FaceScribe fs = FaceScribe.create(config);
             RecordLog records = openChecked(request, json)) {
            RecordMaker maker = new RecordMaker(fs, request.options(), labels, json);
            BuildSummary summary = new BuildSummary(records.doneCount());
            if (records.repairedBytes() > 0) {
                log.println("repaired " + records.file() + ": cut a torn last line of " + records.repairedBytes()
                        + " bytes left by an interrupted run");
            }
            if (records.doneCount() > 0) {
                log.println("resuming: " + records.doneCount() + " images already done in " + records.file());
            }
            long total = units.stream().allMatch(u -> u instanceof DatasetInputs.FileUnit)
                    ? units.size() - records.doneCount() : -1;
            try (Stream<DatasetItem> items = DatasetInputs.items(units).filter(i -> !records.isDone(i.path()));
                 Progress progress = request.progress() ? Progress.create(total, log, Duration.ofSeconds(10))
                         : Progress.none()) {
                Iterator<DatasetItem> it = items.iterator();
                OrderedParallel.run(it, request.threads(), maker::make, (ObjectNode record) -> {
                    records.append(record.get("path").asText(), record.toString());
                    summary.add(record);
                    progress.step();
                });
            }
            summary.finish();
            return summary;
        }
    }

    private static RecordLog openChecked(DatasetRequest request, ObjectMapper json) {
        ObjectNode provenance = Provenance.of(request.options(), json);
        RunFolder.claim(request.output(), provenance, json);
        return RecordLog.open(request.output());
    }
}
