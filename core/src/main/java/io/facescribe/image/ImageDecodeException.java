package io.facescribe.image;

import java.util.Objects;

/**
 * An image could not be decoded. The message says what is wrong and, where there is something the
 * user can do, what to do; {@link #reason()} lets callers map failures (e.g. to exit codes) without
 * parsing messages.
 */
public class ImageDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Broad category of a decode failure. */
    public enum Reason {
        /** File has zero bytes. */
        EMPTY,
        /** The bytes are not any known image format. */
        NOT_AN_IMAGE,
        /** A recognised image format that this decoder does not read (TIFF, HEIC, ...). */
        UNSUPPORTED_FORMAT,
        /** Over a configured {@link ImageLimits} limit (pixels or file size) or out of memory. */
        TOO_LARGE,
        /** Truncated or corrupt data. */
        CORRUPT,
        /** The file could not be read (missing, permissions, I/O error). */
        IO
    }

    private final Reason reason;

    public ImageDecodeException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ImageDecodeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
