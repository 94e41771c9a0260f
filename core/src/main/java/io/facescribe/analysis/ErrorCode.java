package io.facescribe.analysis;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.facescribe.image.ImageDecodeException;

/**
 * Why an image has no analysis. Callers branch on this (an HTTP status, an exit code, a retry) instead of
 * parsing {@link ImageAnalysis#error()}, which stays a message for people. Written in JSON as
 * {@code "errorCode": "too_large"}.
 */
public enum ErrorCode {
    /** The file could not be read: missing, a folder, no permission, an I/O error, or zero bytes. */
    UNREADABLE,
    /** The bytes are not an image, or an image format that is not read (TIFF, HEIC, ...). */
    UNSUPPORTED_FORMAT,
    /** Over a limit of {@link io.facescribe.image.ImageLimits} (pixels, bytes) or out of memory while decoding. */
    TOO_LARGE,
    /** A known format, but truncated or damaged. */
    CORRUPT,
    /** The image was decoded but analysing it failed: a fault in FaceScribe or the model runtime, logged. */
    ANALYSIS_FAILED;

    /** The code of a decode failure. */
    public static ErrorCode of(ImageDecodeException.Reason reason) {
        return switch (reason) {
            case EMPTY, IO -> UNREADABLE;
            case NOT_AN_IMAGE, UNSUPPORTED_FORMAT -> UNSUPPORTED_FORMAT;
            case TOO_LARGE -> TOO_LARGE;
            case CORRUPT -> CORRUPT;
        };
    }

    /** The JSON spelling: lower case with underscores. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
