package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.SearchAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop accuracy search} (a development command): a thin shell over {@link SearchAccuracy}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Measures the face search against labels and prints the Search section of docs/accuracy.md:",
                "P@10 and P@50 of CelebA label-combination queries on the validation faces, and Face2Text",
                "descriptions as queries. RECORDS come from: facescribe build-dataset -i celeba/images -o DIR --assume-face"})
public final class AccuracySearchCommand implements Callable<Integer> {

    @Option(names = "--records", required = true, paramLabel = "FILE", description = "records.jsonl of the CelebA images")
    Path records;

    @Option(names = "--face2text-records", paramLabel = "FILE",
            description = "records of further faces that Face2Text describes (held-out faces)")
    Path face2textRecords;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "queries per length (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "7", description = "query sampling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "report whose Search section is replaced (default in a source checkout: docs/accuracy.md); "
                    + "- prints it")
    String out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isDirectory(dir)) {
            System.err.println("error: data folder " + dir + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        Path work = Files.createTempDirectory("facescribe-search-accuracy");
        try {
            String section = "Produced by `./facescribe-workshop accuracy search --records RECORDS --queries " + queries
                    + " --seed " + seed + "`, RECORDS from `./facescribe build-dataset -i ../shared/datasets/celeba/images"
                    + " -o DIR --assume-face` (7,859 faces, the shipped heads).\n\n"
                    + SearchAccuracy.markdown(records, dir, face2textRecords, queries, seed, work);
            if ("-".equals(out)) {
                System.out.print(section);
            } else {
                Path file = DevelopmentRun.inCheckout(out == null ? null : Path.of(out), "docs/accuracy.md", "--out", spec);
                String page = Files.exists(file) ? Files.readString(file) : "# Accuracy\n";
                DevelopmentRun.write(file, io.facescribe.accuracy.AccuracyReport.mergeSection(page,
                        SearchAccuracy.HEADING, section));
                System.out.println("wrote the Search section of " + file);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
