package io.facescribe.face;

import io.facescribe.image.RgbImage;

/**
 * Samples a (rotated) square crop of an image into a network input: {@code size × size} pixels, bilinear,
 * with area averaging when shrinking by more than 1.5×, pixels outside the image black, values mapped
 * linearly from 0..255 to {@code lo..hi}. RGB (3 channels) or grey (1 channel, ITU-R 601 weights).
 */
public final class CropSampler {

    private CropSampler() {
    }

    public static float[] rgb(RgbImage image, Crop crop, int size, float lo, float hi) {
        return sample(image, crop, size, lo, hi, false);
    }

    public static float[] grey(RgbImage image, Crop crop, int size, float lo, float hi) {
        return sample(image, crop, size, lo, hi, true);
    }

    private static float[] sample(RgbImage image, Crop crop, int size, float lo, float hi, boolean grey) {
        int shrink = (int) (crop.side() / size / 1.5);
        if (shrink >= 2) {
            // shrinking a lot: average k×k blocks once (each source pixel read once), then sample that
            return sample(boxShrink(image, crop, shrink), new Crop(crop.centerX() / shrink, crop.centerY() / shrink,
                    crop.side() / shrink, crop.angle()), size, lo, hi, grey);
        }
        int channels = grey ? 1 : 3;
        float[] out = new float[size * size * channels];
        double step = crop.side() / size;
        int taps = step > 1.5 ? Math.min(4, (int) Math.ceil(step)) : 1;
        double cos = Math.cos(crop.angle());
        double sin = Math.sin(crop.angle());
        float scale = (hi - lo) / 255f;
        float[] px = new float[3];
        float[] acc = new float[3];
        int w = image.width();
        int h = image.height();
        for (int v = 0; v < size; v++) {
            for (int u = 0; u < size; u++) {
                acc[0] = acc[1] = acc[2] = 0;
                for (int ty = 0; ty < taps; ty++) {
                    for (int tx = 0; tx < taps; tx++) {
                        double du = (u + (tx + 0.5) / taps - size / 2.0) * step;
                        double dv = (v + (ty + 0.5) / taps - size / 2.0) * step;
                        double x = crop.centerX() + du * cos - dv * sin - 0.5;
                        double y = crop.centerY() + du * sin + dv * cos - 0.5;
                        bilinear(image, w, h, x, y, px);
                        acc[0] += px[0];
                        acc[1] += px[1];
                        acc[2] += px[2];
                    }
                }
                float n = taps * taps;
                int o = (v * size + u) * channels;
                if (grey) {
                    float g = (0.299f * acc[0] + 0.587f * acc[1] + 0.114f * acc[2]) / n;
                    out[o] = lo + g * scale;
                } else {
                    out[o] = lo + acc[0] / n * scale;
                    out[o + 1] = lo + acc[1] / n * scale;
                    out[o + 2] = lo + acc[2] / n * scale;
                }
            }
        }
        return out;
    }

    /**
     * The image shrunk by an integer factor (mean of each k×k block), limited to the blocks the crop can
     * reach; blocks outside that region stay black, as pixels outside an image do.
     */
    private static RgbImage boxShrink(RgbImage image, Crop crop, int k) {
        int w = image.width() / k;
        int h = image.height() / k;
        double reach = crop.side() * Math.sqrt(2) / 2 + 2 * k;
        int x0 = Math.max(0, (int) ((crop.centerX() - reach) / k));
        int x1 = Math.min(w, (int) Math.ceil((crop.centerX() + reach) / k));
        int y0 = Math.max(0, (int) ((crop.centerY() - reach) / k));
        int y1 = Math.min(h, (int) Math.ceil((crop.centerY() + reach) / k));
        byte[] out = new byte[Math.max(1, w) * Math.max(1, h) * 3];
        int[] sum = new int[Math.max(0, x1 - x0) * 3];
        int n = k * k;
        for (int by = y0; by < y1; by++) {
            java.util.Arrays.fill(sum, 0);
            for (int y = by * k; y < by * k + k; y++) {
                int row = (y * image.width() + x0 * k) * 3;
                for (int bx = 0; bx < x1 - x0; bx++) {
                    int o = bx * 3;
                    for (int x = 0; x < k; x++, row += 3) {
                        sum[o] += image.byteAt(row);
                        sum[o + 1] += image.byteAt(row + 1);
                        sum[o + 2] += image.byteAt(row + 2);
                    }
                }
            }
            for (int bx = 0; bx < x1 - x0; bx++) {
                int o = ((by * w) + x0 + bx) * 3;
                out[o] = (byte) ((sum[bx * 3] + n / 2) / n);
                out[o + 1] = (byte) ((sum[bx * 3 + 1] + n / 2) / n);
                out[o + 2] = (byte) ((sum[bx * 3 + 2] + n / 2) / n);
            }
        }
        return RgbImage.of(Math.max(1, w), Math.max(1, h), out);
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
