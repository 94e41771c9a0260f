package io.facescribe.server;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Duration;
import java.util.Objects;

import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.style.StyleProfile;

/**
 * How the HTTP service runs.
 *
 * @param host        address to bind (127.0.0.1 unless told otherwise)
 * @param port        TCP port; 0 picks a free one
 * @param concurrency images analysed at once
 * @param queue       requests that may wait for a free worker, more refused at once with 429; or {@link #BY_DEADLINE}:
 *                    as many as can finish within the timeout at the measured rate
 * @param maxBytes    largest request body accepted
 * @param maxPixels   largest image accepted, from its header (width x height)
 * @param timeout     deadline of one request, waiting included (504 past it)
 * @param drain       how long a stop waits for the requests in flight
 * @param apiKey      the key clients must send, or null for none
 * @param corsOrigin  the origin allowed to call the API from a browser, or null for none (CORS off)
 * @param describe    the caption defaults (and the LLM settings, when the operator gave them) requests start from
 * @param styles      style profiles a request may name ({@code style=NAME}), by name ({@code serve --styles DIR})
 */
@RecordBuilder
public record ServerSettings(String host, int port, int concurrency, int queue, long maxBytes, long maxPixels,
                             Duration timeout, Duration drain, String apiKey, String corsOrigin,
                             DescribeOptions describe, java.util.Map<String, StyleProfile> styles) implements ServerSettingsBuilder.With {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(describe, "describe");
        styles = styles == null ? java.util.Map.of() : java.util.Map.copyOf(styles);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535, got " + port);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be 1 or more, got " + concurrency);
        }
        if (queue < BY_DEADLINE) {
            throw new IllegalArgumentException("--queue must be 0 or more (or left out: admitted by deadline), got "
                    + queue);
        }
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("--max-bytes must be 1 to " + (Integer.MAX_VALUE - 16) + ", got " + maxBytes);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("--max-pixels must be 1 or more, got " + maxPixels);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be more than 0 seconds");
        }
        if (apiKey != null && apiKey.isEmpty()) {
            throw new IllegalArgumentException("the API key is empty; set the variable named by --api-key-env");
        }
    }

    /**
     * The queue of the defaults: a request waits when what is ahead of it, at the measured rate, can finish within
     * the request deadline.
     */
    public static final int BY_DEADLINE = -1;

    /**
     * 127.0.0.1:8080, as many workers as cores, admission by deadline, 20 MB, 40 MP, 30 s, no key, no CORS.
     */
    public static ServerSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings("127.0.0.1", 8080, cores, BY_DEADLINE, DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS,
                Duration.ofSeconds(30), Duration.ofSeconds(20), null, null, DescribeOptions.defaults(), java.util.Map.of());
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", concurrency=" + concurrency + ", queue=" + queue
                + ", maxBytes=" + maxBytes + ", maxPixels=" + maxPixels + ", timeout=" + timeout + ", drain=" + drain
                + ", apiKey=" + (apiKey == null ? "none" : "set") + ", corsOrigin=" + corsOrigin + ", styles="
                + new java.util.TreeSet<>(styles.keySet()) + "]";
    }
}
