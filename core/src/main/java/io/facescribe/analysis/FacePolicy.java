package io.facescribe.analysis;

import io.facescribe.OptionException;

/**
 * Which faces of an image to describe: all of them, only the largest, or at most N (largest first).
 *
 * @param maxFaces the most faces kept; {@link Integer#MAX_VALUE} for all
 */
public record FacePolicy(int maxFaces) implements java.io.Serializable {

    public static final FacePolicy ALL = new FacePolicy(Integer.MAX_VALUE);
    public static final FacePolicy LARGEST = new FacePolicy(1);

    public FacePolicy {
        if (maxFaces < 1) {
            throw new IllegalArgumentException("a face policy keeps at least one face, got " + maxFaces);
        }
    }

    /** Parses {@code all}, {@code largest} or a positive number. */
    public static FacePolicy parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("all")) {
            return ALL;
        }
        if (t.equals("largest")) {
            return LARGEST;
        }
        try {
            return new FacePolicy(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new OptionException("faces", "takes all, largest or a positive number, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return maxFaces == Integer.MAX_VALUE ? "all" : maxFaces == 1 ? "largest" : Integer.toString(maxFaces);
    }
}
