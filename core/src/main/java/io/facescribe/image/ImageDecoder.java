package io.facescribe.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.adobe.AdobeJpegDirectory;
import com.drew.metadata.adobe.AdobeJpegReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.twelvemonkeys.imageio.plugins.bmp.BMPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes JPEG, PNG, BMP, GIF (first frame) and WebP into upright 8-bit sRGB {@link DecodedImage}s.
 *
 * <ul>
 *   <li>The format is detected from magic bytes, never from the file name.</li>
 *   <li>{@link ImageLimits}: the file size is checked before reading and the pixel count is checked
 *       from the header before any pixels are decoded; images whose longest side exceeds
 *       {@link ImageLimits#maxDecodeSide()} are decoded with integer source subsampling.</li>
 *   <li>EXIF orientation (1..8, JPEG and PNG/WebP EXIF) is applied via metadata-extractor.</li>
 *   <li>Grey, CMYK/YCCK JPEG (TwelveMonkeys, incl. inverted Adobe CMYK), 16-bit, indexed and
 *       alpha images all become 8-bit sRGB; alpha is composited over white. Embedded ICC profiles
 *       are converted to sRGB for JPEG (by TwelveMonkeys) and for RGB PNGs (iCCP, here); grey ICC
 *       profiles are ignored (grey samples are taken as gamma-encoded grey).</li>
 *   <li>Truncated JPEGs: the JDK/TwelveMonkeys decoder reports a premature end of data only as a
 *       read warning and fills the rest with grey. This decoder listens for those warnings and
 *       rejects such files with {@link ImageDecodeException.Reason#CORRUPT}, rather than handing a
 *       half-grey photo to face detection. Other decoder warnings (e.g. extraneous bytes before a
 *       marker, common in camera files) are only logged at debug level.</li>
 *   <li>Thread-safe: instances are immutable and may be shared; an {@link ImageReader} is created
 *       per call. Plugins are registered explicitly once, so decoding works inside a shaded jar even
 *       if the {@code META-INF/services} files were not merged.</li>
 * </ul>
 */
public final class ImageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);

    private static final ImageReaderSpi JPEG_SPI;
    private static final ImageReaderSpi WEBP_SPI;
    private static final ImageReaderSpi BMP_SPI;
    private static final ImageReaderSpi PNG_SPI;
    private static final ImageReaderSpi GIF_SPI;

    static {
        ImageIO.scanForPlugins();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        JPEG_SPI = ensureRegistered(registry, JPEGImageReaderSpi.class, JPEGImageReaderSpi::new);
        WEBP_SPI = ensureRegistered(registry, WebPImageReaderSpi.class, WebPImageReaderSpi::new);
        BMP_SPI = ensureRegistered(registry, BMPImageReaderSpi.class, BMPImageReaderSpi::new);
        PNG_SPI = builtInSpi("png");
        GIF_SPI = builtInSpi("gif");
    }

    private static <T extends ImageReaderSpi> T ensureRegistered(IIORegistry registry, Class<T> type, Supplier<T> factory) {
        T spi = registry.getServiceProviderByClass(type);
        if (spi == null) {
            spi = factory.get();
            // registration calls onRegistration(), which e.g. wires TwelveMonkeys JPEG to the JDK delegate
            registry.registerServiceProvider(spi, ImageReaderSpi.class);
        }
        return spi;
    }

    private static ImageReaderSpi builtInSpi(String formatName) {
        ImageReaderSpi first = null;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            ImageReaderSpi spi = reader.getOriginatingProvider();
            reader.dispose();
            if (spi == null) {
                continue;
            }
            if (spi.getClass().getName().startsWith("com.sun.imageio.")) {
                return spi;
            }
            if (first == null) {
                first = spi;
            }
        }
        if (first == null) {
            throw new IllegalStateException("no ImageIO reader for " + formatName + " (broken JDK install?)");
        }
        return first;
    }

    private final ImageLimits limits;

    /** A decoder with {@link ImageLimits#DEFAULT}. */
    public ImageDecoder() {
        this(ImageLimits.DEFAULT);
    }

    public ImageDecoder(ImageLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ImageLimits limits() {
        return limits;
    }

    /** Decodes an image file. */
    public DecodedImage decode(Path path) throws ImageDecodeException {
        Objects.requireNonNull(path, "path");
        String label = path.toString();
        long size;
        try {
            if (Files.isDirectory(path)) {
                throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": is a directory, not an image file");
            }
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": file not found", e);
        } catch (IOException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": cannot read file: " + e, e);
        }
        checkFileSize(size, label);
        byte[] header = new byte[ImageFormat.HEADER_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (AccessDeniedException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": permission denied", e);
        } catch (IOException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": cannot read file: " + e, e);
        }
        if (n == 0) {
            throw new ImageDecodeException(ImageDecodeException.Reason.EMPTY, label + ": empty file (0 bytes)");
        }
        ImageFormat format = detect(header, n, label);
        SourceMeta meta = readMeta(format, () -> Files.newInputStream(path));
        try (ImageInputStream in = new BufferedFileImageInputStream(path.toFile())) {
            return decodeStream(in, format, meta, label);
        } catch (IOException e) { // opening or closing the stream
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": cannot read file: " + e, e);
        }
    }

    /** Decodes an image held in memory. */
    public DecodedImage decode(byte[] data) throws ImageDecodeException {
        return decode(data, "image");
    }

    /**
     * Decodes an image held in memory; {@code name} (e.g. an upload's file name) is only used in
     * error messages.
     */
    public DecodedImage decode(byte[] data, String name) throws ImageDecodeException {
        Objects.requireNonNull(data, "data");
        String label = name == null ? "image" : name;
        if (data.length == 0) {
            throw new ImageDecodeException(ImageDecodeException.Reason.EMPTY, label + ": empty file (0 bytes)");
        }
        checkFileSize(data.length, label);
        ImageFormat format = detect(data, Math.min(data.length, ImageFormat.HEADER_BYTES), label);
        SourceMeta meta = readMeta(format, () -> new ByteArrayInputStream(data));
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            return decodeStream(in, format, meta, label);
        } catch (IOException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": " + e, e);
        }
    }

    /** Detects the format of a file's leading bytes; empty when not a supported image. */
    public static Optional<ImageFormat> detectFormat(byte[] header) {
        return ImageFormat.detect(header, Math.min(header.length, ImageFormat.HEADER_BYTES));
    }

    // ------------------------------------------------------------------------------------------

    private void checkFileSize(long size, String label) throws ImageDecodeException {
        if (size > limits.maxFileBytes()) {
            throw new ImageDecodeException(ImageDecodeException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "%s: file is %s MB, over the limit of %s MB (ImageLimits.maxFileBytes)",
                    label, millions(size, 1024 * 1024), millions(limits.maxFileBytes(), 1024 * 1024)));
        }
    }

    private static ImageFormat detect(byte[] header, int n, String label) throws ImageDecodeException {
        Optional<ImageFormat> format = ImageFormat.detect(header, n);
        if (format.isPresent()) {
            return format.get();
        }
        Optional<String> other = ImageFormat.describeUnsupported(header, n);
        if (other.isPresent()) {
            throw new ImageDecodeException(ImageDecodeException.Reason.UNSUPPORTED_FORMAT, label
                    + ": unsupported format " + other.get() + "; convert it to JPEG or PNG first"
                    + " (supported: JPEG, PNG, GIF, BMP, WebP)");
        }
        throw new ImageDecodeException(ImageDecodeException.Reason.NOT_AN_IMAGE, label
                + ": not an image (starts with bytes " + describeBytes(header, Math.min(n, 8))
                + "); expected JPEG, PNG, GIF, BMP or WebP");
    }

    static String describeBytes(byte[] data, int n) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format(Locale.ROOT, "%02X", b));
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
        }
        return hex + " \"" + text + "\"";
    }

    private static String millions(long value, long unit) {
        double v = (double) value / unit;
        if (v >= 10 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static ImageReader createReader(ImageFormat format) throws IOException {
        ImageReaderSpi spi = switch (format) {
            case JPEG -> JPEG_SPI;
            case PNG -> PNG_SPI;
            case GIF -> GIF_SPI;
            case BMP -> BMP_SPI;
            case WEBP -> WEBP_SPI;
        };
        return spi.createReaderInstance();
    }

    private DecodedImage decodeStream(ImageInputStream in, ImageFormat format, SourceMeta meta, String label)
            throws ImageDecodeException {
        String kind = format.displayName();
        byte[] iccProfile = null;
        if (format == ImageFormat.PNG) {
            iccProfile = findPngIccProfile(in);
        }
        ImageReader reader;
        try {
            reader = createReader(format);
        } catch (IOException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.IO, label + ": cannot create " + kind + " reader: " + e, e);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, message) -> warnings.add(message));
        int width = -1;
        int height = -1;
        try {
            in.seek(0);
            reader.setInput(in, false, format != ImageFormat.JPEG);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new ImageDecodeException(ImageDecodeException.Reason.CORRUPT,
                        label + ": truncated or corrupt " + kind + ": header says " + width + "x" + height);
            }
            long pixels = (long) width * height;
            if (pixels > limits.maxPixels()) {
                throw new ImageDecodeException(ImageDecodeException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%s: image is %dx%d = %s megapixels, over the limit of %s (ImageLimits.maxPixels)",
                        label, width, height, millions(pixels, 1_000_000), millions(limits.maxPixels(), 1_000_000)));
            }
            ColorModel rawModel = null;
            try {
                ImageTypeSpecifier raw = reader.getRawImageType(0);
                rawModel = raw == null ? null : raw.getColorModel();
            } catch (IOException | RuntimeException e) {
                LOG.debug("{}: no raw image type: {}", label, e.toString());
            }
            int sub = limits.subsamplingFor(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            if (sub > 1) {
                param.setSourceSubsampling(sub, sub, 0, 0);
            }
            BufferedImage decoded = reader.read(0, param);
            checkWarnings(warnings, kind, label);
            ColorModel model = rawModel != null ? rawModel : decoded.getColorModel();
            String colourModel = describeColourModel(model, meta.adobeTransform());
            boolean hadAlpha = model.hasAlpha() || decoded.getColorModel().hasAlpha();

            RgbImage rgb = RgbImage.fromBufferedImage(decoded);
            decoded = null; // let the decoder's buffer go before further copies
            if (sub > 1 && rgb.width() == width && rgb.height() == height) {
                rgb = rgb.subsample(sub); // the reader ignored source subsampling
            } else if (rgb.width() != (width + sub - 1) / sub || rgb.height() != (height + sub - 1) / sub) {
                LOG.debug("{}: decoded {}x{} from a {}x{} header (subsampling {})", label, rgb.width(),
                        rgb.height(), width, height, sub);
            }
            if (iccProfile != null) {
                rgb = applyIccProfile(rgb, iccProfile, label);
            }
            int orientation = meta.orientation();
            rgb = rgb.withExifOrientation(orientation);
            boolean swap = orientation >= 5;
            return new DecodedImage(rgb, format, swap ? height : width, swap ? width : height, orientation,
                    colourModel, hadAlpha, sub);
        } catch (ImageDecodeException e) {
            throw e;
        } catch (EOFException e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.CORRUPT,
                    label + ": truncated or corrupt " + kind + ": unexpected end of file"
                            + "; the file is incomplete (interrupted download or copy?)", e);
        } catch (IOException e) {
            String detail = detail(e);
            if (detail.toLowerCase(Locale.ROOT).contains("unsupported")) {
                throw new ImageDecodeException(ImageDecodeException.Reason.UNSUPPORTED_FORMAT,
                        label + ": unsupported " + kind + " variant: " + detail + "; convert it to a standard JPEG or PNG", e);
            }
            throw new ImageDecodeException(ImageDecodeException.Reason.CORRUPT,
                    label + ": truncated or corrupt " + kind + ": " + detail, e);
        } catch (OutOfMemoryError e) {
            throw new ImageDecodeException(ImageDecodeException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "%s: out of memory decoding a %dx%d %s; lower ImageLimits.maxPixels or give the JVM more memory (-Xmx)",
                    label, width, height, kind), e);
        } catch (RuntimeException e) {
            // ImageIO plugins throw IndexOutOfBounds, IllegalArgument, NegativeArraySize... on bad data
            throw new ImageDecodeException(ImageDecodeException.Reason.CORRUPT,
                    label + ": truncated or corrupt " + kind + ": " + detail(e), e);
        } finally {
            reader.dispose();
        }
    }

    /** Message of an exception and its causes, e.g. "Error reading PNG image data (EOFException)". */
    private static String detail(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            String msg = t.getMessage();
            boolean generic = t.getClass() == IIOException.class || t.getClass() == IOException.class;
            if (msg == null || msg.isBlank()) {
                sb.append(t.getClass().getSimpleName());
            } else if (generic) {
                sb.append(msg);
            } else {
                sb.append(msg).append(" (").append(t.getClass().getSimpleName()).append(')');
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static void checkWarnings(List<String> warnings, String kind, String label) throws ImageDecodeException {
        for (String warning : warnings) {
            String w = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            // libjpeg: "Corrupt JPEG data: premature end of data segment" / "Premature end of JPEG
            // file" = scan data ran out, the rest of the image is filled with grey. A file that only
            // lacks its final EOI marker (TwelveMonkeys: "Truncated File - Missing EOI marker") is
            // complete and accepted.
            boolean onlyMissingEoi = w.contains("missing eoi");
            if (w.contains("premature end") || w.contains("unexpected end") || (w.contains("truncat") && !onlyMissingEoi)) {
                throw new ImageDecodeException(ImageDecodeException.Reason.CORRUPT,
                        label + ": truncated or corrupt " + kind + ": " + warning
                                + "; the file is incomplete (interrupted download or copy?) - re-copy or re-export it");
            }
        }
        for (String warning : warnings) {
            LOG.debug("{}: {} decoder warning: {}", label, kind, warning);
        }
    }

    static String describeColourModel(ColorModel model, int adobeTransform) {
        if (model instanceof IndexColorModel) {
            return "indexed";
        }
        int bits = 0;
        for (int i = 0; i < model.getNumComponents(); i++) {
            bits = Math.max(bits, model.getComponentSize(i));
        }
        String suffix = (model.hasAlpha() ? "a" : "") + (bits > 8 ? "16" : "");
        return switch (model.getColorSpace().getType()) {
            case ColorSpace.TYPE_GRAY -> "gray" + suffix;
            case ColorSpace.TYPE_CMYK -> adobeTransform == 2 ? "ycck" : "cmyk";
            case ColorSpace.TYPE_RGB, ColorSpace.TYPE_YCbCr -> "rgb" + suffix;
            default -> "unknown";
        };
    }

    // ---- metadata (EXIF orientation, Adobe APP14 transform) -----------------------------------

    private record SourceMeta(int orientation, int adobeTransform) {
        static final SourceMeta NONE = new SourceMeta(1, -1);
    }

    private interface StreamOpener {
        InputStream open() throws IOException;
    }

    private static SourceMeta readMeta(ImageFormat format, StreamOpener opener) {
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG && format != ImageFormat.WEBP) {
            return SourceMeta.NONE;
        }
        try (InputStream in = new BufferedInputStream(opener.open(), 64 * 1024)) {
            Metadata metadata = format == ImageFormat.JPEG
                    ? JpegMetadataReader.readMetadata(in, List.of(new ExifReader(), new AdobeJpegReader()))
                    : ImageMetadataReader.readMetadata(in);
            int orientation = 1;
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    Integer value = dir.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                    if (value != null && value >= 1 && value <= 8) {
                        orientation = value;
                    }
                    break;
                }
            }
            int transform = -1;
            AdobeJpegDirectory adobe = metadata.getFirstDirectoryOfType(AdobeJpegDirectory.class);
            if (adobe != null && adobe.containsTag(AdobeJpegDirectory.TAG_COLOR_TRANSFORM)) {
                Integer value = adobe.getInteger(AdobeJpegDirectory.TAG_COLOR_TRANSFORM);
                transform = value == null ? -1 : value;
            }
            return new SourceMeta(orientation, transform);
        } catch (Exception | StackOverflowError e) {
            // metadata is best effort: a broken EXIF block must not make a viewable image fail
            LOG.debug("metadata not readable, assuming orientation 1: {}", e.toString());
            return SourceMeta.NONE;
        }
    }

    // ---- PNG iCCP --------------------------------------------------------------------------------

    private static final int CHUNK_IDAT = 0x49444154;
    private static final int CHUNK_IEND = 0x49454E44;
    private static final int CHUNK_ICCP = 0x69434350;
    private static final int MAX_ICC_BYTES = 16 * 1024 * 1024;

    /** The decompressed iCCP profile of a PNG, or null. Leaves the stream position undefined. */
    static byte[] findPngIccProfile(ImageInputStream in) {
        try {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
            in.seek(8);
            for (int i = 0; i < 1000; i++) {
                long length = in.readUnsignedInt();
                int type = in.readInt();
                if (type == CHUNK_IDAT || type == CHUNK_IEND) {
                    return null;
                }
                if (type == CHUNK_ICCP) {
                    if (length > MAX_ICC_BYTES) {
                        return null;
                    }
                    byte[] chunk = new byte[(int) length];
                    in.readFully(chunk);
                    int nul = 0;
                    while (nul < chunk.length && chunk[nul] != 0) {
                        nul++;
                    }
                    int start = nul + 2; // skip NUL and compression method
                    if (start >= chunk.length) {
                        return null;
                    }
                    return inflate(chunk, start, chunk.length - start);
                }
                in.seek(in.getStreamPosition() + length + 4);
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            LOG.debug("PNG iCCP chunk not readable: {}", e.toString());
        }
        return null;
    }

    private static byte[] inflate(byte[] data, int off, int len) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, off, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream(len * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_ICC_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** Converts RGB pixels from an embedded RGB ICC profile to sRGB; anything else is left alone. */
    static RgbImage applyIccProfile(RgbImage image, byte[] iccBytes, String label) {
        try {
            ICC_Profile profile = ICC_Profile.getInstance(iccBytes);
            if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB || isSrgbProfile(profile)) {
                return image;
            }
            ColorConvertOp op = new ColorConvertOp(new ICC_ColorSpace(profile),
                    ColorSpace.getInstance(ColorSpace.CS_sRGB), null);
            int w = image.width();
            int h = image.height();
            int[] bands = {0, 1, 2};
            Raster src = Raster.createInterleavedRaster(new DataBufferByte(image.internalArray(), w * h * 3),
                    w, h, w * 3, 3, bands, null);
            WritableRaster dst = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, w * 3, 3, bands, null);
            op.filter(src, dst);
            return RgbImage.wrap(w, h, ((DataBufferByte) dst.getDataBuffer()).getData());
        } catch (RuntimeException e) {
            LOG.debug("{}: embedded ICC profile not applied: {}", label, e.toString());
            return image;
        }
    }

    private static final float[][] PROBE_COLOURS = {
            {0.2f, 0.2f, 0.2f}, {0.5f, 0.5f, 0.5f}, {0.8f, 0.8f, 0.8f}, {1f, 0f, 0f}, {0f, 1f, 0f},
            {0f, 0f, 1f}, {0.9f, 0.6f, 0.3f}, {0.1f, 0.4f, 0.7f}};

    /**
     * Whether a profile behaves like sRGB (probe colours map to themselves within 2/255), so the
     * common case of an embedded sRGB profile costs no conversion. Names are not trusted: the
     * JDK's own linear profile is called "linear sRGB".
     */
    private static boolean isSrgbProfile(ICC_Profile profile) {
        ICC_ColorSpace cs = new ICC_ColorSpace(profile);
        for (float[] c : PROBE_COLOURS) {
            float[] out = cs.toRGB(c);
            for (int i = 0; i < 3; i++) {
                if (Math.abs(out[i] - c[i]) > 2f / 255) {
                    return false;
                }
            }
        }
        return true;
    }

}
