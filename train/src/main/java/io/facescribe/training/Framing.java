package io.facescribe.training;

import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.RgbImage;

/**
 * How a labelled image is re-framed before it is analysed, as users' photos frame the same face differently:
 * as it is, mirrored left to right, or cropped a little off (shifted by {@value #SHIFT} of the side to the right and
 * down and {@value #SCALE}× wider, the new border black as outside any image). Used for the training rows of the
 * heads (each framing a row of its own) and for the framing-consistency figure (the same face's decisions across
 * framings).
 */
public enum Framing {
    AS_IS, MIRRORED, SHIFTED;

    /** Fraction of the side the shifted framing moves the crop by (right and down). */
    public static final double SHIFT = 0.06;
    /** How much wider the shifted framing's crop is. */
    public static final double SCALE = 1.12;

    /** The key part of a cache file for this framing (empty as it is, so older caches still match). */
    public String cacheKey() {
        return this == AS_IS ? "" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The image re-framed. */
    public DecodedImage apply(DecodedImage decoded) {
        if (this == AS_IS) {
            return decoded;
        }
        RgbImage image = decoded.image();
        RgbImage framed = this == MIRRORED ? mirror(image) : reframe(image);
        return new DecodedImage(framed, decoded.format(), decoded.originalWidth(), decoded.originalHeight(),
                decoded.orientation(), decoded.colourModel(), decoded.hadAlpha(), decoded.subsampling());
    }

    /** The image mirrored left to right. */
    static RgbImage mirror(RgbImage image) {
        int w = image.width();
        int h = image.height();
        byte[] src = image.toByteArray();
        byte[] out = new byte[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int s = (y * w + x) * 3;
                int d = (y * w + (w - 1 - x)) * 3;
                out[d] = src[s];
                out[d + 1] = src[s + 1];
                out[d + 2] = src[s + 2];
            }
        }
        return RgbImage.of(w, h, out);
    }

    /** The image's square framing shifted and widened, sampled back at the image's size (long side). */
    static RgbImage reframe(RgbImage image) {
        Crop whole = Crop.whole(image);
        Crop moved = whole.shifted(SHIFT * whole.side(), SHIFT * whole.side()).scaled(SCALE);
        int side = Math.max(image.width(), image.height());
        float[] px = CropSampler.rgb(image, moved, side, 0f, 255f);
        byte[] out = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = (byte) Math.round(Math.max(0, Math.min(255, px[i])));
        }
        return RgbImage.of(side, side, out);
    }
}
