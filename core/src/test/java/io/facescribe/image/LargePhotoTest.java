package io.facescribe.image;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real 36-megapixel phone photo from the shared data set (skipped when the data is absent). */
class LargePhotoTest {

    private static Path photo() {
        Path p = TestImages.dataDir().resolve("fixtures/detection/001_A.jpg");
        assumeTrue(Files.isRegularFile(p), "shared data not found at " + p + " (set FACESCRIBE_DATA)");
        return p;
    }

    @Test
    void thirtySixMegapixelPhotoIsDecodedDownscaled() throws Exception {
        Path p = photo();
        DecodedImage d = new ImageDecoder().decode(p);
        assertThat((long) d.originalWidth() * d.originalHeight()).isEqualTo(4912L * 7360);
        assertThat(Math.max(d.width(), d.height())).isLessThanOrEqualTo(ImageLimits.DEFAULT_MAX_DECODE_SIDE);
        assertThat(d.subsampling()).isEqualTo(2);
        assertThat(d.width()).isEqualTo(d.originalWidth() / 2);
        assertThat(d.toOriginalX(d.width())).isEqualTo(d.originalWidth());
        assertThat(d.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(d.image().isGreyscale(10)).isFalse();

        DecodedImage detection = new ImageDecoder(ImageLimits.DEFAULT.withMaxDecodeSide(2000)).decode(p);
        assertThat(Math.max(detection.width(), detection.height())).isLessThanOrEqualTo(2000);
        assertThat(detection.subsampling()).isEqualTo(4);
    }

    @Test
    void pixelLimitRejectsItFromTheHeader() {
        Path p = photo();
        ImageDecoder strict = new ImageDecoder(ImageLimits.DEFAULT.withMaxPixels(20_000_000));
        ImageDecodeException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                strict.decode(p);
                throw new AssertionError("expected the pixel limit to trip");
            } catch (ImageDecodeException ex) {
                return ex;
            }
        });
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("= 36 megapixels, over the limit of 20 (ImageLimits.maxPixels)");
    }
}
