package io.facescribe.image;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Resource limits applied by {@link ImageDecoder}.
 *
 * @param maxPixels     largest accepted image, in pixels (width x height as stored in the file header);
 *                      checked from the header before any pixel is decoded
 * @param maxFileBytes  largest accepted encoded file, in bytes
 * @param maxDecodeSide when &gt; 0, images whose longest side exceeds this are decoded with integer
 *                      source subsampling so that the decoded longest side is &lt;= this value
 *                      (see {@link DecodedImage#subsampling()}); 0 disables down-scaling
 */
@RecordBuilder
public record ImageLimits(long maxPixels, long maxFileBytes, int maxDecodeSide) implements ImageLimitsBuilder.With, java.io.Serializable {

    /** 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    /** 200 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** Longest decoded side; plenty for face detection, which works at ~2000 px or less. */
    public static final int DEFAULT_MAX_DECODE_SIDE = 4096;

    /** 100 MP, 200 MiB, decode at most 4096 px on the longest side. */
    public static final ImageLimits DEFAULT =
            new ImageLimits(DEFAULT_MAX_PIXELS, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DECODE_SIDE);

    public ImageLimits {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be > 0, got " + maxPixels);
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0, got " + maxFileBytes);
        }
        if (maxDecodeSide < 0) {
            throw new IllegalArgumentException("maxDecodeSide must be >= 0 (0 = no down-scaling), got " + maxDecodeSide);
        }
    }

    /** Same limits but always decode at full resolution. */
    public ImageLimits fullResolution() {
        return withMaxDecodeSide(0);
    }

    /**
     * Integer subsampling factor to use for an image of the given (stored) size: 1 when no
     * down-scaling is needed, otherwise the smallest n with ceil(longest / n) &lt;= maxDecodeSide.
     */
    public int subsamplingFor(int width, int height) {
        int longest = Math.max(width, height);
        if (maxDecodeSide <= 0 || longest <= maxDecodeSide) {
            return 1;
        }
        return (int) (((long) longest + maxDecodeSide - 1) / maxDecodeSide);
    }
}
