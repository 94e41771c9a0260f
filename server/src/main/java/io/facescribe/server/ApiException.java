package io.facescribe.server;

/**
 * A request that gets an error response: the HTTP status, a stable code for programs, a message for people and,
 * for refusals, how many seconds to wait before trying again.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    public ApiException(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** 0 when the response carries no Retry-After. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorBody body() {
        return new ErrorBody(status, code, getMessage());
    }

    /** The JSON of every error response. */
    public record ErrorBody(int status, String code, String message) {
    }
}
