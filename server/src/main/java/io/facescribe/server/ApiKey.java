package io.facescribe.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The optional API key: clients send it as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. Both
 * sides are hashed first, and the hashes compared in constant time, so neither the key's bytes nor its length
 * leak through timing.
 */
final class ApiKey {

    private final byte[] expected;

    ApiKey(String key) {
        this.expected = sha256(key);
    }

    /** @param authorization the Authorization header or null; @param header the X-API-Key header or null */
    boolean accepts(String authorization, String header) {
        String given = header;
        if (given == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(given));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
