package io.facescribe.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.facescribe.image.RgbImage;

class CropSamplerTest {

    private static RgbImage noise(int w, int h, long seed) {
        byte[] px = new byte[w * h * 3];
        new Random(seed).nextBytes(px);
        return RgbImage.of(w, h, px);
    }

    /** The fast loop gives exactly the reference's floats: inside, across the border, rotated, enlarged or shrunk. */
    @Test
    void matchesThePlainFormulaBitForBit() {
        Random random = new Random(7);
        RgbImage[] images = {noise(320, 240, 1), noise(97, 131, 2), noise(2, 3, 3), noise(1, 1, 4)};
        int checked = 0;
        for (RgbImage image : images) {
            for (int i = 0; i < 40; i++) {
                int size = 8 + random.nextInt(56);
                // side / size from 0.3 to 1.49: one tap, below the pyramid
                double side = size * (0.3 + random.nextDouble() * 1.19);
                Crop crop = new Crop(random.nextDouble() * image.width() * 1.4 - image.width() * 0.2,
                        random.nextDouble() * image.height() * 1.4 - image.height() * 0.2, side,
                        random.nextBoolean() ? 0 : (random.nextDouble() - 0.5) * 2);
                float lo = random.nextBoolean() ? -1f : 0f;
                float hi = random.nextBoolean() ? 1f : 255f;
                assertArrayEquals(ReferenceSampler.sample(image, crop, size, lo, hi, false),
                        CropSampler.rgb(image, crop, size, lo, hi), "rgb " + crop + " size " + size);
                assertArrayEquals(ReferenceSampler.sample(image, crop, size, lo, hi, true),
                        CropSampler.grey(image, crop, size, lo, hi), "grey " + crop + " size " + size);
                checked++;
            }
        }
        assertEquals(160, checked);
    }

    /** Shrinking a one-pixel checkerboard 2 to 6 times gives flat grey (no aliasing), rotated or not. */
    @Test
    void shrinkingAverages() {
        int w = 600;
        byte[] px = new byte[w * w * 3];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                byte v = (byte) (((x + y) & 1) == 0 ? 255 : 0);
                px[(y * w + x) * 3] = px[(y * w + x) * 3 + 1] = px[(y * w + x) * 3 + 2] = v;
            }
        }
        RgbImage board = RgbImage.of(w, w, px);
        for (double step : new double[] {2.0, 2.7, 3.3, 6.0}) {
            for (double angle : new double[] {0, 0.4}) {
                float[] out = CropSampler.grey(board, new Crop(300, 300, 64 * step, angle), 64, 0f, 255f);
                for (float v : out) {
                    assertEquals(127.5, v, 20, "step " + step + " angle " + angle);
                }
            }
        }
    }

    @Test
    void outsideTheImageIsBlack() {
        RgbImage white = RgbImage.filled(10, 10, 0xFFFFFF);
        float[] far = CropSampler.rgb(white, new Crop(1000, 1000, 10, 0), 4, 0f, 255f);
        for (float v : far) {
            assertEquals(0f, v);
        }
        float[] inside = CropSampler.rgb(white, new Crop(5, 5, 4, 0), 4, 0f, 255f);
        for (float v : inside) {
            assertEquals(255f, v, 1e-3);
        }
    }
}
