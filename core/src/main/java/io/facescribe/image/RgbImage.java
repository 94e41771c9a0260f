package io.facescribe.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable 8-bit sRGB image: {@code width x height} pixels stored row-major as packed
 * {@code R,G,B} bytes (3 bytes per pixel, no padding, no alpha).
 *
 * <p>The pixel array is private and never handed out; accessors read it directly (no copies on the
 * hot path) and the {@code copy*} methods write into caller-supplied arrays. Equality is by content.
 */
public final class RgbImage {

    private final int width;
    private final int height;
    private final byte[] rgb;
    /** {@link #halved()}, computed on first use (a benign race: two threads may both compute the same image). */
    private volatile RgbImage half;

    private RgbImage(int width, int height, byte[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Wraps without copying: only for arrays nobody else holds. */
    static RgbImage wrap(int width, int height, byte[] rgb) {
        checkSize(width, height, rgb.length);
        return new RgbImage(width, height, rgb);
    }

    /** The backing array, for package-internal in-place pipelines only; never expose it. */
    byte[] internalArray() {
        return rgb;
    }

    /** Creates an image from packed R,G,B bytes (row-major, length {@code width*height*3}); the array is copied. */
    public static RgbImage of(int width, int height, byte[] rgb) {
        Objects.requireNonNull(rgb, "rgb");
        checkSize(width, height, rgb.length);
        return new RgbImage(width, height, rgb.clone());
    }

    /** Creates an image from {@code 0xRRGGBB} ints (row-major, length {@code width*height}; high byte ignored). */
    public static RgbImage ofPackedRgb(int width, int height, int[] pixels) {
        Objects.requireNonNull(pixels, "pixels");
        if ((long) width * height != pixels.length) {
            throw new IllegalArgumentException("expected " + (long) width * height + " pixels, got " + pixels.length);
        }
        byte[] out = new byte[byteLength(width, height)];
        for (int i = 0, o = 0; i < pixels.length; i++, o += 3) {
            int p = pixels[i];
            out[o] = (byte) (p >>> 16);
            out[o + 1] = (byte) (p >>> 8);
            out[o + 2] = (byte) p;
        }
        return new RgbImage(width, height, out);
    }

    /** An image of one colour ({@code 0xRRGGBB}). */
    public static RgbImage filled(int width, int height, int rgbColour) {
        byte[] out = new byte[byteLength(width, height)];
        byte r = (byte) (rgbColour >>> 16);
        byte g = (byte) (rgbColour >>> 8);
        byte b = (byte) rgbColour;
        for (int o = 0; o < out.length; o += 3) {
            out[o] = r;
            out[o + 1] = g;
            out[o + 2] = b;
        }
        return new RgbImage(width, height, out);
    }

    /**
     * Converts any {@link BufferedImage} to 8-bit sRGB. Alpha is composited over white; 16-bit
     * samples are rounded to 8 bits; grey samples are replicated to R=G=B (treated as
     * gamma-encoded grey, as JPEG/PNG store them); indexed images are looked up in their palette.
     * Common layouts (3BYTE_BGR, 4BYTE_ABGR, INT_RGB/ARGB/BGR, BYTE_GRAY, USHORT_GRAY, 16-bit
     * interleaved) are read straight from the raster; anything else goes through {@code getRGB}.
     */
    public static RgbImage fromBufferedImage(BufferedImage image) {
        return PixelConverter.convert(Objects.requireNonNull(image, "image"));
    }

    static int byteLength(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        long n = (long) width * height * 3;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image " + width + "x" + height + " is too large for one array");
        }
        return (int) n;
    }

    private static void checkSize(int width, int height, int length) {
        int expected = byteLength(width, height);
        if (expected != length) {
            throw new IllegalArgumentException("expected " + expected + " bytes for " + width + "x" + height
                    + " RGB, got " + length);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int pixelCount() {
        return width * height;
    }

    private int offset(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + "," + y + ") outside " + width + "x" + height);
        }
        return (y * width + x) * 3;
    }

    /** Red, 0..255. */
    public int r(int x, int y) {
        return rgb[offset(x, y)] & 0xFF;
    }

    /** Green, 0..255. */
    public int g(int x, int y) {
        return rgb[offset(x, y) + 1] & 0xFF;
    }

    /** Blue, 0..255. */
    public int b(int x, int y) {
        return rgb[offset(x, y) + 2] & 0xFF;
    }

    /** Packed {@code 0xRRGGBB}. */
    public int rgb(int x, int y) {
        int o = offset(x, y);
        return (rgb[o] & 0xFF) << 16 | (rgb[o + 1] & 0xFF) << 8 | (rgb[o + 2] & 0xFF);
    }

    /** Raw byte (0..255) at index {@code i} of the packed R,G,B array (no bounds beyond the array's own). */
    /**
     * This image at half the width and height, rounded up (each output pixel the rounded mean of a 2×2 block;
     * an odd last row or column is averaged with itself), computed once and kept with the image, so that every crop shrunk from it
     * shares one image pyramid.
     */
    public RgbImage halved() {
        RgbImage h = half;
        if (h == null) {
            h = shrink2();
            half = h;
        }
        return h;
    }

    private RgbImage shrink2() {
        int w = (width + 1) / 2;
        int hh = (height + 1) / 2;
        int pairs = width / 2; // output columns made of two source columns (an odd last one uses its column twice)
        byte[] out = new byte[byteLength(w, hh)];
        int stride = width * 3;
        for (int y = 0; y < hh; y++) {
            int t = 2 * y * stride;
            int b = Math.min(2 * y + 1, height - 1) * stride;
            int o = y * w * 3;
            for (int x = 0; x < pairs; x++, t += 6, b += 6) {
                out[o++] = mean4(rgb[t], rgb[t + 3], rgb[b], rgb[b + 3]);
                out[o++] = mean4(rgb[t + 1], rgb[t + 4], rgb[b + 1], rgb[b + 4]);
                out[o++] = mean4(rgb[t + 2], rgb[t + 5], rgb[b + 2], rgb[b + 5]);
            }
            if (pairs < w) {
                for (int c = 0; c < 3; c++) {
                    out[o++] = mean4(rgb[t + c], rgb[t + c], rgb[b + c], rgb[b + c]);
                }
            }
        }
        return new RgbImage(w, hh, out);
    }

    private static byte mean4(byte a, byte b, byte c, byte d) {
        return (byte) (((a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF) + 2) >> 2);
    }

    /** Bilinear RGB in 0..1 at pixel-centre coordinates {@code (x, y)}, black outside the image, into {@code px[0..2]}. */
    public void sampleRgb(double x, double y, double[] px) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        for (int c = 0; c < 3; c++) {
            double top = channelOrBlack(x0, y0, c) * (1 - ax) + channelOrBlack(x0 + 1, y0, c) * ax;
            double bottom = channelOrBlack(x0, y0 + 1, c) * (1 - ax) + channelOrBlack(x0 + 1, y0 + 1, c) * ax;
            px[c] = (top * (1 - ay) + bottom * ay) / 255.0;
        }
    }

