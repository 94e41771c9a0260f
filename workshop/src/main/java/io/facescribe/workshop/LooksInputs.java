package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** What the looks commands read ({@code train looks}, {@code accuracy naming}): the data folder and our own looks labels. */
final class LooksInputs {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding celeba/ (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    /** Where our own looks labels are kept in a source checkout. */
    static final String LABELS = "train/src/main/resources/io/facescribe/train/looks/";

    @Option(names = "--labels", paramLabel = "FILE",
            description = "our own looks labels (default in a source checkout: " + LABELS + "looks-labels.csv)")
    Path labels;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** The labels file: the one given, else the checkout's. */
    Path labels() {
        return DevelopmentRun.inCheckout(labels, LABELS + "looks-labels.csv", "--labels", spec);
    }

    /** The data folder. */
    Path dataDir() {
        return DevelopmentRun.dataDir(data);
    }

    /** The celeba folder, once both it and the labels are found; else null, after saying what is missing. */
    Path celeba() {
        Path labels = labels();
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
