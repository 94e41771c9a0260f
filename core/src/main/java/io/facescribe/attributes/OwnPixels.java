package io.facescribe.attributes;

import java.util.ArrayList;
import java.util.List;

import io.facescribe.face.Crop;
import io.facescribe.face.Mesh;
import io.facescribe.face.PersonMask;
import io.facescribe.face.Point;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Tensor4;

/**
 * What one face's measurements may see in a photo of several people: the image with the other people's pixels
 * near this face (their hair, faces, shoulders) painted over with the background around this face, so that hair
 * colour, length and texture, and every other attribute, are read from the face's own pixels and not a
 * neighbour's.
 *
 * <p>Whose a pixel is: each face claims the pixels nearest its head in its own frame ({@link FaceFrame}: distances in
 * face units, measured from the middle of the head, 0.45 units above the eyes, with vertical distances counted at
 * {@link #VERTICAL} of their length so that a head's region reaches down to its shoulders) — a Voronoi partition
 * scaled by face size, so a near, large face claims more than a small one behind it. Inside this face's CelebA
 * framing ({@link FaceFrame#celebaCrop}), a pixel another face claims is painted only where the selfie network
 * ({@link PersonMask}, run once on the unpainted framing) sees a person; the paint is the mean colour of the framing's
 * background (pixels the mask calls background), grey when there is none. Outside the framing (the regions below the
 * chin that the colour features read) every pixel another face claims is painted.
 *
 * <p>A face alone in its photo, or one whose neighbours claim nothing near it, gets the image itself (no copy).
 */
final class OwnPixels {

    /** Vertical distances count this much of their length (head regions are taller than wide). */
    static final double VERTICAL = 0.6;
    /** The head's middle, in frame units below the eyes (negative: above). */
    static final double HEAD_CENTRE_V = -0.45;
    /** What painting covers, in frame units: the CelebA framing and the neck regions below it. */
    private static final double REACH_U = 2.6;
    private static final double REACH_TOP = -2.7;
    private static final double REACH_BOTTOM = 3.3;
    /** Mask value from which a pixel is a person. */
    private static final float PERSON = 0.5f;
    /** Grey paint when the framing has no background. */
    private static final int GREY = 128;

    private OwnPixels() {
    }

    /**
     * The image as face {@code index} of {@code meshes} should see it.
     *
     * @param image  the decoded image (not changed)
     * @param meshes the meshes of every face analysed in the image
     * @param index  which face
     * @param selfie the person-mask network
     */
    static RgbImage of(RgbImage image, List<Mesh> meshes, int index, PersonMask selfie) {
        if (meshes.size() < 2) {
            return image;
        }
        List<Head> frames = new ArrayList<>();
        for (Mesh m : meshes) {
            frames.add(Head.of(FaceFrame.of(m)));
        }
        FaceFrame own = FaceFrame.of(meshes.get(index));
        int[] roi = reach(own, image.width(), image.height());
        if (roi == null || !anyClaimed(frames, index, roi)) {
            return image;
        }
        Crop framing = own.celebaCrop();
        Tensor4 mask = selfie.mask(image, framing);
        int ms = (int) mask.shape()[1];
        int w = image.width();
        double[] fill = background(image, framing, mask, ms);
        byte fr = (byte) Math.round(fill[0]);
        byte fg = (byte) Math.round(fill[1]);
        byte fb = (byte) Math.round(fill[2]);
        byte[] rgb = image.toByteArray();
        double[] cell = new double[2];
        for (int y = roi[1]; y < roi[3]; y++) {
            for (int x = roi[0]; x < roi[2]; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                if (owner(frames, px, py) == index) {
                    continue;
                }
                boolean inFraming = toCrop(framing, px, py, ms, cell);
                if (inFraming && mask.get(((int) cell[1]) * ms + (int) cell[0]) < PERSON) {
                    continue;
                }
                int i = (y * w + x) * 3;
                rgb[i] = fr;
                rgb[i + 1] = fg;
                rgb[i + 2] = fb;
            }
        }
        return RgbImage.of(image.width(), image.height(), rgb);
    }

