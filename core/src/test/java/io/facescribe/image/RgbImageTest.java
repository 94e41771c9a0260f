package io.facescribe.image;

import org.junit.jupiter.api.Test;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RgbImageTest {

    private static int overWhite(int c, int a) {
        return (c * a + 255 * (255 - a) + 127) / 255;
    }

    /** Reference: getRGB per pixel (non-premultiplied sRGB) composited over white. */
    private static int reference(BufferedImage img, int x, int y) {
        int argb = img.getRGB(x, y);
        int a = argb >>> 24;
        return overWhite((argb >>> 16) & 0xFF, a) << 16 | overWhite((argb >>> 8) & 0xFF, a) << 8
                | overWhite(argb & 0xFF, a);
    }

    private static BufferedImage random(int type, int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, type);
        Random rnd = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rnd.nextInt());
            }
        }
        return img;
    }

    @Test
    void fastPathsAgreeWithGetRgbForColourTypes() {
        int[] types = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_BGR,
                BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_INDEXED,
                BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_BYTE_BINARY};
        for (int type : types) {
            BufferedImage img = random(type, 37, 23, type);
            RgbImage rgb = RgbImage.fromBufferedImage(img);
            for (int y = 0; y < 23; y++) {
                for (int x = 0; x < 37; x++) {
                    assertThat(rgb.rgb(x, y)).as("type %d at %d,%d", type, x, y).isEqualTo(reference(img, x, y));
                }
            }
            // sub-images share the parent's buffer with an offset
            BufferedImage sub = img.getSubimage(5, 3, 20, 11);
            RgbImage subRgb = RgbImage.fromBufferedImage(sub);
            assertThat(subRgb).as("sub-image of type %d", type).isEqualTo(rgb.crop(5, 3, 20, 11));
        }
    }

    @Test
    void premultipliedAlphaIsCompositedOverWhite() {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_4BYTE_ABGR_PRE}) {
            BufferedImage img = new BufferedImage(3, 1, type);
            img.setRGB(0, 0, 0x00000000);
            img.setRGB(1, 0, 0xFF102030);
            img.setRGB(2, 0, 0x80FF0000);
            RgbImage rgb = RgbImage.fromBufferedImage(img);
            assertThat(rgb.rgb(0, 0)).isEqualTo(0xFFFFFF);
            assertThat(rgb.rgb(1, 0)).isEqualTo(0x102030);
            assertThat(rgb.r(2, 0)).isEqualTo(255);
            assertThat(rgb.g(2, 0)).isBetween(126, 128);
        }
    }

    @Test
    void greyIsReplicatedNotGammaShifted() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 100);
        grey.getRaster().setSample(1, 0, 0, 200);
        RgbImage rgb = RgbImage.fromBufferedImage(grey);
        assertThat(rgb.rgb(0, 0)).isEqualTo(0x646464);
        assertThat(rgb.rgb(1, 0)).isEqualTo(0xC8C8C8);

        ComponentColorModel greyAlpha = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true,
                false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster r = greyAlpha.createCompatibleWritableRaster(1, 1);
        r.setPixel(0, 0, new int[] {0, 0});
        assertThat(RgbImage.fromBufferedImage(new BufferedImage(greyAlpha, r, false, null)).rgb(0, 0)).isEqualTo(0xFFFFFF);
    }

    @Test
    void accessorsAndCopies() {
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        RgbImage img = RgbImage.of(2, 2, data);
        data[0] = 99; // of() copied
        assertThat(img.r(0, 0)).isEqualTo(1);
        assertThat(img.g(1, 0)).isEqualTo(5);
        assertThat(img.b(1, 1)).isEqualTo(12);
        assertThat(img.rgb(0, 1)).isEqualTo(0x070809);
        assertThat(img.pixelCount()).isEqualTo(4);

        byte[] out = img.toByteArray();
        out[0] = 42; // a copy
        assertThat(img.r(0, 0)).isEqualTo(1);

        byte[] row = new byte[8];
        img.copyRow(1, row, 2);
        assertThat(row).containsExactly(0, 0, 7, 8, 9, 10, 11, 12);
        byte[] region = new byte[3];
        img.copyRegion(1, 1, 1, 1, region, 0);
        assertThat(region).containsExactly(10, 11, 12);
        assertThat(img.toPackedRgb()).containsExactly(0x010203, 0x040506, 0x070809, 0x0A0B0C);

        assertThatThrownBy(() -> img.r(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> RgbImage.of(2, 2, new byte[5])).isInstanceOf(IllegalArgumentException.class);
        assertThat(img).isEqualTo(RgbImage.of(2, 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        assertThat(img.hashCode()).isEqualTo(RgbImage.of(2, 2, img.toByteArray()).hashCode());
    }

    @Test
    void cropAndBufferedImageRoundTrip() {
        RgbImage img = RgbImage.fromBufferedImage(random(BufferedImage.TYPE_INT_RGB, 30, 20, 7));
        RgbImage crop = img.crop(10, 5, 8, 4);
        assertThat(crop.width()).isEqualTo(8);
        assertThat(crop.height()).isEqualTo(4);
        assertThat(crop.rgb(0, 0)).isEqualTo(img.rgb(10, 5));
        assertThat(crop.rgb(7, 3)).isEqualTo(img.rgb(17, 8));
        assertThat(img.crop(0, 0, 30, 20)).isSameAs(img);
        assertThatThrownBy(() -> img.crop(25, 0, 10, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> img.crop(0, 0, 0, 5)).isInstanceOf(IndexOutOfBoundsException.class);

        BufferedImage bi = img.toBufferedImage();
        assertThat(bi.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(bi.getRGB(3, 4) & 0xFFFFFF).isEqualTo(img.rgb(3, 4));
        assertThat(RgbImage.fromBufferedImage(bi)).isEqualTo(img);
    }

    @Test
    void greyscaleDetection() {
        int n = 100 * 100;
        int[] px = new int[n];
        for (int i = 0; i < n; i++) {
            int v = i % 256;
            px[i] = v << 16 | Math.min(255, v + 3) << 8 | Math.max(0, v - 2);
        }
        RgbImage nearlyGrey = RgbImage.ofPackedRgb(100, 100, px);
        assertThat(nearlyGrey.isGreyscale(8)).isTrue();
        assertThat(nearlyGrey.isGreyscale(2)).isFalse();

        px[0] = 0xFF0000; // 1 coloured pixel in 10000 is tolerated by the default 99%
        assertThat(RgbImage.ofPackedRgb(100, 100, px).isGreyscale(8)).isTrue();
        for (int i = 0; i < 200; i++) {
            px[i] = 0xFF0000; // 2% coloured is not
        }
        assertThat(RgbImage.ofPackedRgb(100, 100, px).isGreyscale(8)).isFalse();
        assertThat(RgbImage.ofPackedRgb(100, 100, px).isGreyscale(8, 0.95)).isTrue();
        assertThat(RgbImage.filled(4, 4, 0x336699).isGreyscale(10)).isFalse();
        assertThat(RgbImage.filled(4, 4, 0x777777).isGreyscale(0)).isTrue();
    }

    @Test
    void subsampleTakesEveryNthPixel() {
        int[] px = new int[5 * 5];
        for (int i = 0; i < px.length; i++) {
            px[i] = i;
        }
        RgbImage s = RgbImage.ofPackedRgb(5, 5, px).subsample(2);
        assertThat(s.width()).isEqualTo(3);
        assertThat(s.toPackedRgb()).containsExactly(0, 2, 4, 10, 12, 14, 20, 22, 24);
    }

    @Test
    void sixteenBitRgbaRasterIsRounded() {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(2, 1);
        r.setPixel(0, 0, new int[] {65535, 32896, 0, 65535});
        r.setPixel(1, 0, new int[] {0, 0, 0, 0});
        RgbImage img = RgbImage.fromBufferedImage(new BufferedImage(cm, r, false, null));
        assertThat(img.rgb(0, 0)).isEqualTo(0xFF8000);
        assertThat(img.rgb(1, 0)).isEqualTo(0xFFFFFF);
    }

    @Test
    void halvedAveragesTwoByTwoBlocksAndIsKept() {
        // 3x3: the odd last column and row are averaged with themselves
        int[] px = {0x000000, 0x040404, 0x0A0000, 0x080808, 0x0C0C0C, 0x0000FF, 0x010203, 0x030201, 0xFFFFFF};
        RgbImage img = RgbImage.ofPackedRgb(3, 3, px);
        RgbImage half = img.halved();
        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(2);
        // (0+4+8+12)/4 = 6; (10+10+0+0)/4 = 5, blue (0+0+255+255)/4 = 127.5 -> 128; (1+3+1+3)/4 = 2 ...
        assertThat(half.toPackedRgb()).containsExactly(0x060606, 0x050080, 0x020202, 0xFFFFFF);
        assertThat(img.halved()).isSameAs(half);
        assertThat(RgbImage.filled(1, 1, 0x123456).halved().toPackedRgb()).containsExactly(0x123456);
    }
}
