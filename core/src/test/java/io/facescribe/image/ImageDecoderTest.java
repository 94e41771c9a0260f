package io.facescribe.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.facescribe.image.TestImages.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @TempDir
    Path tmp;

    private static ImageDecodeException failure(ThrowingRunnable r) {
        try {
            r.run();
        } catch (ImageDecodeException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected ImageDecodeException, got " + e, e);
        }
        throw new AssertionError("expected ImageDecodeException, decode succeeded");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void assertPixel(RgbImage img, int x, int y, int r, int g, int b, int tol) {
        assertThat(img.r(x, y)).as("R at %d,%d", x, y).isCloseTo(r, org.assertj.core.api.Assertions.within(tol));
        assertThat(img.g(x, y)).as("G at %d,%d", x, y).isCloseTo(g, org.assertj.core.api.Assertions.within(tol));
        assertThat(img.b(x, y)).as("B at %d,%d", x, y).isCloseTo(b, org.assertj.core.api.Assertions.within(tol));
    }

    static double meanAbsDiff(RgbImage a, RgbImage b) {
        assertThat(b.width()).isEqualTo(a.width());
        assertThat(b.height()).isEqualTo(a.height());
        byte[] x = a.toByteArray();
        byte[] y = b.toByteArray();
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs((x[i] & 0xFF) - (y[i] & 0xFF));
        }
        return (double) sum / x.length;
    }

    // ---- bad input -------------------------------------------------------------------------------

    @Test
    void emptyFileIsRejected() {
        Path p = write(tmp, "empty.jpg", new byte[0]);
        ImageDecodeException e = failure(() -> decoder.decode(p));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.EMPTY);
        assertThat(e.getMessage()).contains("empty file").contains("empty.jpg");
        assertThat(failure(() -> decoder.decode(new byte[0])).reason()).isEqualTo(ImageDecodeException.Reason.EMPTY);
    }

    @Test
    void textFileNamedJpgIsNotAnImage() {
        Path p = write(tmp, "holiday.jpg", "Hello, this is not a photo\n".getBytes(StandardCharsets.US_ASCII));
        ImageDecodeException e = failure(() -> decoder.decode(p));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.NOT_AN_IMAGE);
        assertThat(e.getMessage()).contains("not an image (starts with bytes 48 65 6C 6C 6F 2C 20 74 \"Hello, t\")");
    }

    @Test
    void missingFileIsAnIoError() {
        ImageDecodeException e = failure(() -> decoder.decode(tmp.resolve("nope.png")));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.IO);
        assertThat(e.getMessage()).contains("file not found");
    }

    @Test
    void recognisedButUnsupportedFormatsSaySo() {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0};
        ImageDecodeException e = failure(() -> decoder.decode(tiff, "scan.tif"));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("unsupported format TIFF");

        byte[] heic = concat(new byte[] {0, 0, 0, 24}, "ftypheic".getBytes(StandardCharsets.US_ASCII), new byte[12]);
        assertThat(failure(() -> decoder.decode(heic, "IMG_0001.jpg")).getMessage()).contains("unsupported format HEIC");
    }

    @Test
    void truncatedJpegIsRejectedNotSilentlyGreyed() {
        byte[] full = fixture("grace_hopper_512x512.jpg");
        for (double fraction : new double[] {0.3, 0.6, 0.95}) {
            byte[] cut = Arrays.copyOf(full, (int) (full.length * fraction));
            ImageDecodeException e = failure(() -> decoder.decode(cut, "cut.jpg"));
            assertThat(e.reason()).as("cut at %s", fraction).isEqualTo(ImageDecodeException.Reason.CORRUPT);
            assertThat(e.getMessage()).contains("truncated or corrupt JPEG");
        }
        // cut inside the headers, before any scan data
        byte[] header = Arrays.copyOf(full, 200);
        ImageDecodeException e = failure(() -> decoder.decode(header, "head.jpg"));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.CORRUPT);
        assertThat(e.getMessage()).contains("truncated or corrupt JPEG");
    }

    @Test
    void truncatedProgressiveJpegIsRejected() throws Exception {
        RgbImage grace = decoder.decode(fixture("grace_hopper_512x512.jpg")).image();
        byte[] progressive = jpeg(grace.toBufferedImage(), 0.9f, true);
        assertThat(decoder.decode(progressive).image().width()).isEqualTo(512);
        for (double fraction : new double[] {0.2, 0.5, 0.9}) {
            byte[] cut = Arrays.copyOf(progressive, (int) (progressive.length * fraction));
            ImageDecodeException e = failure(() -> decoder.decode(cut, "progressive.jpg"));
            assertThat(e.reason()).as("cut at %s", fraction).isEqualTo(ImageDecodeException.Reason.CORRUPT);
        }
    }

    @Test
    void jpegMissingOnlyItsEoiMarkerIsAccepted() throws Exception {
        byte[] full = fixture("grace_hopper_512x512.jpg");
        RgbImage complete = decoder.decode(full).image();
        DecodedImage noEoi = decoder.decode(Arrays.copyOf(full, full.length - 2), "no-eoi.jpg");
        assertThat(noEoi.image()).isEqualTo(complete);
    }

    @Test
    void truncatedPngIsRejected() {
        byte[] full = fixture("astronaut_128.png");
        byte[] cut = Arrays.copyOf(full, full.length / 2);
        ImageDecodeException e = failure(() -> decoder.decode(cut, "cut.png"));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.CORRUPT);
        assertThat(e.getMessage()).contains("truncated or corrupt PNG");
    }

    @Test
    void pngHeaderClaiming50000x50000FailsFastOnPixelLimit() {
        byte[] bomb = concat(PNG_SIGNATURE, pngChunk("IHDR", ihdr(50_000, 50_000, 8, 2)),
                pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 1, 2, 3, 4, 5}), pngChunk("IEND", new byte[0]));
        Path p = write(tmp, "bomb.png", bomb);
        ImageDecodeException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(() -> decoder.decode(p)));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.TOO_LARGE);
        assertThat(e.getMessage())
                .contains("image is 50000x50000 = 2500 megapixels, over the limit of 100 (ImageLimits.maxPixels)");
    }

    @Test
    void fileSizeLimitIsCheckedBeforeReading() {
        ImageDecoder small = new ImageDecoder(ImageLimits.DEFAULT.withMaxFileBytes(1000));
        byte[] jpeg = fixture("grace_hopper_512x512.jpg");
        ImageDecodeException e = failure(() -> small.decode(write(tmp, "g.jpg", jpeg)));
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("over the limit");
    }

    @Test
    void corruptDataInsideAValidSignatureIsCorrupt() {
        byte[] junk = concat(PNG_SIGNATURE, "this is not a chunk at all, just junk".getBytes(StandardCharsets.US_ASCII));
        assertThat(failure(() -> decoder.decode(junk, "junk.png")).reason()).isEqualTo(ImageDecodeException.Reason.CORRUPT);
        byte[] jpegJunk = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0},
                new byte[64]);
        assertThat(failure(() -> decoder.decode(jpegJunk, "junk.jpg")).reason()).isEqualTo(ImageDecodeException.Reason.CORRUPT);
    }

    // ---- formats and colour models ------------------------------------------------------------

    @Test
    void decodesJpegFixtureFromPathAndBytesIdentically() throws Exception {
        byte[] bytes = fixture("grace_hopper_512x512.jpg");
        DecodedImage fromBytes = decoder.decode(bytes);
        DecodedImage fromPath = decoder.decode(write(tmp, "grace.bin", bytes));
        assertThat(fromBytes.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(fromBytes.formatName()).isEqualTo("JPEG");
        assertThat(fromBytes.width()).isEqualTo(512);
        assertThat(fromBytes.height()).isEqualTo(512);
        assertThat(fromBytes.colourModel()).isEqualTo("rgb");
        assertThat(fromBytes.hadAlpha()).isFalse();
        assertThat(fromBytes.subsampling()).isEqualTo(1);
        assertThat(fromBytes.image()).isEqualTo(fromPath.image());
        assertThat(fromBytes.image().isGreyscale(10)).isFalse();
    }

    @Test
    void pngNamedJpgIsDecodedAsPng() throws Exception {
        DecodedImage d = decoder.decode(write(tmp, "really-a-png.jpg", fixture("astronaut_128.png")));
        assertThat(d.format()).isEqualTo(ImageFormat.PNG);
        assertThat(d.width()).isEqualTo(128);
    }

    @Test
    void cmykJpegWithAdobeMarkerBecomesSrgb() throws Exception {
        // Adobe-style inverted CMYK (255 = no ink): left half magenta+yellow ink = red, right half no ink = white
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                raster.setPixel(x, y, x < 32 ? new int[] {255, 0, 0, 255} : new int[] {255, 255, 255, 255});
            }
        }
        byte[] jpeg = insertJpegSegment(jpeg(raster, 0.95f), 0xEE, adobePayload(0));
        DecodedImage d = decoder.decode(jpeg, "cmyk.jpg");
        assertThat(d.colourModel()).isEqualTo("cmyk");
        assertThat(d.width()).isEqualTo(64);
        RgbImage img = d.image();
        assertThat(img.r(8, 24)).isGreaterThan(180);
        assertThat(img.g(8, 24)).isLessThan(80);
        assertThat(img.b(8, 24)).isLessThan(80);
        assertPixel(img, 56, 24, 255, 255, 255, 12);

        DecodedImage small = new ImageDecoder(ImageLimits.DEFAULT.withMaxDecodeSide(16)).decode(jpeg, "cmyk.jpg");
        assertThat(small.subsampling()).isEqualTo(4);
        assertThat(small.width()).isEqualTo(16);
        assertThat(small.image().r(2, 6)).isGreaterThan(180);
        assertThat(small.image().g(2, 6)).isLessThan(80);
    }

    @Test
    void ycckJpegFromImageMagickBecomesSrgb() throws Exception {
        DecodedImage d = decoder.decode(fixture("astronaut_ycck.jpg"), "ycck.jpg");
        DecodedImage reference = decoder.decode(fixture("astronaut_128.png"));
        assertThat(d.colourModel()).isEqualTo("ycck");
        assertThat(d.width()).isEqualTo(128);
        // naive RGB->CMYK by ImageMagick vs. a CMYK profile in the decoder: similar, not identical
        assertThat(meanAbsDiff(d.image(), reference.image())).isLessThan(40);
    }

    @Test
    void sixteenBitPngsBecomeEightBit() throws Exception {
        // RGB 16-bit
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(16, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                raster.setPixel(x, y, new int[] {0xFFFF, 0x8080, 0x0101 * 7});
            }
        }
        DecodedImage rgb16 = decoder.decode(encode(new BufferedImage(cm, raster, false, null), "png"));
        assertThat(rgb16.colourModel()).isEqualTo("rgb16");
        assertPixel(rgb16.image(), 3, 3, 255, 128, 7, 0);

        // grey 16-bit
        BufferedImage grey = new BufferedImage(10, 10, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                grey.getRaster().setSample(x, y, 0, x < 5 ? 0x6464 : 0xC8C8);
            }
        }
        DecodedImage g16 = decoder.decode(encode(grey, "png"));
        assertThat(g16.colourModel()).isEqualTo("gray16");
        assertPixel(g16.image(), 1, 1, 100, 100, 100, 0);
        assertPixel(g16.image(), 8, 1, 200, 200, 200, 0);
        assertThat(g16.image().isGreyscale(0)).isTrue();
    }

    @Test
    void greyPngAndJpegKeepTheirValues() throws Exception {
        BufferedImage grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                grey.getRaster().setSample(x, y, 0, x < 16 ? 60 : 180);
            }
        }
        DecodedImage png = decoder.decode(encode(grey, "png"));
        assertThat(png.colourModel()).isEqualTo("gray");
        // stored grey samples are gamma-encoded: no linear-grey brightening
        assertPixel(png.image(), 4, 4, 60, 60, 60, 0);
        assertPixel(png.image(), 28, 4, 180, 180, 180, 0);

        DecodedImage jpg = decoder.decode(jpeg(grey, 0.95f));
        assertThat(jpg.colourModel()).isEqualTo("gray");
        assertPixel(jpg.image(), 4, 4, 60, 60, 60, 3);
        assertPixel(jpg.image(), 28, 4, 180, 180, 180, 3);
        assertThat(jpg.image().isGreyscale(0)).isTrue();
    }

    @Test
    void animatedGifGivesTheFirstFrame() throws Exception {
        // made with ImageMagick: frame 0 = left half red, right half black; frame 1 = all blue
        DecodedImage d = decoder.decode(fixture("animated_20x10.gif"), "anim.gif");
        assertThat(d.format()).isEqualTo(ImageFormat.GIF);
        assertThat(d.colourModel()).isEqualTo("indexed");
        assertThat(d.width()).isEqualTo(20);
        assertThat(d.height()).isEqualTo(10);
        assertPixel(d.image(), 2, 5, 255, 0, 0, 0);
        assertPixel(d.image(), 15, 5, 0, 0, 0, 0);
    }

    @Test
    void gifTransparencyIsCompositedOverWhite() throws Exception {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 255}, new byte[] {(byte) 128, 0},
                new byte[] {0, 0}, 1); // index 1 transparent
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int x = 4; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                img.getRaster().setSample(x, y, 0, 1);
            }
        }
        DecodedImage d = decoder.decode(encode(img, "gif"));
        assertThat(d.hadAlpha()).isTrue();
        assertPixel(d.image(), 1, 1, 0, 128, 0, 0);
        assertPixel(d.image(), 6, 1, 255, 255, 255, 0);
    }

    @Test
    void pngAlphaIsCompositedOverWhite() throws Exception {
        // left half opaque red, top right 50% blue, bottom right fully transparent
        DecodedImage d = decoder.decode(fixture("alpha_64x48.png"));
        assertThat(d.hadAlpha()).isTrue();
        assertThat(d.colourModel()).isIn("rgba", "indexed", "graya");
        assertPixel(d.image(), 10, 10, 255, 0, 0, 0);
        assertPixel(d.image(), 50, 10, 128, 128, 255, 2);
        assertPixel(d.image(), 50, 40, 255, 255, 255, 0);

        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000);
        argb.setRGB(1, 0, 0xFF00FF00);
        argb.setRGB(2, 0, 0x80000000);
        DecodedImage d2 = decoder.decode(encode(argb, "png"));
        assertThat(d2.colourModel()).isEqualTo("rgba");
        assertPixel(d2.image(), 0, 0, 255, 255, 255, 0);
        assertPixel(d2.image(), 1, 0, 0, 255, 0, 0);
        assertPixel(d2.image(), 2, 0, 127, 127, 127, 1);
    }

    @Test
    void webpLossyLosslessAndAlpha() throws Exception {
        RgbImage reference = decoder.decode(fixture("astronaut_128.png")).image();

        DecodedImage lossless = decoder.decode(fixture("astronaut_lossless.webp"), "l.webp");
        assertThat(lossless.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(lossless.image()).isEqualTo(reference);

        DecodedImage lossy = decoder.decode(fixture("astronaut_lossy.webp"), "q.webp");
        assertThat(lossy.width()).isEqualTo(128);
        assertThat(meanAbsDiff(lossy.image(), reference)).isLessThan(8);

        for (String name : List.of("alpha_lossless.webp", "alpha_lossy.webp")) {
            DecodedImage a = decoder.decode(fixture(name), name);
            assertThat(a.hadAlpha()).as(name).isTrue();
            assertThat(a.width()).isEqualTo(64);
            assertThat(a.height()).isEqualTo(48);
            int tol = name.contains("lossy") ? 20 : 1;
            assertPixel(a.image(), 10, 10, 255, 0, 0, tol);
            assertPixel(a.image(), 50, 10, 128, 128, 255, tol);
            assertPixel(a.image(), 50, 40, 255, 255, 255, tol);
        }
    }

    @Test
    void bmp24AndIndexed() throws Exception {
        BufferedImage img = new BufferedImage(7, 5, BufferedImage.TYPE_3BYTE_BGR); // odd width: row padding
        fillRect(img, 0, 0, 7, 5, 0x123456);
        img.setRGB(6, 4, 0xABCDEF);
        DecodedImage d = decoder.decode(encode(img, "bmp"), "x.bmp");
        assertThat(d.format()).isEqualTo(ImageFormat.BMP);
        assertThat(d.image().rgb(0, 0)).isEqualTo(0x123456);
        assertThat(d.image().rgb(6, 4)).isEqualTo(0xABCDEF);

        BufferedImage indexed = new BufferedImage(9, 3, BufferedImage.TYPE_BYTE_BINARY);
        indexed.setRGB(4, 1, 0xFFFFFF);
        DecodedImage di = decoder.decode(encode(indexed, "bmp"), "bw.bmp");
        assertThat(di.colourModel()).isEqualTo("indexed");
        assertThat(di.image().rgb(4, 1)).isEqualTo(0xFFFFFF);
        assertThat(di.image().rgb(3, 1)).isEqualTo(0x000000);
        assertThat(di.image().isGreyscale(0)).isTrue();
    }

    @Test
    void pngWithEmbeddedNonSrgbIccProfileIsConverted() throws Exception {
        BufferedImage img = rgbImage(8, 8, 0x808080);
        byte[] plain = encode(img, "png");
        byte[] linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] tagged = insertPngChunkAfterIhdr(plain, iccpChunk("linear", linear));
        RgbImage untagged = decoder.decode(plain).image();
        RgbImage converted = decoder.decode(tagged).image();
        assertThat(untagged.r(2, 2)).isEqualTo(128);
        // linear 0.5 is sRGB ~188
        assertThat(converted.r(2, 2)).isBetween(180, 196);
        assertThat(converted.isGreyscale(2)).isTrue();

        byte[] srgb = insertPngChunkAfterIhdr(plain,
                iccpChunk("sRGB", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        assertThat(decoder.decode(srgb).image().r(2, 2)).isEqualTo(128);

        byte[] broken = insertPngChunkAfterIhdr(plain, pngChunk("iCCP", "bad\0\0notzlib".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(decoder.decode(broken).image().r(2, 2)).isEqualTo(128);
    }

    @Test
    void downscalesOnDecodeAndRecordsTheFactor() throws Exception {
        ImageDecoder small = new ImageDecoder(ImageLimits.DEFAULT.withMaxDecodeSide(100));
        DecodedImage d = small.decode(fixture("grace_hopper_512x512.jpg"));
        assertThat(d.subsampling()).isEqualTo(6);
        assertThat(d.downscaled()).isTrue();
        assertThat(d.width()).isEqualTo(86); // ceil(512 / 6)
        assertThat(d.originalWidth()).isEqualTo(512);
        assertThat(d.scale()).isEqualTo(1.0 / 6);
        assertThat(d.toOriginalX(10)).isEqualTo(60.0);

        RgbImage full = decoder.decode(fixture("grace_hopper_512x512.jpg")).image();
        // subsampled pixel (x, y) is full-resolution pixel (6x, 6y)
        assertThat(d.image().rgb(10, 20)).isEqualTo(full.rgb(60, 120));

        DecodedImage webp = small.decode(fixture("astronaut_lossless.webp"));
        assertThat(webp.width()).isLessThanOrEqualTo(100);
        assertThat(webp.subsampling()).isEqualTo(2);
    }

    @Test
    void decoderIsSafeToShareAcrossThreads() throws Exception {
        List<byte[]> inputs = List.of(fixture("grace_hopper_512x512.jpg"), fixture("astronaut_128.png"),
                fixture("astronaut_lossy.webp"), fixture("astronaut_ycck.jpg"));
        List<RgbImage> expected = new ArrayList<>();
        for (byte[] in : inputs) {
            expected.add(decoder.decode(in).image());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int k = i % inputs.size();
                results.add(pool.submit(() -> decoder.decode(inputs.get(k)).image().equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void exceptionIsCheckedAndCarriesReason() {
        assertThatThrownBy(() -> decoder.decode(new byte[] {1, 2, 3}))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("not an image");
        ImageDecodeException e = catchThrowableOfType(() -> decoder.decode(new byte[] {1}), ImageDecodeException.class);
        assertThat(e.reason()).isEqualTo(ImageDecodeException.Reason.NOT_AN_IMAGE);
    }
}
