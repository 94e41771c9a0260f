package io.facescribe.server;

import io.facescribe.FaceScribe;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ErrorCode;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.ImageDescription;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.ImageLimits;
import io.facescribe.qa.ImageAnswer;

/**
 * What the server asks of the library: analyse, describe or answer about one image held in memory. Images are
 * decoded here, under the server's limits (--max-bytes, --max-pixels), whatever limits the shared
 * {@link FaceScribe} was built with; every failure becomes an {@link ApiException} with the HTTP status of its
 * {@link ErrorCode}. Thread-safe.
 */
final class Engine {

    private final FaceScribe faceScribe;
    private final ImageDecoder decoder;

    Engine(FaceScribe faceScribe, ImageLimits limits) {
        this.faceScribe = faceScribe;
        this.decoder = new ImageDecoder(limits);
    }

    ImageAnalysis analyze(byte[] bytes, String name, AnalysisOptions options) {
        return ok(faceScribe.analyze(decode(bytes, name), name, options));
    }

    ImageDescription describe(byte[] bytes, String name, AnalysisOptions analysis, DescribeOptions options) {
        return faceScribe.describe(analyze(bytes, name, analysis), options);
    }

    ImageAnswer ask(byte[] bytes, String name, AnalysisOptions analysis, String question) {
        return faceScribe.ask(analyze(bytes, name, analysis), question);
    }

    private DecodedImage decode(byte[] bytes, String name) {
        try {
            return decoder.decode(bytes, name);
        } catch (ImageDecodeException e) {
            throw refusal(ErrorCode.of(e.reason()), e.getMessage());
        }
    }

    private static ImageAnalysis ok(ImageAnalysis analysis) {
        if (!analysis.ok()) {
            throw refusal(analysis.errorCode() == null ? ErrorCode.ANALYSIS_FAILED : analysis.errorCode(), analysis.error());
        }
        return analysis;
    }

    /** The HTTP status of each way an image can fail; the body's code is the library's. */
    static ApiException refusal(ErrorCode code, String message) {
        int status = switch (code) {
            case UNSUPPORTED_FORMAT -> 415;
            case CORRUPT, UNREADABLE -> 422;
            case TOO_LARGE -> 413;
            case ANALYSIS_FAILED -> 500;
        };
        return new ApiException(status, code.json(), forClients(message));
    }

    /** The library names its settings; a client can only send a smaller image (the operator sets the limits). */
    private static String forClients(String message) {
        return message.replace(" (ImageLimits.maxPixels)", "; send a smaller image (the server's --max-pixels)")
                .replace(" (ImageLimits.maxFileBytes)", "; send a smaller image (the server's --max-bytes)")
                .replace("lower ImageLimits.maxPixels or give the JVM more memory (-Xmx)",
                        "send a smaller image");
    }
}
