package io.facescribe.image;

import java.util.Objects;

/**
 * The result of {@link ImageDecoder}: upright 8-bit sRGB pixels plus what was learnt about the source.
 *
 * @param image          the pixels, EXIF orientation applied, possibly down-scaled (see {@code subsampling})
 * @param format         container format detected from magic bytes
 * @param originalWidth  full-resolution width as displayed (after EXIF orientation)
 * @param originalHeight full-resolution height as displayed (after EXIF orientation)
 * @param orientation    EXIF orientation that was applied, 1..8 (1 when absent or invalid)
 * @param colourModel    source colour model: "rgb", "rgba", "rgb16", "rgba16", "gray", "graya",
 *                       "gray16", "graya16", "indexed", "cmyk", "ycck" (or "unknown")
 * @param hadAlpha       whether the source had an alpha channel or transparent palette entry
 *                       (composited over white in {@code image})
 * @param subsampling    integer down-scaling factor used while decoding (1 = full resolution):
 *                       pixel (x, y) of {@code image} is pixel (x*s, y*s) of the full-resolution upright image
 */
public record DecodedImage(RgbImage image, ImageFormat format, int originalWidth, int originalHeight,
                           int orientation, String colourModel, boolean hadAlpha, int subsampling) {

    public DecodedImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(colourModel, "colourModel");
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("orientation must be 1..8, got " + orientation);
        }
        if (subsampling < 1) {
            throw new IllegalArgumentException("subsampling must be >= 1, got " + subsampling);
        }
    }

    /** Format name, e.g. "JPEG". */
    public String formatName() {
        return format.displayName();
    }

    public int width() {
        return image.width();
    }

    public int height() {
        return image.height();
    }

    /** Decoded pixels per original pixel: {@code 1.0 / subsampling} (1.0 when not down-scaled). */
    public double scale() {
        return 1.0 / subsampling;
    }

    /** Whether the image was decoded below full resolution. */
    public boolean downscaled() {
        return subsampling > 1;
    }

    /** Maps an x coordinate in {@link #image()} to the full-resolution upright image. */
    public double toOriginalX(double x) {
        return x * subsampling;
    }

    /** Maps a y coordinate in {@link #image()} to the full-resolution upright image. */
    public double toOriginalY(double y) {
        return y * subsampling;
    }
}
