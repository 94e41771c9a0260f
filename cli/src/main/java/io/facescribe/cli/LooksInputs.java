package io.facescribe.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** What the looks commands read ({@code train looks}, {@code accuracy naming}): the data folder and our own looks labels. */
final class LooksInputs {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding celeba/ (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--labels", paramLabel = "FILE",
            defaultValue = "train/src/main/resources/io/facescribe/train/looks/looks-labels.csv",
            description = "our own looks labels (default: ${DEFAULT-VALUE}, run from the project root)")
    Path labels;

    /** The data folder. */
    Path dataDir() {
        return DevelopmentRun.dataDir(data);
    }

    /** The celeba folder, once both it and the labels are found; else null, after saying what is missing. */
    Path celeba() {
        Path celeba = dataDir().resolve("celeba");
        if (!Files.isRegularFile(celeba.resolve("attributes.csv"))) {
            System.err.println("error: " + celeba.resolve("attributes.csv") + " not found; pass --data or set FACESCRIBE_DATA");
            return null;
        }
        if (!Files.isRegularFile(labels)) {
            System.err.println("error: " + labels + " not found; pass --labels (our own looks labels)");
            return null;
        }
        return celeba;
    }
}
