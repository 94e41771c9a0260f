package io.facescribe;

import java.nio.file.Path;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FaceAnalyzer;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;
import io.facescribe.model.runtime.NetworkLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: built once from a {@link FaceScribeConfig} (loading and warming every network), then
 * used from any number of threads. Every result is an immutable value; a bad image gives a result with
 * its {@code error} set, never an exception.
 *
 * <pre>{@code
 * try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults())) {
 *     ImageAnalysis a = fs.analyze(Path.of("photo.jpg"));
 *     a.faces().forEach(f -> System.out.println(f.gender().label() + " " + f.age().years()));
 * }
 * }</pre>
 */
public final class FaceScribe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaceScribe.class);

    private final FaceScribeConfig config;
    private final ImageDecoder decoder;
    private final FaceAnalyzer analyzer;

    private FaceScribe(FaceScribeConfig config) {
        this.config = config;
        if (config.installModels()) {
            config.store().install(config.modelSource());
        }
        this.decoder = new ImageDecoder(config.limits());
        long start = System.nanoTime();
        this.analyzer = new FaceAnalyzer(new NetworkLoader(config.store()), config.detection(), config.demographics());
        LOG.debug("networks loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    public static FaceScribe create(FaceScribeConfig config) {
        return new FaceScribe(config);
    }

    public FaceScribeConfig config() {
        return config;
    }

    public ImageAnalysis analyze(Path image) {
        return analyze(image, config.analysis());
    }

    public ImageAnalysis analyze(Path image, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyze(decoder.decode(image), image.toString(), options);
        } catch (ImageDecodeException e) {
            return ImageAnalysis.failed(image.toString(), e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    public ImageAnalysis analyze(byte[] bytes, String name, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyze(decoder.decode(bytes, name), name, options);
        } catch (ImageDecodeException e) {
            return ImageAnalysis.failed(name, e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    public ImageAnalysis analyze(DecodedImage image, String name, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyzer.analyze(image, name, options);
        } catch (RuntimeException e) {
            LOG.warn("analysis of {} failed", name, e);
            return ImageAnalysis.failed(name, "analysis failed: " + e, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
