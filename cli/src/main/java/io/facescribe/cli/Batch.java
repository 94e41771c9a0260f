package io.facescribe.cli;

import io.facescribe.batch.ImageFiles;
import io.facescribe.batch.OrderedParallel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.model.ModelStoreException;

/**
 * Runs one command over every image named on the command line: in parallel, printed in input order, one
 * failed image never stopping the others; the exit status is 0 when all went well, 1 when any image failed
 * or none was found, 2 when the models cannot be had.
 */
final class Batch {

    private Batch() {
    }

    /**
     * @param work    what to do with each image, given the shared FaceScribe
     * @param outcome the analysis inside a result (to count failures)
     * @param line    how a result is printed
     */
    static <T> int run(List<Path> paths, FaceScribeConfig config, int threads,
                       java.util.function.BiFunction<FaceScribe, Path, T> work, Function<T, ImageAnalysis> outcome,
                       Function<T, String> line) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        try (FaceScribe fs = FaceScribe.create(config)) {
            OrderedParallel.run(ImageFiles.expand(paths).iterator(), threads, p -> work.apply(fs, p), result -> {
                total.incrementAndGet();
                if (!outcome.apply(result).ok()) {
                    failed.incrementAndGet();
                }
                out.println(line.apply(result));
            });
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (total.get() == 0) {
            System.err.println("error: no images found in " + paths);
            return 1;
        }
        if (failed.get() > 0) {
            System.err.println(failed.get() + " of " + total.get() + " images failed");
            return 1;
        }
        return 0;
    }
}