    private int channelOrBlack(int x, int y, int c) {
        if (x < 0 || y < 0 || x >= width() || y >= height()) {
            return 0;
        }
        return byteAt((y * width() + x) * 3 + c);
    }

    /** Rec. 601 luma of an RGB triple. */
    public static double luma(double[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
    }

    public int byteAt(int index) {
        return rgb[index] & 0xFF;
    }

    /** Copies row {@code y} (width*3 bytes, R,G,B) into {@code dst} at {@code dstOffset}. */
    public void copyRow(int y, byte[] dst, int dstOffset) {
        if (y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("row " + y + " outside 0.." + (height - 1));
        }
        System.arraycopy(rgb, y * width * 3, dst, dstOffset, width * 3);
    }

    /**
     * Copies the region {@code (x, y, w, h)} as packed R,G,B rows (w*3 bytes each, no padding) into
     * {@code dst} at {@code dstOffset}.
     */
    public void copyRegion(int x, int y, int w, int h, byte[] dst, int dstOffset) {
        checkRegion(x, y, w, h);
        int rowBytes = w * 3;
        for (int row = 0; row < h; row++) {
            System.arraycopy(rgb, ((y + row) * width + x) * 3, dst, dstOffset + row * rowBytes, rowBytes);
        }
    }

    /** Copies all pixels (width*height*3 bytes, R,G,B) into {@code dst} at {@code dstOffset}. */
    public void copyTo(byte[] dst, int dstOffset) {
        System.arraycopy(rgb, 0, dst, dstOffset, rgb.length);
    }

    /** A fresh copy of the packed R,G,B bytes. */
    public byte[] toByteArray() {
        return rgb.clone();
    }

    /** A fresh array of {@code 0xRRGGBB} ints, row-major. */
    public int[] toPackedRgb() {
        int[] out = new int[width * height];
        for (int i = 0, o = 0; i < out.length; i++, o += 3) {
            out[i] = (rgb[o] & 0xFF) << 16 | (rgb[o + 1] & 0xFF) << 8 | (rgb[o + 2] & 0xFF);
        }
        return out;
    }

    /** A new {@link BufferedImage#TYPE_3BYTE_BGR} image with the same pixels. */
    public BufferedImage toBufferedImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int o = 0; o < rgb.length; o += 3) {
            dst[o] = rgb[o + 2];
            dst[o + 1] = rgb[o + 1];
            dst[o + 2] = rgb[o];
        }
        return out;
    }

    /** The sub-image {@code (x, y, w, h)}; must lie inside this image. */
    public RgbImage crop(int x, int y, int w, int h) {
        checkRegion(x, y, w, h);
        if (x == 0 && y == 0 && w == width && h == height) {
            return this;
        }
        byte[] out = new byte[w * h * 3];
        copyRegion(x, y, w, h, out, 0);
        return new RgbImage(w, h, out);
    }

    private void checkRegion(int x, int y, int w, int h) {
        if (w <= 0 || h <= 0 || x < 0 || y < 0 || (long) x + w > width || (long) y + h > height) {
            throw new IndexOutOfBoundsException("region (" + x + "," + y + " " + w + "x" + h + ") not inside "
                    + width + "x" + height);
        }
    }

    /**
     * True when nearly all pixels are grey: at least 99% of pixels have
     * {@code max(|R-G|, |G-B|, |R-B|) <= tolerance}. Use this to flag black-and-white photos
     * (a tolerance of ~8-12 absorbs JPEG chroma noise and slight toning).
     */
    public boolean isGreyscale(int tolerance) {
        return isGreyscale(tolerance, 0.99);
    }

    /**
     * True when at least {@code minFraction} (0..1) of the pixels have
     * {@code max(|R-G|, |G-B|, |R-B|) <= tolerance}.
     */
    public boolean isGreyscale(int tolerance, double minFraction) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0");
        }
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw new IllegalArgumentException("minFraction must be in [0,1]");
        }
        long total = (long) width * height;
        long allowedColoured = (long) Math.floor(total * (1.0 - minFraction));
        long coloured = 0;
        for (int o = 0; o < rgb.length; o += 3) {
            int r = rgb[o] & 0xFF;
            int g = rgb[o + 1] & 0xFF;
            int b = rgb[o + 2] & 0xFF;
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            if (max - min > tolerance && ++coloured > allowedColoured) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every {@code step}-th pixel in each direction starting at (0,0) (nearest-neighbour
     * down-sampling); the result is {@code ceil(width/step) x ceil(height/step)}.
     */
    public RgbImage subsample(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be >= 1");
        }
        if (step == 1) {
            return this;
        }
        int w = (width + step - 1) / step;
        int h = (height + step - 1) / step;
        byte[] out = new byte[w * h * 3];
        int o = 0;
        for (int y = 0; y < h; y++) {
            int rowBase = y * step * width;
            for (int x = 0; x < w; x++) {
                int s = (rowBase + x * step) * 3;
                out[o++] = rgb[s];
                out[o++] = rgb[s + 1];
                out[o++] = rgb[s + 2];
            }
        }
        return new RgbImage(w, h, out);
    }

    /**
     * Applies an EXIF orientation (1..8) so that the result is the image as it should be
     * displayed. Orientation 1 (or any value outside 1..8) returns this image; 5..8 swap width
     * and height.
     *
     * <pre>
     * 1 normal            2 mirror horizontal     3 rotate 180          4 mirror vertical
     * 5 transpose         6 rotate 90 clockwise   7 transverse          8 rotate 90 counter-clockwise
     * </pre>
     */
    public RgbImage withExifOrientation(int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return this;
        }
        boolean swap = orientation >= 5;
        int outW = swap ? height : width;
        int outH = swap ? width : height;
        // source (sx, sy) is affine in output (x, y): sx = ax*x + bx*y + cx, sy = ay*x + by*y + cy
        int w1 = width - 1;
        int h1 = height - 1;
        int[] c = switch (orientation) {
            //          ax  bx  cx  ay  by  cy
            case 2 -> new int[] {-1, 0, w1, 0, 1, 0};
            case 3 -> new int[] {-1, 0, w1, 0, -1, h1};
            case 4 -> new int[] {1, 0, 0, 0, -1, h1};
            case 5 -> new int[] {0, 1, 0, 1, 0, 0};
            case 6 -> new int[] {0, 1, 0, -1, 0, h1};
            case 7 -> new int[] {0, -1, w1, -1, 0, h1};
            default -> new int[] {0, -1, w1, 1, 0, 0}; // 8
        };
        int stepX = (c[0] + c[3] * width) * 3;
        int stepY = (c[1] + c[4] * width) * 3;
        int start = (c[2] + c[5] * width) * 3;
        byte[] out = new byte[rgb.length];
        int o = 0;
        for (int y = 0; y < outH; y++) {
            int s = start + y * stepY;
            for (int x = 0; x < outW; x++, s += stepX) {
                out[o++] = rgb[s];
                out[o++] = rgb[s + 1];
                out[o++] = rgb[s + 2];
            }
        }
        return new RgbImage(outW, outH, out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof RgbImage other && width == other.width && height == other.height
                && Arrays.equals(rgb, other.rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
