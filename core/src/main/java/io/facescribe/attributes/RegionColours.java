package io.facescribe.attributes;

import io.facescribe.face.Mesh;
import io.facescribe.face.Point;
import io.facescribe.image.RgbImage;

/**
 * Colour and texture of regions placed from the mesh: hair above the forehead and beside the temples, a hat
 * above that, forehead and cheek skin, lips, eyelids, the nose bridge and under the eyes (glasses frames), the
 * upper lip, chin and jaw (facial hair), in front of the ears (sideburns), ear lobes (earrings), the neck
 * (necklace, necktie). Per region: mean red, green, blue (0..1), standard deviation of brightness, and mean
 * absolute brightness gradient (texture, edges). Each region is a rectangle in the face's frame, sampled on a
 * 5×5 grid with bilinear interpolation; outside the image counts as black, like the network crops.
 */
final class RegionColours {

    /** Region: anchor landmark(s), offset and half sizes in frame units. */
    private record Region(String name, int a, int b, double du, double dv, double hu, double hv) {
    }

    private static final Region[] REGIONS = {
            new Region("hair_top", 10, 10, 0, -0.55, 0.8, 0.3),
            new Region("hair_high", 10, 10, 0, -1.15, 0.9, 0.3),
            new Region("hat", 10, 10, 0, -1.75, 1.1, 0.3),
            new Region("hair_side_r", 234, 234, -0.35, -0.5, 0.2, 0.45),
            new Region("hair_side_l", 454, 454, 0.35, -0.5, 0.2, 0.45),
            new Region("hair_below_r", 234, 234, -0.45, 0.9, 0.25, 0.5),
            new Region("hair_below_l", 454, 454, 0.45, 0.9, 0.25, 0.5),
            new Region("forehead", 151, 151, 0, 0, 0.5, 0.15),
            new Region("cheek_r", 50, 50, 0, 0, 0.15, 0.15),
            new Region("cheek_l", 280, 280, 0, 0, 0.15, 0.15),
            new Region("lip_upper", 0, 13, 0, 0, 0.25, 0.04),
            new Region("lip_lower", 14, 17, 0, 0, 0.25, 0.05),
            new Region("lid_r", 159, 105, 0, 0, 0.15, 0.05),
            new Region("lid_l", 386, 334, 0, 0, 0.15, 0.05),
            new Region("bridge", 168, 168, 0, 0, 0.12, 0.1),
            new Region("under_eye_r", 119, 119, 0, 0, 0.2, 0.08),
            new Region("under_eye_l", 348, 348, 0, 0, 0.2, 0.08),
            new Region("temple_r", 127, 127, 0.1, 0, 0.1, 0.15),
            new Region("temple_l", 356, 356, -0.1, 0, 0.1, 0.15),
            new Region("upper_lip", 2, 0, 0, 0, 0.35, 0.08),
            new Region("chin", 17, 152, 0, 0, 0.3, 0.12),
            new Region("jaw_r", 132, 58, 0, 0, 0.15, 0.2),
            new Region("jaw_l", 361, 288, 0, 0, 0.15, 0.2),
            new Region("sideburn_r", 234, 234, 0.05, 0.35, 0.1, 0.25),
            new Region("sideburn_l", 454, 454, -0.05, 0.35, 0.1, 0.25),
            new Region("ear_r", 234, 234, -0.2, 0.7, 0.12, 0.15),
            new Region("ear_l", 454, 454, 0.2, 0.7, 0.12, 0.15),
            new Region("neck", 152, 152, 0, 0.6, 0.5, 0.25),
            new Region("neck_low", 152, 152, 0, 1.2, 0.7, 0.25),
    };
    static final int STATS = 5;
    static final int SIZE = REGIONS.length * STATS + 1;
    private static final int GRID = 5;

    private RegionColours() {
    }

    static void write(RgbImage image, Mesh mesh, FaceFrame frame, float[] out, int offset) {
        int o = offset;
        double[] lumas = new double[GRID * GRID];
        double[] px = new double[3];
        double[] nb = new double[3];
        double step = 0.06 * frame.unit();
        double sharpness = 0;
        for (Region r : REGIONS) {
            double[] pa = frame.toFrame(mesh.point(r.a()));
            double[] pb = frame.toFrame(mesh.point(r.b()));
            double cu = (pa[0] + pb[0]) / 2 + r.du();
            double cv = (pa[1] + pb[1]) / 2 + r.dv();
            double sr = 0, sg = 0, sb = 0, grad = 0;
            int k = 0;
            for (int j = 0; j < GRID; j++) {
                for (int i = 0; i < GRID; i++) {
                    double u = cu + r.hu() * (2.0 * i / (GRID - 1) - 1);
                    double v = cv + r.hv() * (2.0 * j / (GRID - 1) - 1);
                    Point p = frame.toImage(u, v);
                    image.sampleRgb(p.x(), p.y(), px);
                    sr += px[0];
                    sg += px[1];
                    sb += px[2];
                    double luma = RgbImage.luma(px);
                    lumas[k++] = luma;
                    image.sampleRgb(p.x() + step, p.y(), nb);
                    double gx = RgbImage.luma(nb) - luma;
                    image.sampleRgb(p.x(), p.y() + step, nb);
                    double gy = RgbImage.luma(nb) - luma;
                    grad += Math.sqrt(gx * gx + gy * gy);
                }
            }
            int n = GRID * GRID;
            double mean = 0;
            for (double l : lumas) {
                mean += l;
            }
            mean /= n;
            double var = 0;
            for (double l : lumas) {
                var += (l - mean) * (l - mean);
            }
            out[o++] = (float) (sr / n);
            out[o++] = (float) (sg / n);
            out[o++] = (float) (sb / n);
            out[o++] = (float) Math.sqrt(var / n);
            out[o++] = (float) (grad / n);
            if (r.name().startsWith("cheek") || r.name().equals("forehead")) {
                sharpness += grad / n;
            }
        }
        out[o] = (float) (sharpness / 3);
    }
}
