package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageFormat;
import io.facescribe.image.RgbImage;
import org.junit.jupiter.api.Test;

/** The re-framings the training rows and the framing-consistency figure use. */
class FramingTest {

    private static RgbImage gradient(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (x * 255 / (w - 1));
                rgb[i + 1] = (byte) (y * 255 / (h - 1));
                rgb[i + 2] = 77;
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    @Test
    void mirroringSwapsLeftAndRightAndTwiceIsTheImage() {
        RgbImage image = gradient(40, 30);
        RgbImage m = Framing.mirror(image);
        assertThat(m.r(0, 5)).isEqualTo(image.r(39, 5));
        assertThat(m.g(0, 5)).isEqualTo(image.g(39, 5));
        assertThat(Framing.mirror(m)).isEqualTo(image);
    }

    @Test
    void theShiftedFramingMovesTheContentAndWidens() {
        RgbImage image = RgbImage.filled(100, 100, 0x80A0C0);
        RgbImage s = Framing.reframe(image);
        assertThat(s.width()).isEqualTo(100);
        assertThat(s.height()).isEqualTo(100);
        // the crop moved right and down and grew: the image fills the middle, black beyond it at the bottom right
        assertThat(s.rgb(50, 50)).isEqualTo(0x80A0C0);
        assertThat(s.rgb(98, 98)).isZero();
        assertThat(s.rgb(2, 2)).isEqualTo(0x80A0C0);
    }

    @Test
    void asIsKeepsTheDecodedImageAndCacheKeysOfOlderRuns() {
        DecodedImage d = new DecodedImage(gradient(8, 8), ImageFormat.PNG, 8, 8, 1, "rgb", false, 1);
        assertThat(Framing.AS_IS.apply(d)).isSameAs(d);
        assertThat(Framing.AS_IS.cacheKey()).isEmpty();
        assertThat(Framing.MIRRORED.apply(d).image()).isEqualTo(Framing.mirror(d.image()));
    }
}
