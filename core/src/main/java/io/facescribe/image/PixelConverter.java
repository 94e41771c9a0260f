package io.facescribe.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/** BufferedImage to packed 8-bit sRGB, with direct raster access for the common layouts. */
final class PixelConverter {

    private PixelConverter() {
    }

    static RgbImage convert(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[RgbImage.byteLength(w, h)];
        if (!(tryComponent(image, out) || tryPacked(image, out) || tryIndexed(image, out))) {
            generic(image, out);
        }
        return RgbImage.wrap(w, h, out);
    }

    // Composite a non-premultiplied colour value c (0..255) with alpha a (0..255) over white.
    private static int overWhite(int c, int a) {
        return (c * a + 255 * (255 - a) + 127) / 255;
    }

    // Same for a premultiplied colour value.
    private static int overWhitePremultiplied(int c, int a) {
        return Math.min(255, c + 255 - a);
    }

    /** ComponentColorModel over byte or ushort interleaved/banded data: RGB(A) in sRGB, or grey(+alpha). */
    private static boolean tryComponent(BufferedImage image, byte[] out) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (!(cm instanceof ComponentColorModel) || !(raster.getSampleModel() instanceof ComponentSampleModel sm)) {
            return false;
        }
        ColorSpace cs = cm.getColorSpace();
        int colourBands;
        if (cs.getType() == ColorSpace.TYPE_GRAY) {
            colourBands = 1;
        } else if (cs.isCS_sRGB()) {
            colourBands = 3;
        } else {
            return false;
        }
        boolean alpha = cm.hasAlpha();
        int bands = colourBands + (alpha ? 1 : 0);
        if (sm.getNumBands() != bands) {
            return false;
        }
        DataBuffer db = raster.getDataBuffer();
        int bits = cm.getComponentSize(0);
        for (int i = 1; i < bands; i++) {
            if (cm.getComponentSize(i) != bits) {
                return false;
            }
        }
        boolean bytes = db instanceof DataBufferByte && bits == 8;
        boolean shorts = db instanceof DataBufferUShort && bits == 16;
        if (!bytes && !shorts) {
            return false;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int pixelStride = sm.getPixelStride();
        int scanStride = sm.getScanlineStride();
        int[] bankIdx = sm.getBankIndices();
        int[] bandOff = sm.getBandOffsets();
        int[] bankBase = db.getOffsets();
        int tx = raster.getSampleModelTranslateX();
        int ty = raster.getSampleModelTranslateY();
        // absolute offsets of each band at pixel (0,0) of the image
        int[] base = new int[bands];
        for (int b = 0; b < bands; b++) {
            base[b] = bankBase[bankIdx[b]] + bandOff[b] + (-ty) * scanStride + (-tx) * pixelStride;
        }
        boolean premult = cm.isAlphaPremultiplied();

        if (bytes) {
            DataBufferByte dbb = (DataBufferByte) db;
            if (bands == 3 && bankIdx[0] == bankIdx[1] && bankIdx[1] == bankIdx[2] && pixelStride == 3
                    && bandOff[0] == 2 && bandOff[1] == 1 && bandOff[2] == 0) {
                // TYPE_3BYTE_BGR and equivalents: the hot path for JPEG
                byte[] src = dbb.getData(bankIdx[0]);
                int o = 0;
                for (int y = 0; y < h; y++) {
                    int p = base[2] + y * scanStride; // blue byte of pixel 0 of the row
                    int end = p + w * 3;
                    for (; p < end; p += 3) {
                        out[o++] = src[p + 2];
                        out[o++] = src[p + 1];
                        out[o++] = src[p];
                    }
                }
                return true;
            }
            byte[][] banks = new byte[bands][];
            for (int b = 0; b < bands; b++) {
                banks[b] = dbb.getData(bankIdx[b]);
            }
            int o = 0;
            for (int y = 0; y < h; y++) {
                int row = y * scanStride;
                for (int x = 0; x < w; x++) {
                    int p = row + x * pixelStride;
                    int r;
                    int g;
                    int bl;
                    if (colourBands == 3) {
                        r = banks[0][base[0] + p] & 0xFF;
                        g = banks[1][base[1] + p] & 0xFF;
                        bl = banks[2][base[2] + p] & 0xFF;
                    } else {
                        r = g = bl = banks[0][base[0] + p] & 0xFF;
                    }
                    int a = alpha ? banks[colourBands][base[colourBands] + p] & 0xFF : 255;
                    o = put(out, o, r, g, bl, a, premult);
                }
            }
            return true;
        }

        DataBufferUShort dbs = (DataBufferUShort) db;
        short[][] banks = new short[bands][];
        for (int b = 0; b < bands; b++) {
            banks[b] = dbs.getData(bankIdx[b]);
        }
        int o = 0;
        for (int y = 0; y < h; y++) {
            int row = y * scanStride;
            for (int x = 0; x < w; x++) {
                int p = row + x * pixelStride;
                int r;
                int g;
                int bl;
                if (colourBands == 3) {
                    r = to8(banks[0][base[0] + p]);
                    g = to8(banks[1][base[1] + p]);
                    bl = to8(banks[2][base[2] + p]);
                } else {
                    r = g = bl = to8(banks[0][base[0] + p]);
                }
                int a = alpha ? to8(banks[colourBands][base[colourBands] + p]) : 255;
                o = put(out, o, r, g, bl, a, premult);
            }
        }
        return true;
    }

