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
 * @param irisSaturation saturation ((max − min) / max channel) of the iris band: of the pixels inside the eye's
 *                       contour (between the lids), sorted by luma, those from the 20% to the 40% point (the iris
 *                       without the pupil, lashes and lid shadow below it and the sclera and skin above it); mean of
 *                       both eyes. Brown irises are saturated, blue, green and grey ones are not
 * @param skinChroma     colourfulness of the cheeks (max − min channel, 0..1); near 0 in a grey image
 * @param hairBesideChin selfie person mask beside the jaw and below it, outside the face (0..1)
 * @param hairBesideEars selfie person mask beside the temples and ears, outside the face (0..1)
 * @param hairLikeTop    how alike the pixels beside the chin are to the hair above the forehead (1 = same colour)
 * @param hairPixels     the pixel evidence of hair around the face: hairBesideChin + hairBesideEars + hairLikeTop
 * @param hairRed        redness of the hair above the forehead and beside the temples: (r − g) / (r + g + b)
 */
public record LooksMeasures(double lipHeight, double noseWidth, double noseTip, double faceLength, double jawWidth,
                            double eyeWidth, double eyeOpenness, double irisSaturation,
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
            case "irisSaturation" -> irisSaturation;
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
        double irisSaturation = (saturation(irisBand(image, mesh, RIGHT_EYE))
                + saturation(irisBand(image, mesh, LEFT_EYE))) / 2;
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
                irisSaturation, skinChroma, chin, ears, like, chin + ears + like, hairRed);
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

    /** Where the iris band starts and ends among an eye's pixels sorted by luma (see {@link #irisSaturation}). */
    static final double IRIS_BAND_FROM = 0.2;
    static final double IRIS_BAND_TO = 0.4;

    /**
     * Mean colour of the iris band of one eye: the pixels inside the eye's contour polygon (sampled on a grid of
     * a fortieth of the eye's width, at least a quarter pixel), sorted by luma, from the {@link #IRIS_BAND_FROM}
     * to the {@link #IRIS_BAND_TO} point.
     */
    private static double[] irisBand(RgbImage image, Mesh mesh, int[] contour) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i : contour) {
            Point p = mesh.point(i);
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double step = Math.max(0.25, (maxX - minX) / 40);
        java.util.List<double[]> px = new java.util.ArrayList<>();
        for (double y = minY; y <= maxY; y += step) {
            for (double x = minX; x <= maxX; x += step) {
                if (inside(mesh, contour, x, y)) {
                    double[] c = new double[3];
                    image.sampleRgb(x, y, c);
                    px.add(c);
                }
            }
        }
        double[] m = new double[3];
        if (px.isEmpty()) {
            return m;
        }
        px.sort(java.util.Comparator.comparingDouble(RgbImage::luma));
        int from = (int) (px.size() * IRIS_BAND_FROM);
        int to = Math.max(from + 1, (int) (px.size() * IRIS_BAND_TO));
        for (int k = from; k < to; k++) {
            for (int c = 0; c < 3; c++) {
                m[c] += px.get(k)[c] / (to - from);
            }
        }
        return m;
    }

    /** Whether a point lies inside the polygon of these mesh points (even-odd rule). */
    private static boolean inside(Mesh mesh, int[] polygon, double x, double y) {
        boolean in = false;
        for (int i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
            Point a = mesh.point(polygon[i]);
            Point b = mesh.point(polygon[j]);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                in = !in;
            }
        }
        return in;
    }

    /** (max − min) / max channel; 0 for black. */
    private static double saturation(double[] rgb) {
        double max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        double min = Math.min(rgb[0], Math.min(rgb[1], rgb[2]));
        return max <= 0 ? 0 : (max - min) / max;
    }

    /** Mean RGB (0..1) over a 5×5 grid of half size {@code half} around a point (or the midpoint of two). */
    private static double[] mean(RgbImage image, Point a, Point b, double half) {
        Point c = b == null ? a : a.midpoint(b);
        double[] m = new double[3];
        double[] px = new double[3];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                image.sampleRgb(c.x() + half * (i - 2) / 2.0, c.y() + half * (j - 2) / 2.0, px);
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
