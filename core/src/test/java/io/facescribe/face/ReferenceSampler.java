package io.facescribe.face;

import io.facescribe.image.RgbImage;

/**
 * The plain per-pixel form of {@link CropSampler}'s bilinear sampling (every tap's position computed from
 * scratch, every neighbour read with a bounds check), kept as the oracle its faster loop must match bit for bit.
 */
final class ReferenceSampler {

    private ReferenceSampler() {
    }

    static float[] sample(RgbImage image, Crop crop, int size, float lo, float hi, boolean grey) {
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
