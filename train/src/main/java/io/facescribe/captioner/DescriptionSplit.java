package io.facescribe.captioner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed by-image split of the Face2Text descriptions: an image is in validation when the first four bytes
 * of the SHA-256 of its file name ("010094.jpg"), read as an unsigned big-endian number, are 0 modulo 5
 * (about a fifth of the images); every description of an image falls on the same side.
 */
public final class DescriptionSplit {

    public static final String STATEMENT = "validation = images whose SHA-256(file name, UTF-8) has its first four bytes, "
            + "as an unsigned big-endian number, equal to 0 modulo 5; train = the rest (all descriptions of an image on one side)";

    private DescriptionSplit() {
    }

    public static boolean validation(String image) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(image.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return v % 5 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
