package io.facescribe.analysis;

import io.facescribe.face.Mesh;
import io.facescribe.face.Point;
import io.facescribe.image.RgbImage;

/**
 * Eye and mouth state from the mesh, teeth from the pixels between the lips. Thresholds are ratios of
 * distances on the mesh (lid gap / eye width; lip gap / mouth width), so they do not depend on face size.
 */
public final class TraitReader {

    /** Eye openness below which eyes are closed, and below which they are partly closed. */
    public static final double EYES_CLOSED = 0.10;
    public static final double EYES_PARTLY = 0.19;
    /** Mouth openness below which the mouth is closed, and below which it is slightly open. */
    public static final double MOUTH_CLOSED = 0.035;
    public static final double MOUTH_SLIGHTLY = 0.20;
    /** Fraction of bright, low-saturation pixels between the lips above which teeth are visible. */
    public static final double TEETH_FRACTION = 0.25;

    private TraitReader() {
    }

    public static FaceTraits traits(RgbImage image, Mesh mesh) {
        double right = ratio(mesh, Mesh.RIGHT_EYE_UPPER, Mesh.RIGHT_EYE_LOWER, Mesh.RIGHT_EYE_OUTER, Mesh.RIGHT_EYE_INNER);
        double left = ratio(mesh, Mesh.LEFT_EYE_UPPER, Mesh.LEFT_EYE_LOWER, Mesh.LEFT_EYE_OUTER, Mesh.LEFT_EYE_INNER);
        double eyes = (right + left) / 2;
        Label eyeLabel = threeWay(eyes, EYES_CLOSED, EYES_PARTLY, "closed", "partly closed", "open", 0.03);
        double mouth = ratio(mesh, Mesh.LIP_UPPER_INNER, Mesh.LIP_LOWER_INNER, Mesh.MOUTH_RIGHT, Mesh.MOUTH_LEFT);
        Label mouthLabel = threeWay(mouth, MOUTH_CLOSED, MOUTH_SLIGHTLY, "closed", "slightly open", "open", 0.02);
        return new FaceTraits(eyeLabel, eyes, mouthLabel, mouth, teeth(image, mesh, mouth));
    }

    private static double ratio(Mesh mesh, int upper, int lower, int corner1, int corner2) {
        double width = mesh.point(corner1).distance(mesh.point(corner2));
        return width <= 0 ? 0 : mesh.point(upper).distance(mesh.point(lower)) / width;
    }

    /** Three ordered classes split at two thresholds; confidence grows with the distance to the nearest one. */
    private static Label threeWay(double v, double t1, double t2, String low, String mid, String high, double scale) {
        String label = v < t1 ? low : v < t2 ? mid : high;
        double margin = Math.min(Math.abs(v - t1), Math.abs(v - t2));
        double confidence = 0.5 + 0.5 * (1 - Math.exp(-margin / scale));
        return new Label(label, Math.min(0.99, confidence));
    }

    private static Label teeth(RgbImage image, Mesh mesh, double mouthOpenness) {
        if (mouthOpenness < MOUTH_CLOSED) {
            return new Label("not visible", 0.9);
        }
        Point upper = mesh.point(Mesh.LIP_UPPER_INNER);
        Point lower = mesh.point(Mesh.LIP_LOWER_INNER);
        Point r = mesh.point(Mesh.MOUTH_RIGHT);
        Point l = mesh.point(Mesh.MOUTH_LEFT);
        int bright = 0, total = 0;
        // sample the region between the lips, over the middle 60% of the mouth's width
        for (int i = 0; i <= 12; i++) {
            double a = 0.2 + 0.6 * i / 12.0;
            double cx = r.x() + (l.x() - r.x()) * a - (r.x() + l.x()) / 2 + (upper.x() + lower.x()) / 2;
            double cy = r.y() + (l.y() - r.y()) * a - (r.y() + l.y()) / 2 + (upper.y() + lower.y()) / 2;
            for (int j = -3; j <= 3; j++) {
                double t = j / 8.0;
                int x = (int) Math.round(cx + (lower.x() - upper.x()) * t);
                int y = (int) Math.round(cy + (lower.y() - upper.y()) * t);
                if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
                    continue;
                }
                int rgb = image.rgb(x, y);
                int cr = rgb >> 16 & 0xff, cg = rgb >> 8 & 0xff, cb = rgb & 0xff;
                int max = Math.max(cr, Math.max(cg, cb));
                int min = Math.min(cr, Math.min(cg, cb));
                double saturation = max == 0 ? 0 : (max - min) / (double) max;
                if (max > 120 && saturation < 0.35) {
                    bright++;
                }
                total++;
            }
        }
        double fraction = total == 0 ? 0 : bright / (double) total;
        boolean visible = fraction >= TEETH_FRACTION;
        double confidence = 0.5 + Math.min(0.45, Math.abs(fraction - TEETH_FRACTION) * 1.5);
        return new Label(visible ? "visible" : "not visible", confidence);
    }
}
