package io.facescribe.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Image formats {@link ImageDecoder} reads, detected from magic bytes (never from a file name).
 */
public enum ImageFormat {
    JPEG("JPEG"),
    PNG("PNG"),
    GIF("GIF"),
    BMP("BMP"),
    WEBP("WebP");

    /** Number of leading bytes {@link #detect} and {@link #describeUnsupported} look at. */
    public static final int HEADER_BYTES = 32;

    private final String displayName;

    ImageFormat(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name, e.g. "JPEG", "WebP". */
    public String displayName() {
        return displayName;
    }

    /**
     * Detects a supported format from the first bytes of a file.
     *
     * @param header leading bytes of the file (up to {@link #HEADER_BYTES} are used)
     * @param length number of valid bytes in {@code header}
     */
    public static Optional<ImageFormat> detect(byte[] header, int length) {
        if (startsWith(header, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWithAscii(header, length, 0, "GIF87a") || startsWithAscii(header, length, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWithAscii(header, length, 0, "RIFF") && startsWithAscii(header, length, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (length >= 14 && startsWithAscii(header, length, 0, "BM")) {
            // BITMAPFILEHEADER: 2 reserved shorts at 6..9 are normally zero; the DIB header size at
            // 14 is one of a handful of values. Checking the latter keeps text starting "BM" out.
            if (length >= 18) {
                int dib = (header[14] & 0xFF) | (header[15] & 0xFF) << 8 | (header[16] & 0xFF) << 16
                        | (header[17] & 0xFF) << 24;
                if (dib == 12 || dib == 16 || dib == 40 || dib == 52 || dib == 56 || dib == 64
                        || dib == 108 || dib == 124) {
                    return Optional.of(BMP);
                }
                return Optional.empty();
            }
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /**
     * Names a recognised image (or image-like) format that is NOT supported, e.g. "TIFF", "HEIC",
     * or empty when the bytes are not recognised at all.
     */
    public static Optional<String> describeUnsupported(byte[] header, int length) {
        if (startsWith(header, length, 'I', 'I', 0x2A, 0x00) || startsWith(header, length, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of("TIFF (or camera raw)");
        }
        if (startsWith(header, length, 'I', 'I', 0x2B, 0x00) || startsWith(header, length, 'M', 'M', 0x00, 0x2B)) {
            return Optional.of("BigTIFF");
        }
        if (startsWithAscii(header, length, 4, "ftyp") && length >= 12) {
            String brand = new String(header, 8, 4, StandardCharsets.ISO_8859_1);
            switch (brand) {
                case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
                    return Optional.of("HEIC/HEIF");
                case "avif", "avis":
                    return Optional.of("AVIF");
                case "jp2 ", "jpx ":
                    return Optional.of("JPEG 2000");
                default:
                    return Optional.of("ISO media (video or HEIF, brand '" + brand.trim() + "')");
            }
        }
        if (startsWith(header, length, 0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ')
                || startsWith(header, length, 0xFF, 0x4F, 0xFF, 0x51)) {
            return Optional.of("JPEG 2000");
        }
        if (startsWith(header, length, 0xFF, 0x0A)
                || startsWith(header, length, 0x00, 0x00, 0x00, 0x0C, 'J', 'X', 'L', ' ')) {
            return Optional.of("JPEG XL");
        }
        if (startsWithAscii(header, length, 0, "8BPS")) {
            return Optional.of("Photoshop PSD");
        }
        if (startsWith(header, length, 0x00, 0x00, 0x01, 0x00) || startsWith(header, length, 0x00, 0x00, 0x02, 0x00)) {
            return Optional.of("ICO/CUR icon");
        }
        if (startsWithAscii(header, length, 0, "%PDF")) {
            return Optional.of("PDF document");
        }
        if (startsWithAscii(header, length, 0, "RIFF")) {
            return Optional.of("RIFF container (not WebP)");
        }
        if (startsWithAscii(header, length, 0, "<svg") || startsWithAscii(header, length, 0, "<?xml")) {
            return Optional.of("SVG/XML (vector, not a bitmap)");
        }
        if (startsWith(header, length, 'P', '1') || startsWith(header, length, 'P', '2')
                || startsWith(header, length, 'P', '3') || startsWith(header, length, 'P', '4')
                || startsWith(header, length, 'P', '5') || startsWith(header, length, 'P', '6')) {
            if (length > 2 && Character.isWhitespace(header[2])) {
                return Optional.of("Netpbm (PBM/PGM/PPM)");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int length, int... magic) {
        if (length < magic.length || data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAscii(byte[] data, int length, int offset, String magic) {
        if (length < offset + magic.length() || data.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (data[offset + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
