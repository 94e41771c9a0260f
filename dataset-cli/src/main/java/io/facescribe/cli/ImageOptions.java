package io.facescribe.cli;

import io.facescribe.FaceScribeConfig;
import io.facescribe.model.ModelStore;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.image.ImageLimits;
import picocli.CommandLine.Option;

/** The options every command that reads images shares (a picocli mixin). */
final class ImageOptions {

    @Option(names = "--assume-face", description = "each image is already one face (aligned crops, FER images)")
    boolean assumeFace;

    @Option(names = "--faces", paramLabel = "all|largest|N", defaultValue = "all",
            description = "which faces to keep (default: ${DEFAULT-VALUE}); N keeps the N largest")
    String faces;

    @Option(names = "--min-face", paramLabel = "PX", defaultValue = "0",
            description = "drop faces smaller than this many pixels")
    int minFace;

    @Option(names = "--threads", paramLabel = "N", description = "images analysed at once (default: cores)")
    Integer threads;

    @Option(names = "--max-pixels", paramLabel = "N", description = "refuse images with more pixels (default 100 M)")
    Long maxPixels;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "refuse files larger than this (default 200)")
    Long maxFileMb;

    /** @throws IllegalArgumentException with a message for the user when an option is malformed */
    AnalysisOptions analysis(boolean mesh) {
        return new AnalysisOptions(FacePolicy.parse(faces), assumeFace, mesh, minFace);
    }

    FaceScribeConfig config(boolean mesh) {
        ImageLimits limits = ImageLimits.DEFAULT;
        if (maxPixels != null) {
            limits = limits.withMaxPixels(maxPixels);
        }
        if (maxFileMb != null) {
            limits = limits.withMaxFileBytes(maxFileMb * 1024 * 1024);
        }
        return commandLineDefaults().withAnalysis(analysis(mesh)).withLimits(limits);
    }

    /** The library's defaults, but installing missing models on first use, as the command line does. */
    static FaceScribeConfig commandLineDefaults() {
        return FaceScribeConfig.defaults()
                .withInstallFrom(ModelStore.standardSource());
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