    /** Writes one pixel composited over white (alpha 255 = opaque); returns the next offset. */
    private static int put(byte[] out, int o, int r, int g, int b, int a, boolean premultiplied) {
        if (a != 255) {
            r = premultiplied ? overWhitePremultiplied(r, a) : overWhite(r, a);
            g = premultiplied ? overWhitePremultiplied(g, a) : overWhite(g, a);
            b = premultiplied ? overWhitePremultiplied(b, a) : overWhite(b, a);
        }
        out[o] = (byte) r;
        out[o + 1] = (byte) g;
        out[o + 2] = (byte) b;
        return o + 3;
    }

    /** 16-bit to 8-bit with rounding: round(v * 255 / 65535). */
    private static int to8(short v) {
        return ((v & 0xFFFF) + 128) / 257;
    }

    /** DirectColorModel over int data with 8-bit channels in sRGB: TYPE_INT_RGB/ARGB/ARGB_PRE/BGR. */
    private static boolean tryPacked(BufferedImage image, byte[] out) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (!(cm instanceof DirectColorModel dcm) || !(raster.getDataBuffer() instanceof DataBufferInt dbi)
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || !cm.getColorSpace().isCS_sRGB()) {
            return false;
        }
        int rs = shiftOf8BitMask(dcm.getRedMask());
        int gs = shiftOf8BitMask(dcm.getGreenMask());
        int bs = shiftOf8BitMask(dcm.getBlueMask());
        boolean alpha = dcm.hasAlpha();
        int as = alpha ? shiftOf8BitMask(dcm.getAlphaMask()) : 0;
        if (rs < 0 || gs < 0 || bs < 0 || as < 0) {
            return false;
        }
        boolean premult = dcm.isAlphaPremultiplied();
        int[] src = dbi.getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int scan = sm.getScanlineStride();
        int base = dbi.getOffset() - raster.getSampleModelTranslateY() * scan - raster.getSampleModelTranslateX();
        int o = 0;
        for (int y = 0; y < h; y++) {
            int p = base + y * scan;
            for (int x = 0; x < w; x++, p++) {
                int v = src[p];
                int r = (v >>> rs) & 0xFF;
                int g = (v >>> gs) & 0xFF;
                int b = (v >>> bs) & 0xFF;
                int a = alpha ? (v >>> as) & 0xFF : 255;
                o = put(out, o, r, g, b, a, premult);
            }
        }
        return true;
    }

    /** Shift of a contiguous 8-bit mask, or -1 if the mask is not 8 contiguous bits. */
    private static int shiftOf8BitMask(int mask) {
        if (mask == 0) {
            return -1;
        }
        int shift = Integer.numberOfTrailingZeros(mask);
        return (mask >>> shift) == 0xFF ? shift : -1;
    }

    /** IndexColorModel (any bit depth, any sample model): palette lookup, transparency over white. */
    private static boolean tryIndexed(BufferedImage image, byte[] out) {
        if (!(image.getColorModel() instanceof IndexColorModel icm) || !icm.getColorSpace().isCS_sRGB()) {
            return false;
        }
        int size = icm.getMapSize();
        byte[] lut = new byte[size * 3];
        for (int i = 0; i < size; i++) {
            int argb = icm.getRGB(i); // non-premultiplied sRGB
            int a = argb >>> 24;
            lut[i * 3] = (byte) overWhite((argb >>> 16) & 0xFF, a);
            lut[i * 3 + 1] = (byte) overWhite((argb >>> 8) & 0xFF, a);
            lut[i * 3 + 2] = (byte) overWhite(argb & 0xFF, a);
        }
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        int minX = raster.getMinX();
        int minY = raster.getMinY();
        int o = 0;
        for (int y = 0; y < h; y++) {
            raster.getSamples(minX, minY + y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int idx = row[x];
                if (idx < 0 || idx >= size) {
                    idx = 0; // corrupt index: use entry 0 rather than fail
                }
                int l = idx * 3;
                out[o++] = lut[l];
                out[o++] = lut[l + 1];
                out[o++] = lut[l + 2];
            }
        }
        return true;
    }

    /** Anything else (non-sRGB colour spaces, odd layouts): getRGB one row at a time. */
    private static void generic(BufferedImage image, byte[] out) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        int o = 0;
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                o = put(out, o, (argb >>> 16) & 0xFF, (argb >>> 8) & 0xFF, argb & 0xFF, argb >>> 24, false);
            }
        }
    }
}
