package io.facescribe.image;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTest {

    private static Optional<ImageFormat> detect(byte[] b) {
        return ImageFormat.detect(b, b.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void detectsSupportedFormatsByMagic() {
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(ImageFormat.JPEG);
        assertThat(detect(TestImages.PNG_SIGNATURE)).contains(ImageFormat.PNG);
        assertThat(detect(ascii("GIF89a\u0001\u0000"))).contains(ImageFormat.GIF);
        assertThat(detect(ascii("GIF87a\u0001\u0000"))).contains(ImageFormat.GIF);
        assertThat(detect(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).contains(ImageFormat.WEBP);
        byte[] bmp = new byte[20];
        bmp[0] = 'B';
        bmp[1] = 'M';
        bmp[14] = 40; // BITMAPINFOHEADER
        assertThat(detect(bmp)).contains(ImageFormat.BMP);
        assertThat(ImageDecoder.detectFormat(TestImages.fixture("astronaut_lossy.webp"))).contains(ImageFormat.WEBP);
    }

    @Test
    void textAndOtherFilesAreNotDetected() {
        assertThat(detect(ascii("BMW owners club newsletter"))).isEmpty(); // starts with "BM"
        assertThat(detect(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).isEmpty();
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
        assertThat(ImageFormat.describeUnsupported(ascii("%PDF-1.7"), 8)).contains("PDF document");
        assertThat(ImageFormat.describeUnsupported(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "), 16)).isPresent();
        assertThat(ImageFormat.describeUnsupported(ascii("\u0000\u0000\u0000\u001cftypavif"), 12)).contains("AVIF");
        assertThat(ImageFormat.describeUnsupported(ascii("hello world"), 11)).isEmpty();
    }
}
