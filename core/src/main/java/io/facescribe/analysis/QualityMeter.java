package io.facescribe.analysis;

import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.image.RgbImage;

/**
 * Blur of a face and colourlessness of an image. Sharpness is the variance of the Laplacian of the grey
 * face (at its own resolution, at most 128×128) divided by the variance of the grey values (so contrast and size do not matter); a
 * black-and-white image is one where almost no pixel has any chroma.
 */
public final class QualityMeter {

    public static final double BLURRY_BELOW = 0.035;
    public static final int CHROMA_THRESHOLD = 14;
    public static final double COLOUR_FRACTION = 0.01;
    private static final int MAX_SIZE = 128;
    private static final int MIN_SIZE = 32;

    private QualityMeter() {
    }

    /** Measured at the face's own resolution up to 128 px, so small faces are not blurred by up-sampling. */
    public static double sharpness(RgbImage image, Crop face) {
        Crop inner = face.scaled(0.8);
        final int size = (int) Math.max(MIN_SIZE, Math.min(MAX_SIZE, Math.round(inner.side())));
        float[] g = CropSampler.grey(image, inner, size, 0f, 1f);
        double sum = 0, sq = 0, lsum = 0, lsq = 0;
        int n = 0;
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                int i = y * size + x;
                double lap = g[i - 1] + g[i + 1] + g[i - size] + g[i + size] - 4 * g[i];
                lsum += lap;
                lsq += lap * lap;
                sum += g[i];
                sq += g[i] * g[i];
                n++;
            }
        }
        double var = sq / n - (sum / n) * (sum / n);
        double lvar = lsq / n - (lsum / n) * (lsum / n);
        return var <= 1e-9 ? 0 : lvar / var;
    }

    /** Fraction of sampled pixels with visible chroma (at most about 250,000 sampled). */
    public static double colourFraction(RgbImage image) {
        int step = Math.max(1, (int) Math.sqrt(image.pixelCount() / 250_000.0));
        int coloured = 0, total = 0;
        for (int y = 0; y < image.height(); y += step) {
            for (int x = 0; x < image.width(); x += step) {
                int rgb = image.rgb(x, y);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > CHROMA_THRESHOLD) {
                    coloured++;
                }
                total++;
            }
        }
        return total == 0 ? 0 : coloured / (double) total;
    }

    public static Quality quality(double sharpness, double colourFraction, int faceSize) {
        boolean blurry = sharpness < BLURRY_BELOW;
        double blurConf = 0.5 + Math.min(0.49, Math.abs(Math.log(Math.max(1e-6, sharpness) / BLURRY_BELOW)) / 2);
        boolean bw = colourFraction < COLOUR_FRACTION;
        double bwConf = 0.5 + Math.min(0.49, Math.abs(colourFraction - COLOUR_FRACTION) * 10);
        return new Quality(blurry, sharpness, blurConf, bw, bwConf, faceSize);
    }
}
