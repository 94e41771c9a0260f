package io.facescribe.looks;

import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.Mesh;
import io.facescribe.face.Point;
import io.facescribe.image.RgbImage;

/**
 * The continuous measures the looks traits read, of one face: mesh proportions normalised by face size,
 * iris and hair pixels located by the mesh, and the person mask around the face. Face size is the frame
 * unit of the attribute features: the mean of the 3-D eye distance and 0.96 × the 3-D eye-to-mouth distance.
 *
 * @param lipHeight      outer-to-inner height of both lips (mesh 0–13 plus 14–17) / unit
 * @param noseWidth      width across the nostrils (mesh 64–294) / unit
 * @param noseTip        how far the nose tip (mesh 1) stands out in front of the eyes / unit (larger = more pointed)
 * @param faceLength     forehead-to-chin height (mesh 10–152) / cheek-to-cheek width (mesh 234–454)
 * @param jawWidth       jaw width (mesh 172–397) / cheek-to-cheek width
 * @param eyeWidth       mean eye width in image pixels (how many pixels an iris has)
 * @param eyeOpenness    lid gap / eye width, mean of both eyes
 * @param irisLightness  luma of the iris pixels / luma of the cheeks
 * @param irisBlueness   (blue − red) of the iris pixels minus that of the cheeks, in 0..1 units
 * @param skinChroma     colourfulness of the cheeks (max − min channel, 0..1); near 0 in a grey image
 * @param hairBesideChin selfie person mask beside the jaw and below it, outside the face (0..1)
 * @param hairBesideEars selfie person mask beside the temples and ears, outside the face (0..1)
 * @param hairLikeTop    how alike the pixels beside the chin are to the hair above the forehead (1 = same colour)
 * @param hairPixels     the pixel evidence of hair around the face: hairBesideChin + hairBesideEars + hairLikeTop
 * @param hairRed        redness of the hair above the forehead and beside the temples: (r − g) / (r + g + b)
 */