    /** A face's head centre and frame axes, for the ownership distance. */
    record Head(double x, double y, double cos, double sin, double unit) {
        static Head of(FaceFrame f) {
            Point c = f.toImage(0, HEAD_CENTRE_V);
            return new Head(c.x(), c.y(), Math.cos(f.angle()), Math.sin(f.angle()), f.unit());
        }

        /** Squared scaled distance of an image point from the head's middle. */
        double distance(double px, double py) {
            double dx = px - x;
            double dy = py - y;
            double u = (dx * cos + dy * sin) / unit;
            double v = (-dx * sin + dy * cos) / unit * VERTICAL;
            return u * u + v * v;
        }
    }

    /** The index of the face whose head is nearest the pixel (in its own frame's scaled distance). */
    static int owner(List<Head> heads, double x, double y) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int k = 0; k < heads.size(); k++) {
            double d = heads.get(k).distance(x, y);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /** Whether another face claims any pixel of the region (checked on a coarse grid, then exactly). */
    private static boolean anyClaimed(List<Head> frames, int index, int[] roi) {
        int step = Math.max(1, Math.min(roi[2] - roi[0], roi[3] - roi[1]) / 64);
        for (int y = roi[1]; y < roi[3]; y += step) {
            for (int x = roi[0]; x < roi[2]; x += step) {
                if (owner(frames, x + 0.5, y + 0.5) != index) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pixel box (x0, y0, x1, y1; end exclusive) the painting may touch, clipped to the image; null if empty. */
    private static int[] reach(FaceFrame f, int width, int height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double u : new double[] {-REACH_U, REACH_U}) {
            for (double v : new double[] {REACH_TOP, REACH_BOTTOM}) {
                Point p = f.toImage(u, v);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        int x0 = Math.max(0, (int) Math.floor(minX));
        int y0 = Math.max(0, (int) Math.floor(minY));
        int x1 = Math.min(width, (int) Math.ceil(maxX));
        int y1 = Math.min(height, (int) Math.ceil(maxY));
        return x1 <= x0 || y1 <= y0 ? null : new int[] {x0, y0, x1, y1};
    }

    /** The mask cell (column, row) of an image point, into {@code cell}; false when the point is outside the crop. */
    private static boolean toCrop(Crop crop, double x, double y, int size, double[] cell) {
        double dx = x - crop.centerX();
        double dy = y - crop.centerY();
        double cos = Math.cos(crop.angle());
        double sin = Math.sin(crop.angle());
        double s = size / crop.side();
        double u = (dx * cos + dy * sin) * s + size / 2.0;
        double v = (-dx * sin + dy * cos) * s + size / 2.0;
        if (u < 0 || v < 0 || u >= size || v >= size) {
            return false;
        }
        cell[0] = u;
        cell[1] = v;
        return true;
    }

    /** Mean colour (0..255) of the framing's background pixels, as the mask cells place them; grey when none. */
    private static double[] background(RgbImage image, Crop framing, Tensor4 mask, int ms) {
        double[] sum = new double[3];
        double[] px = new double[3];
        int n = 0;
        int step = Math.max(1, ms / 64);
        for (int v = 0; v < ms; v += step) {
            for (int u = 0; u < ms; u += step) {
                if (mask.get(v * ms + u) >= PERSON) {
                    continue;
                }
                Point p = framing.toImage(u + 0.5, v + 0.5, ms);
                if (p.x() < 0 || p.y() < 0 || p.x() >= image.width() || p.y() >= image.height()) {
                    continue;
                }
                image.sampleRgb(p.x(), p.y(), px);
                for (int c = 0; c < 3; c++) {
                    sum[c] += px[c] * 255;
                }
                n++;
            }
        }
        if (n == 0) {
            return new double[] {GREY, GREY, GREY};
        }
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }
}
