package io.facescribe.image;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static io.facescribe.image.TestImages.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * All 8 EXIF orientations: a stored 60x40 JPEG with a red marker at its stored top-left and a
 * green marker at its stored top-right, tagged with each orientation. The expected display corners
 * follow the EXIF spec's table (e.g. 6 = "0th row is the visual right side, 0th column the top").
 */
class ExifOrientationTest {

    private static final int W = 60;
    private static final int H = 40;
    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;

    private final ImageDecoder decoder = new ImageDecoder();

    private static byte[] storedJpeg() {
        BufferedImage img = rgbImage(W, H, 0x404040);
        fillRect(img, 0, 0, 12, 12, RED);
        fillRect(img, W - 12, 0, 12, 12, GREEN);
        return jpeg(img, 0.95f);
    }

    private static int corner(RgbImage img, String where) {
        int x = where.endsWith("L") ? 5 : img.width() - 6;
        int y = where.startsWith("T") ? 5 : img.height() - 6;
        return img.rgb(x, y);
    }

    private static boolean near(int actual, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((actual >>> shift) & 0xFF) - ((expected >>> shift) & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "orientation {0}: red {1}, green {2}")
    @CsvSource({
            "1, TL, TR",
            "2, TR, TL",
            "3, BR, BL",
            "4, BL, BR",
            "5, TL, BL",
            "6, TR, BR",
            "7, BR, TR",
            "8, BL, TL"})
    void appliesOrientation(int orientation, String red, String green) throws Exception {
        DecodedImage d = decoder.decode(withExifOrientation(storedJpeg(), orientation), "o" + orientation + ".jpg");
        assertThat(d.orientation()).isEqualTo(orientation);
        boolean swapped = orientation >= 5;
        assertThat(d.width()).isEqualTo(swapped ? H : W);
        assertThat(d.height()).isEqualTo(swapped ? W : H);
        assertThat(d.originalWidth()).isEqualTo(d.width());
        assertThat(d.originalHeight()).isEqualTo(d.height());
        RgbImage img = d.image();
        assertThat(near(corner(img, red), RED)).as("red at %s, was %06X", red, corner(img, red)).isTrue();
        assertThat(near(corner(img, green), GREEN)).as("green at %s, was %06X", green, corner(img, green)).isTrue();
        int markers = 0;
        for (String c : new String[] {"TL", "TR", "BL", "BR"}) {
            if (near(corner(img, c), RED) || near(corner(img, c), GREEN)) {
                markers++;
            }
        }
        assertThat(markers).isEqualTo(2);
    }

    @Test
    void orientationCombinesWithDownscaling() throws Exception {
        ImageDecoder small = new ImageDecoder(ImageLimits.DEFAULT.withMaxDecodeSide(30));
        DecodedImage d = small.decode(withExifOrientation(storedJpeg(), 6));
        assertThat(d.subsampling()).isEqualTo(2);
        assertThat(d.width()).isEqualTo(20);
        assertThat(d.height()).isEqualTo(30);
        assertThat(d.originalWidth()).isEqualTo(H);
        assertThat(d.originalHeight()).isEqualTo(W);
        assertThat(near(corner(d.image(), "TR"), RED)).isTrue();
    }

    @Test
    void pngExifChunkOrientationIsApplied() throws Exception {
        BufferedImage img = rgbImage(W, H, 0x404040);
        fillRect(img, 0, 0, 12, 12, RED);
        byte[] exif = java.util.Arrays.copyOfRange(exifOrientationPayload(8), 6, exifOrientationPayload(8).length);
        byte[] png = insertPngChunkAfterIhdr(encode(img, "png"), pngChunk("eXIf", exif));
        DecodedImage d = decoder.decode(png, "o8.png");
        assertThat(d.orientation()).isEqualTo(8);
        assertThat(d.width()).isEqualTo(H);
        assertThat(corner(d.image(), "BL")).isEqualTo(RED);
    }

    @Test
    void invalidOrMissingOrientationMeansUpright() throws Exception {
        assertThat(decoder.decode(storedJpeg()).orientation()).isEqualTo(1);
        DecodedImage bogus = decoder.decode(withExifOrientation(storedJpeg(), 42));
        assertThat(bogus.orientation()).isEqualTo(1);
        assertThat(bogus.width()).isEqualTo(W);
        // a garbage APP1 Exif block must not fail the decode
        byte[] garbage = insertJpegSegment(storedJpeg(), 0xE1, "Exif\0\0MM\0*\u00ff\u00ff\u00ff\u00ff".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(decoder.decode(garbage).orientation()).isEqualTo(1);
    }

    @Test
    void rgbImageTransformsMatchTheExifTable() {
        // 3x2 stored image, pixel value = index: 0 1 2 / 3 4 5
        int[] px = {0, 1, 2, 3, 4, 5};
        RgbImage s = RgbImage.ofPackedRgb(3, 2, px);
        assertThat(s.withExifOrientation(1).toPackedRgb()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(s.withExifOrientation(2).toPackedRgb()).containsExactly(2, 1, 0, 5, 4, 3);
        assertThat(s.withExifOrientation(3).toPackedRgb()).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(s.withExifOrientation(4).toPackedRgb()).containsExactly(3, 4, 5, 0, 1, 2);
        // 5..8 are 2 wide, 3 high
        assertThat(s.withExifOrientation(5).toPackedRgb()).containsExactly(0, 3, 1, 4, 2, 5);
        assertThat(s.withExifOrientation(6).toPackedRgb()).containsExactly(3, 0, 4, 1, 5, 2);
        assertThat(s.withExifOrientation(7).toPackedRgb()).containsExactly(5, 2, 4, 1, 3, 0);
        assertThat(s.withExifOrientation(8).toPackedRgb()).containsExactly(2, 5, 1, 4, 0, 3);
        assertThat(s.withExifOrientation(6).width()).isEqualTo(2);
    }
}
