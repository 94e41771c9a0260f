package io.facescribe.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.nio.ByteBuffer;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.testing.TestModels;

/** The public-domain test photos, hand-made bad images, and the one FaceScribe a test class shares. */
final class Fixtures {

    private Fixtures() {
    }

    /** NASA's astronaut portrait (512 x 512 PNG, one face). */
    static byte[] astronaut() {
        return resource("/images/skimage_astronaut.png");
    }

    static Path astronautPath() {
        try {
            return Path.of(Fixtures.class.getResource("/images/skimage_astronaut.png").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Grace Hopper (512 x 512 JPEG, one face), from core's test resources. */
    static byte[] graceHopper() {
        return resource("/images/grace_hopper_512x512.jpg");
    }

    static FaceScribe faceScribe() {
        return FaceScribe.create(FaceScribeConfig.defaults().withStore(TestModels.store()));
    }

    /** A valid PNG whose header says {@code width} x {@code height} (the pixels are not there). */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] z = new byte[128];
        int n = deflater.deflate(z);
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
