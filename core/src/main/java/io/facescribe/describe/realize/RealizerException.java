package io.facescribe.describe.realize;

/** A realizer could not write a caption (server down, timeout, bad answer); the describer falls back. */
public class RealizerException extends RuntimeException {
    public RealizerException(String message) {
        super(message);
    }

    public RealizerException(String message, Throwable cause) {
        super(message, cause);
    }
}
