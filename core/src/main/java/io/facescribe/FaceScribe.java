package io.facescribe;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ErrorCode;
import io.facescribe.analysis.FaceAnalyzer;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.ImageDescription;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.qa.ImageAnswer;
import io.facescribe.qa.QuestionAnswerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: built once from a {@link FaceScribeConfig} (loading and warming every network), then
 * used from any number of threads. It analyses, describes and answers questions about images given as
 * paths, bytes or decoded images. Every result is an immutable value; an image that cannot be analysed gives
 * a result with its {@code error} and {@code errorCode} set, never an exception.
 *
 * <pre>{@code
 * try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults())) {
 *     ImageDescription d = fs.describe(Path.of("photo.jpg"), DescribeOptions.defaults().withCaptions(3));
 *     d.faces().forEach(f -> System.out.println(f.captions().get(0).text()));
 *     System.out.println(fs.ask(Path.of("photo.jpg"), "How old is she?").answer().text());
 * }
 * }</pre>
 */
public final class FaceScribe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaceScribe.class);
    private static final int MAX_DESCRIBERS = 64;

    private final FaceScribeConfig config;
    private final ImageDecoder decoder;
    private final FaceAnalyzer analyzer;
    private final QuestionAnswerer answerer = new QuestionAnswerer();
    /** Describers by options (seed left out): an LLM realizer's connection, cache and request bound are shared. */
    private final Map<DescribeOptions, Describer> describers = new ConcurrentHashMap<>();

    private FaceScribe(FaceScribeConfig config) {
        this.config = config;
        config.installSource().ifPresent(source -> config.store().install(source));
        this.decoder = new ImageDecoder(config.limits());
        long start = System.nanoTime();
        this.analyzer = new FaceAnalyzer(new NetworkLoader(config.store()), config.detection(), config.demographics(),
                config.attributes());
        LOG.debug("networks loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Loads every network the analysis needs.
     *
     * @throws io.facescribe.model.ModelStoreException when a model is missing (the message says how to install
     *                                                 it) and the config names no source to install from
     */
    public static FaceScribe create(FaceScribeConfig config) {
        return new FaceScribe(config);
    }

    public FaceScribeConfig config() {
        return config;
    }

    // ---- analyze

    public ImageAnalysis analyze(Path image) {
        return analyze(image, config.analysis());
    }

    public ImageAnalysis analyze(Path image, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyze(decoder.decode(image), image.toString(), options);
        } catch (ImageDecodeException e) {
            return failed(image.toString(), e, start);
        }
    }

    public ImageAnalysis analyze(byte[] bytes, String name, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyze(decoder.decode(bytes, name), name, options);
        } catch (ImageDecodeException e) {
            return failed(name, e, start);
        }
    }

    /**
     * Analyses a decoded image. A fault inside the analysis (a bug, the model runtime) is logged with its
     * stack trace and reported as {@link ErrorCode#ANALYSIS_FAILED} naming the exception's class.
     */
    public ImageAnalysis analyze(DecodedImage image, String name, AnalysisOptions options) {
        long start = System.nanoTime();
        try {
            return analyzer.analyze(image, name, options);
        } catch (RuntimeException e) {
            LOG.error("analysis of {} failed", name, e);
            return ImageAnalysis.failed(name, ErrorCode.ANALYSIS_FAILED, "analysis failed: " + e, millisSince(start));
        }
    }

    // ---- describe

    public ImageDescription describe(Path image) {
        return describe(image, config.analysis(), config.description());
    }

    public ImageDescription describe(Path image, DescribeOptions options) {
        return describe(image, config.analysis(), options);
    }

    public ImageDescription describe(Path image, AnalysisOptions analysis, DescribeOptions options) {
        return describe(analyze(image, analysis), options);
    }

    public ImageDescription describe(byte[] bytes, String name, AnalysisOptions analysis, DescribeOptions options) {
        return describe(analyze(bytes, name, analysis), options);
    }

    public ImageDescription describe(DecodedImage image, String name, AnalysisOptions analysis,
                                     DescribeOptions options) {
        return describe(analyze(image, name, analysis), options);
    }

    /** Describes an analysis made earlier (e.g. to draw more captions without analysing again). */
    public ImageDescription describe(ImageAnalysis analysis, DescribeOptions options) {
        return describer(options).describe(analysis, options.seed());
    }

    // ---- ask

    /** Answers a question about the largest face (or the photo, for "how many"), from what was measured. */
    public ImageAnswer ask(Path image, String question) {
        return ask(image, config.analysis(), question);
    }

    public ImageAnswer ask(Path image, AnalysisOptions analysis, String question) {
        return ask(analyze(image, analysis), question);
    }

    public ImageAnswer ask(byte[] bytes, String name, AnalysisOptions analysis, String question) {
        return ask(analyze(bytes, name, analysis), question);
    }

    public ImageAnswer ask(DecodedImage image, String name, AnalysisOptions analysis, String question) {
        return ask(analyze(image, name, analysis), question);
    }

    /** Answers a question from an analysis made earlier. */
    public ImageAnswer ask(ImageAnalysis analysis, String question) {
        return new ImageAnswer(analysis, answerer.ask(analysis, question));
    }

    @Override
    public void close() {
        analyzer.close();
    }

    private Describer describer(DescribeOptions options) {
        DescribeOptions key = options.withSeed(0);
        Describer d = describers.get(key);
        if (d == null) {
            if (describers.size() >= MAX_DESCRIBERS) {
                describers.clear();
            }
            d = describers.computeIfAbsent(key, Describer::create);
        }
        return d;
    }

    private static ImageAnalysis failed(String name, ImageDecodeException e, long start) {
        return ImageAnalysis.failed(name, ErrorCode.of(e.reason()), e.getMessage(), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
