package io.facescribe.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.facescribe.FaceScribe;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.ImageDescription;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.ImageLimits;
import io.facescribe.qa.Answer;
import io.facescribe.qa.QuestionAnswerer;

/**
 * What the server asks of the library: analyse, describe or answer about one image held in memory, with every
 * failure turned into an {@link ApiException} carrying its HTTP status. Thread-safe.
 */
final class Engine {

    private final FaceScribe faceScribe;
    private final ImageDecoder decoder;
    private final QuestionAnswerer answerer = new QuestionAnswerer();
    /** One describer per way of describing (the seed is given per call), built on first use. */
    private final Map<DescribeOptions, Describer> describers = new ConcurrentHashMap<>();

    Engine(FaceScribe faceScribe, ImageLimits limits) {
        this.faceScribe = faceScribe;
        this.decoder = new ImageDecoder(limits);
    }

    ImageAnalysis analyze(byte[] bytes, String name, AnalysisOptions options) {
        DecodedImage image;
        try {
            image = decoder.decode(bytes, name);
        } catch (ImageDecodeException e) {
            throw refusal(e);
        }
        ImageAnalysis analysis = faceScribe.analyze(image, name, options);
        if (!analysis.ok()) {
            throw new ApiException(500, "analysis_failed", analysis.error());
        }
        return analysis;
    }

    ImageDescription describe(byte[] bytes, String name, AnalysisOptions analysis, DescribeOptions options) {
        ImageAnalysis a = analyze(bytes, name, analysis);
        Describer describer = describers.computeIfAbsent(options.withSeed(0), Describer::create);
        return describer.describe(a, options.seed());
    }

    ImageAnswer ask(byte[] bytes, String name, AnalysisOptions analysis, String question) {
        ImageAnalysis a = analyze(bytes, name, analysis);
        return new ImageAnswer(a, answerer.ask(a, question));
    }

    /** An image's analysis and the answer to a question about it. */
    record ImageAnswer(ImageAnalysis analysis, Answer answer) {
    }

    /** The status of each way an image can fail to decode. */
    static ApiException refusal(ImageDecodeException e) {
        return switch (e.reason()) {
            case EMPTY -> new ApiException(400, "empty_body", e.getMessage());
            case NOT_AN_IMAGE, UNSUPPORTED_FORMAT -> new ApiException(415, "unsupported_format", e.getMessage());
            case TOO_LARGE -> new ApiException(413, "too_large", e.getMessage());
            case CORRUPT -> new ApiException(422, "corrupt", e.getMessage());
            case IO -> new ApiException(422, "unreadable", e.getMessage());
        };
    }
}
