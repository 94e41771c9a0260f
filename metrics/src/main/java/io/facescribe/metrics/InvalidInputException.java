package io.facescribe.metrics;

/** Bad input: malformed file, missing images, unusable captions. The message is meant for the user. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) { super(message); }

    public InvalidInputException(String message, Throwable cause) { super(message, cause); }
}
