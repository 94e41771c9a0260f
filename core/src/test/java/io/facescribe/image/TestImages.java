package io.facescribe.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builders for test images: encoders, JPEG segment injection (EXIF, Adobe APP14) and PNG chunk crafting. */
public final class TestImages {

    private TestImages() {
    }

    /** Bytes of a committed fixture under src/test/resources/images. */
    public static byte[] fixture(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture /images/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared data directory: $FACESCRIBE_DATA, else $FACESCRIBE_DATA_DEFAULT, else ../shared/datasets from the project root. */
    public static Path dataDir() {
        String env = System.getenv("FACESCRIBE_DATA");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        String def = System.getenv("FACESCRIBE_DATA_DEFAULT");
        if (def != null && !def.isBlank()) {
            return Paths.get(def);
        }
        String root = System.getProperty("facescribe.project.root");
        Path base = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
        return base.resolve("../shared/datasets").normalize();
    }

    public static BufferedImage rgbImage(int w, int h, int fill) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        fillRect(img, 0, 0, w, h, fill);
        return img;
    }

    public static void fillRect(BufferedImage img, int x0, int y0, int w, int h, int rgb) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
    }

    public static byte[] encode(RenderedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format + " / " + img);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** High-quality JPEG via the JDK's own writer (also accepts 4-band rasters, written without colour transform). */
    public static byte[] jpeg(Object imageOrRaster, float quality) {
        return jpeg(imageOrRaster, quality, false);
    }

    public static byte[] jpeg(Object imageOrRaster, float quality, boolean progressive) {
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.")) {
                writer = w;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("JDK JPEG writer not found");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                if (progressive) {
                    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                }
                IIOImage iio = imageOrRaster instanceof java.awt.image.Raster r
                        ? new IIOImage(r, null, null)
                        : new IIOImage((RenderedImage) imageOrRaster, null, null);
                writer.write(null, iio, param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Inserts a JPEG marker segment (e.g. 0xE1 APP1, 0xEE APP14) after SOI and any APP0 (JFIF)
     * segment that directly follows it.
     */
    public static byte[] insertJpegSegment(byte[] jpeg, int marker, byte[] payload) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int pos = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            pos = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        int segLen = payload.length + 2;
        if (segLen > 0xFFFF) {
            throw new IllegalArgumentException("segment too long");
        }
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + segLen);
        out.put(jpeg, 0, pos);
        out.put((byte) 0xFF).put((byte) marker).putShort((short) segLen).put(payload);
        out.put(jpeg, pos, jpeg.length - pos);
        return out.array();
    }

    /** An APP1 Exif payload: "Exif\0\0" + big-endian TIFF with a single IFD0 entry, Orientation. */
    public static byte[] exifOrientationPayload(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // TIFF header, IFD0 at 8
        b.putShort((short) 1);                                            // one entry
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1);        // Orientation, SHORT, count 1
        b.putShort((short) orientation).putShort((short) 0);             // value, padded
        b.putInt(0);                                                      // no next IFD
        return b.array();
    }

    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        return insertJpegSegment(jpeg, 0xE1, exifOrientationPayload(orientation));
    }

    /** APP14 "Adobe" payload with the given colour transform (0 = CMYK/RGB, 1 = YCbCr, 2 = YCCK). */
    public static byte[] adobePayload(int transform) {
        ByteBuffer b = ByteBuffer.allocate(12);
        b.put("Adobe".getBytes(StandardCharsets.US_ASCII)).putShort((short) 100).putShort((short) 0)
                .putShort((short) 0).put((byte) transform);
        return b.array();
    }

    // ---- PNG crafting ----

    public static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    public static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.putInt(data.length).put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    public static byte[] ihdr(int width, int height, int bitDepth, int colourType) {
        return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) colourType)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Inserts a chunk right after IHDR of an existing PNG. */
    public static byte[] insertPngChunkAfterIhdr(byte[] png, byte[] chunk) {
        int ihdrEnd = 8 + 12 + 13;
        return concat(java.util.Arrays.copyOfRange(png, 0, ihdrEnd), chunk,
                java.util.Arrays.copyOfRange(png, ihdrEnd, png.length));
    }

    public static byte[] iccpChunk(String name, byte[] profile) {
        Deflater deflater = new Deflater();
        deflater.setInput(profile);
        deflater.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            z.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return pngChunk("iCCP", concat(name.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0, 0}, z.toByteArray()));
    }

    public static Path write(Path dir, String name, byte[] data) {
        try {
            return Files.write(dir.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
