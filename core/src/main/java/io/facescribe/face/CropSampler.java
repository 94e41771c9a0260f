package io.facescribe.face;

import io.facescribe.image.RgbImage;

/**
 * Samples a (rotated) square crop of an image into a network input: {@code size × size} pixels, bilinear,
 * pixels outside the image black, values mapped linearly from 0..255 to {@code lo..hi}; RGB (3 channels) or
 * grey (1 channel, ITU-R 601 weights). Shrinking is anti-aliased: a step of 2 source pixels or more is
 * taken on the image's half-size versions ({@link RgbImage#halved}, 2×2 block means, computed once per image
 * and shared by all its crops) until it is below 2; a step from 1.5 to 2 then blends one bilinear tap on that
 * level with one on the next, coarser level; below 1.5 it is one bilinear tap. No level coarser than the step
 * is used alone, so no detail is lost.
 */
public final class CropSampler {

    /** The largest step (source pixels per output pixel) sampled with one bilinear tap on one level alone. */
    static final double MAX_STEP = 1.5;

    private CropSampler() {
    }

    public static float[] rgb(RgbImage image, Crop crop, int size, float lo, float hi) {
        return sample(image, crop, size, lo, hi, false);
    }

    public static float[] grey(RgbImage image, Crop crop, int size, float lo, float hi) {
        return sample(image, crop, size, lo, hi, true);
    }

    private static float[] sample(RgbImage image, Crop crop, int size, float lo, float hi, boolean grey) {
        double step0 = crop.side() / size;
        boolean halves = image.width() > 1 && image.height() > 1;
        if (step0 >= 2 && halves) {
            // shrinking 2× or more: sample the image's half-size version instead (an image pyramid of 2×2
            // block means, kept with the image), until the step is below 2
            return sample(image.halved(), half(crop), size, lo, hi, grey);
        }
        if (step0 > MAX_STEP && halves) {
            // between 1.5 and 2: blend one tap here with one tap on the half-size image (at step 1, sharp),
            // moving linearly from this level at 1.5 to the half-size one at 2 (no jump at either end)
            float[] fine = oneTap(image, crop, size, lo, hi, grey);
            float[] coarse = sample(image.halved(), half(crop), size, lo, hi, grey);
            float w = (float) ((step0 - MAX_STEP) / (2 - MAX_STEP));
            for (int i = 0; i < fine.length; i++) {
                fine[i] += (coarse[i] - fine[i]) * w;
            }
            return fine;
        }
        return oneTap(image, crop, size, lo, hi, grey);
    }

    private static Crop half(Crop crop) {
        return new Crop(crop.centerX() / 2, crop.centerY() / 2, crop.side() / 2, crop.angle());
    }

    /** One bilinear sample per output pixel, at the pixel's centre. */
    private static float[] oneTap(RgbImage image, Crop crop, int size, float lo, float hi, boolean grey) {
        int channels = grey ? 1 : 3;
        float[] out = new float[size * size * channels];
        double step = crop.side() / size;
        double cos = Math.cos(crop.angle());
        double sin = Math.sin(crop.angle());
        float scale = (hi - lo) / 255f;
        int w = image.width();
        int h = image.height();
        int stride = w * 3;
        // each column's and row's offset from the centre, rotated, once (the same products the per-pixel
        // formula x = cx + du·cos − dv·sin − 0.5, y = cy + du·sin + dv·cos − 0.5 would compute)
        double[] offCos = new double[size];
        double[] offSin = new double[size];
        for (int u = 0; u < size; u++) {
            double d = (u + 0.5 - size / 2.0) * step;
            offCos[u] = d * cos;
            offSin[u] = d * sin;
        }
        double cx = crop.centerX();
        double cy = crop.centerY();
        float[] px = new float[3];
        for (int v = 0; v < size; v++) {
            double dvSin = offSin[v];
            double dvCos = offCos[v];
            for (int u = 0; u < size; u++) {
                double x = cx + offCos[u] - dvSin - 0.5;
                double y = cy + offSin[u] + dvCos - 0.5;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1) {
                    // inside: the four neighbours without bounds checks
                    float fx = (float) (x - x0);
                    float fy = (float) (y - y0);
                    int i = (y0 * w + x0) * 3;
                    int j = i + stride;
                    px[0] = lerp(image.byteAt(i), image.byteAt(i + 3), image.byteAt(j), image.byteAt(j + 3), fx, fy);
                    px[1] = lerp(image.byteAt(i + 1), image.byteAt(i + 4), image.byteAt(j + 1), image.byteAt(j + 4), fx, fy);
                    px[2] = lerp(image.byteAt(i + 2), image.byteAt(i + 5), image.byteAt(j + 2), image.byteAt(j + 5), fx, fy);
                } else {
                    bilinear(image, w, h, x, y, px);
                }
                int o = (v * size + u) * channels;
                if (grey) {
                    out[o] = lo + (0.299f * px[0] + 0.587f * px[1] + 0.114f * px[2]) * scale;
                } else {
                    out[o] = lo + px[0] * scale;
                    out[o + 1] = lo + px[1] * scale;
                    out[o + 2] = lo + px[2] * scale;
                }
            }
        }
        return out;
    }

    /** Bilinear interpolation between four neighbours (a b / d e), the same float steps as {@link #bilinear}. */
    private static float lerp(float a, float b, float d, float e, float fx, float fy) {
        float top = a + (b - a) * fx;
        float bottom = d + (e - d) * fx;
        return top + (bottom - top) * fy;
    }

    private static void bilinear(RgbImage image, int w, int h, double x, double y, float[] px) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        for (int c = 0; c < 3; c++) {
            float a = at(image, w, h, x0, y0, c);
            float b = at(image, w, h, x0 + 1, y0, c);
            float d = at(image, w, h, x0, y0 + 1, c);
            float e = at(image, w, h, x0 + 1, y0 + 1, c);
            float top = a + (b - a) * fx;
            float bottom = d + (e - d) * fx;
            px[c] = top + (bottom - top) * fy;
        }
    }

    private static float at(RgbImage image, int w, int h, int x, int y, int c) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0;
        }
        return image.byteAt((y * w + x) * 3 + c);
    }
}
