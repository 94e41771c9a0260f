package io.facescribe.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.facescribe.FaceScribe;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;

/**
 * Whole-image latency of {@link FaceScribe#analyze} per photo, one thread: on the decoded image with the largest
 * face only (what {@code bench.mjs} times: no file decoding, one face), and from the file with every face (what a
 * user of {@code ./facescribe analyze} waits for).
 */
public final class WholeImage {

    /** One photo's figures. */
    public record Result(String file, int width, int height, int faces, Stats largestDecoded, int allFaces,
                         Stats allFromFile) {
    }

    private WholeImage() {
    }

    public static List<Result> run(FaceScribe fs, List<Path> photos, int warmup, int runs) {
        ImageDecoder decoder = new ImageDecoder(fs.config().limits());
        AnalysisOptions largest = fs.config().analysis().withFaces(io.facescribe.analysis.FacePolicy.LARGEST);
        AnalysisOptions all = fs.config().analysis();
        List<Result> results = new ArrayList<>();
        for (Path p : photos) {
            DecodedImage d;
            try {
                d = decoder.decode(p);
            } catch (ImageDecodeException e) {
                throw new IllegalArgumentException("cannot decode " + p + ": " + e.getMessage(), e);
            }
            String name = p.getFileName().toString();
            ImageAnalysis[] last = new ImageAnalysis[2];
            Stats one = Harness.time(warmup, runs, i -> last[0] = fs.analyze(d, name, largest));
            Stats every = Harness.time(Math.min(1, warmup), runs, i -> last[1] = fs.analyze(p, all));
            results.add(new Result(name, d.originalWidth(), d.originalHeight(), last[0].faces().size(), one,
                    last[1].faces().size(), every));
        }
        return results;
    }
}
