package io.facescribe.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.facescribe.dataset.export.ExportOptions;

/**
 * One build: inputs, output folder, options, labels, threads, exports and whether to show progress.
 *
 * @param formats export formats beside the records: jsonl (the records themselves, always written),
 *                diffusers, kohya, parquet, wds
 * @param exports kohya's folder name, the caption sidecars' extension and what happens to existing ones
 */
public record DatasetRequest(List<Path> inputs, Path output, BuildOptions options, Labels labels, int threads,
                             Set<String> formats, boolean progress, ExportOptions exports) {

    public static final Set<String> FORMATS = Set.of("jsonl", "diffusers", "kohya", "parquet", "wds");

    public DatasetRequest {
        inputs = List.copyOf(inputs);
        formats = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(formats));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input given");
        }
        for (String f : formats) {
            if (!FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown --format " + f + "; known: jsonl, diffusers, kohya, parquet, wds");
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more");
        }
        if (exports == null) {
            exports = ExportOptions.defaults();
        }
    }

    public DatasetRequest(List<Path> inputs, Path output, BuildOptions options, Labels labels, int threads,
                          Set<String> formats, boolean progress) {
        this(inputs, output, options, labels, threads, formats, progress, ExportOptions.defaults());
    }
}