public record LooksMeasures(double lipHeight, double noseWidth, double noseTip, double faceLength, double jawWidth,
                            double eyeWidth, double eyeOpenness, double irisLightness, double irisBlueness,
                            double skinChroma, double hairBesideChin, double hairBesideEars, double hairLikeTop,
                            double hairPixels, double hairRed) {

    /** The measures by name (component names), in order. */
    public static final java.util.List<String> NAMES = java.util.Arrays.stream(LooksMeasures.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /** A measure by its component name. */
    public double value(String name) {
        return switch (name) {
            case "lipHeight" -> lipHeight;
            case "noseWidth" -> noseWidth;
            case "noseTip" -> noseTip;
            case "faceLength" -> faceLength;
            case "jawWidth" -> jawWidth;
            case "eyeWidth" -> eyeWidth;
            case "eyeOpenness" -> eyeOpenness;
            case "irisLightness" -> irisLightness;
            case "irisBlueness" -> irisBlueness;
            case "skinChroma" -> skinChroma;
            case "hairBesideChin" -> hairBesideChin;
            case "hairBesideEars" -> hairBesideEars;
            case "hairLikeTop" -> hairLikeTop;
            case "hairPixels" -> hairPixels;
            case "hairRed" -> hairRed;
            default -> throw new IllegalArgumentException("no looks measure " + name + " (expected one of " + NAMES + ")");
        };
    }

    /** Mean 3-D eye distance / 3-D eye-to-mouth distance on CelebA aligned faces (as the attribute frame uses). */
    static final double EYE_MOUTH_RATIO = 0.96;
    /** The selfie grid covers the CelebA framing: this many frame units square, centred this far below the eyes. */
    static final double GRID_SIDE = 5.02;
    static final double GRID_CENTRE_Y = -0.05;
    static final int GRID = 8;

    private static final int[] RIGHT_EYE = {33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246};
    private static final int[] LEFT_EYE = {263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466};

    /**
     * @param image    the decoded image
     * @param mesh     the face's mesh
     * @param features the face's {@link AttributeFeatures} vector (its selfie block is read)
     */
    public static LooksMeasures of(RgbImage image, Mesh mesh, float[] features) {
        Point r = mesh.rightEye();
        Point l = mesh.leftEye();
        Point eyes = r.midpoint(l);
        Point mouth = mesh.point(Mesh.LIP_UPPER_INNER).midpoint(mesh.point(Mesh.LIP_LOWER_INNER));
        double unit = Math.max(1e-3, (distance3(r, l) + EYE_MOUTH_RATIO * distance3(eyes, mouth)) / 2);
        double cheeks = d(mesh, 234, 454);
        double lipHeight = (d(mesh, 0, 13) + d(mesh, 14, 17)) / unit;
        double noseWidth = d(mesh, 64, 294) / unit;
        double noseTip = (eyes.z() - mesh.point(Mesh.NOSE_TIP).z()) / unit;
        double faceLength = ratio(d(mesh, 10, 152), cheeks);
        double jawWidth = ratio(d(mesh, 172, 397), cheeks);
        double eyeWidth = (d(mesh, 33, 133) + d(mesh, 263, 362)) / 2;
        double eyeOpenness = (ratio(d(mesh, 159, 145), d(mesh, 33, 133)) + ratio(d(mesh, 386, 374), d(mesh, 263, 362))) / 2;

        double[] cheekR = mean(image, mesh.point(50), null, unit * 0.12);
        double[] cheekL = mean(image, mesh.point(280), null, unit * 0.12);
        double[] skin = {(cheekR[0] + cheekL[0]) / 2, (cheekR[1] + cheekL[1]) / 2, (cheekR[2] + cheekL[2]) / 2};
        double skinLuma = luma(skin);
        double[] iris = iris(image, mesh, RIGHT_EYE, 159, 145, 33, 133);
        double[] irisL = iris(image, mesh, LEFT_EYE, 386, 374, 263, 362);
        double[] irisBoth = {(iris[0] + irisL[0]) / 2, (iris[1] + irisL[1]) / 2, (iris[2] + irisL[2]) / 2};
        double irisLightness = ratio(luma(irisBoth), skinLuma);
        double irisBlueness = (irisBoth[2] - irisBoth[0]) - (skin[2] - skin[0]);
        double skinChroma = Math.max(skin[0], Math.max(skin[1], skin[2])) - Math.min(skin[0], Math.min(skin[1], skin[2]));

        // the face's own frame: origin between the eyes, x to the person's left, y down, one unit = face size
        double angle = mesh.roll();
        Frame f = new Frame(eyes, unit, angle);
        int selfie = AttributeFeatures.block("selfie").offset();
        double cell = GRID_SIDE / GRID;
        double halfFace = cheeks / unit / 2;
        double chinV = f.v(mesh.point(Mesh.CHIN));
        double besideChin = 0, besideEars = 0;
        int nChin = 0, nEars = 0;
        for (int row = 0; row < GRID; row++) {
            for (int col = 0; col < GRID; col++) {
                double u = -GRID_SIDE / 2 + (col + 0.5) * cell;
                double v = GRID_CENTRE_Y - GRID_SIDE / 2 + (row + 0.5) * cell;
                double outside = Math.abs(u) - halfFace;
                double mask = features[selfie + row * GRID + col];
                if (outside > cell * 0.3 && v > chinV - cell && v < chinV + cell) {
                    besideChin += mask;
                    nChin++;
                } else if (outside > cell * 0.3 && v > -cell && v < cell) {
                    besideEars += mask;
                    nEars++;
                }
            }
        }
        double[] top = mean(image, f.image(0, f.v(mesh.point(10)) - 0.45), null, unit * 0.25);
        double[] belowR = mean(image, f.image(-halfFace - 0.35, chinV - 0.1), null, unit * 0.2);
        double[] belowL = mean(image, f.image(halfFace + 0.35, chinV - 0.1), null, unit * 0.2);
        double likeR = 1 - Math.min(1, colourDistance(top, belowR) / 0.4);
        double likeL = 1 - Math.min(1, colourDistance(top, belowL) / 0.4);
        double[] templeR = mean(image, f.image(-halfFace - 0.1, -0.6), null, unit * 0.15);
        double[] templeL = mean(image, f.image(halfFace + 0.1, -0.6), null, unit * 0.15);
        double[] hair = {(top[0] * 2 + templeR[0] + templeL[0]) / 4, (top[1] * 2 + templeR[1] + templeL[1]) / 4,
                (top[2] * 2 + templeR[2] + templeL[2]) / 4};
        double hairRed = ratio(hair[0] - hair[1], hair[0] + hair[1] + hair[2]);
        double chin = nChin == 0 ? 0 : besideChin / nChin;
        double ears = nEars == 0 ? 0 : besideEars / nEars;
        double like = Math.max(likeR, likeL);
        return new LooksMeasures(lipHeight, noseWidth, noseTip, faceLength, jawWidth, eyeWidth, eyeOpenness,
                irisLightness, irisBlueness, skinChroma, chin, ears, like, chin + ears + like, hairRed);
    }

    /** The face's upright frame (see {@link LooksMeasures}). */
    private record Frame(Point origin, double unit, double angle) {
        double v(Point p) {
            double dx = p.x() - origin.x();
            double dy = p.y() - origin.y();
            return (-dx * Math.sin(angle) + dy * Math.cos(angle)) / unit;
        }

        Point image(double u, double v) {
            double x = u * unit;
            double y = v * unit;
            return Point.of(origin.x() + x * Math.cos(angle) - y * Math.sin(angle),
                    origin.y() + x * Math.sin(angle) + y * Math.cos(angle));
        }
    }

    /**
     * Mean colour of the iris: pixels inside the eye's contour within 0.25 eye widths of its centre, without
     * the brightest third (white of the eye, reflections).
     */
    private static double[] iris(RgbImage image, Mesh mesh, int[] contour, int upper, int lower, int outer, int inner) {
        Point a = mesh.point(outer);
        Point b = mesh.point(inner);
        double cx = 0, cy = 0;
        for (int i : contour) {
            cx += mesh.point(i).x();
            cy += mesh.point(i).y();
        }
        cx /= contour.length;
        cy /= contour.length;
        double width = a.distance(b);
        double radius = Math.max(1.0, width * 0.25);
        double top = mesh.point(upper).y();
        double bottom = mesh.point(lower).y();
        java.util.List<double[]> px = new java.util.ArrayList<>();
        int steps = 7;
        for (int j = -steps; j <= steps; j++) {
            for (int i = -steps; i <= steps; i++) {
                double dx = radius * i / steps;
                double dy = radius * j / steps;
                if (dx * dx + dy * dy > radius * radius) {
                    continue;
                }
                double y = cy + dy;
                if (y < Math.min(top, bottom) || y > Math.max(top, bottom)) {
                    continue;
                }
                double[] c = new double[3];
                sample(image, cx + dx, y, c);
                px.add(c);
            }
        }
        if (px.isEmpty()) {
            double[] c = new double[3];
            sample(image, cx, cy, c);
            return c;
        }
        px.sort(java.util.Comparator.comparingDouble(LooksMeasures::luma));
        int keep = Math.max(1, px.size() * 2 / 3);
        double[] m = new double[3];
        for (int k = 0; k < keep; k++) {
            for (int c = 0; c < 3; c++) {
                m[c] += px.get(k)[c] / keep;
            }
        }
        return m;
    }

    /** Mean RGB (0..1) over a 5×5 grid of half size {@code half} around a point (or the midpoint of two). */
    private static double[] mean(RgbImage image, Point a, Point b, double half) {
        Point c = b == null ? a : a.midpoint(b);
        double[] m = new double[3];
        double[] px = new double[3];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                sample(image, c.x() + half * (i - 2) / 2.0, c.y() + half * (j - 2) / 2.0, px);
                for (int k = 0; k < 3; k++) {
                    m[k] += px[k] / 25;
                }
            }
        }
        return m;
    }

    private static double colourDistance(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }

    static double luma(double[] px) {
        return 0.299 * px[0] + 0.587 * px[1] + 0.114 * px[2];
    }

    /** Bilinear RGB in 0..1 at pixel-centre coordinates; black outside the image. */
    private static void sample(RgbImage image, double x, double y, double[] px) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        for (int c = 0; c < 3; c++) {
            double t = at(image, x0, y0, c) * (1 - ax) + at(image, x0 + 1, y0, c) * ax;
            double btm = at(image, x0, y0 + 1, c) * (1 - ax) + at(image, x0 + 1, y0 + 1, c) * ax;
            px[c] = (t * (1 - ay) + btm * ay) / 255.0;
        }
    }

    private static int at(RgbImage image, int x, int y, int c) {
        if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            return 0;
        }
        return image.byteAt((y * image.width() + x) * 3 + c);
    }

    private static double d(Mesh m, int a, int b) {
        return m.point(a).distance(m.point(b));
    }

    private static double ratio(double a, double b) {
        return Math.abs(b) <= 1e-9 ? 0 : a / b;
    }

    private static double distance3(Point a, Point b) {
        double x = a.x() - b.x();
        double y = a.y() - b.y();
        double z = a.z() - b.z();
        return Math.sqrt(x * x + y * y + z * z);
    }
}
