package io.facescribe.attributes;

import io.facescribe.face.Crop;
import io.facescribe.face.Mesh;
import io.facescribe.face.Point;

/**
 * A face's own upright frame, from its mesh: origin between the eyes, x towards the person's left eye (the
 * image's right in a frontal photo), y down, and one unit = the mean of the 3-D eye distance and the 3-D
 * eye-to-mouth distance (times 0.96, their CelebA ratio) — both survive head turns better than the 2-D eye
 * distance. Geometry and colour regions are placed in this frame, so they do not depend on image size.
 */
record FaceFrame(double originX, double originY, double originZ, double unit, double angle) {

    /** Mean 3-D eye distance / 3-D eye-to-mouth distance on CelebA aligned faces. */
    static final double EYE_MOUTH_RATIO = 0.96;
    /** The CelebA aligned framing in frame units: square side, and centre offset (up is negative). */
    static final double CELEBA_SIDE = 5.02;
    static final double CELEBA_CENTRE_Y = -0.05;

    static FaceFrame of(Mesh mesh) {
        Point r = mesh.rightEye();
        Point l = mesh.leftEye();
        Point eyes = r.midpoint(l);
        Point mouth = mesh.point(Mesh.LIP_UPPER_INNER).midpoint(mesh.point(Mesh.LIP_LOWER_INNER));
        double unit = (distance3(r, l) + EYE_MOUTH_RATIO * distance3(eyes, mouth)) / 2;
        return new FaceFrame(eyes.x(), eyes.y(), eyes.z(), Math.max(unit, 1e-3), mesh.roll());
    }

    /** The square the attribute networks see: CelebA's aligned framing (face and hair), placed from the mesh. */
    Crop celebaCrop() {
        Point c = toImage(0, CELEBA_CENTRE_Y);
        return new Crop(c.x(), c.y(), CELEBA_SIDE * unit, angle);
    }

    /** Image pixel of frame coordinates (u, v). */
    Point toImage(double u, double v) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = u * unit;
        double y = v * unit;
        return Point.of(originX + x * cos - y * sin, originY + x * sin + y * cos);
    }

    /** Frame coordinates (u, v, w) of an image point (w: depth relative to the eyes, nearer is smaller). */
    double[] toFrame(Point p) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double dx = p.x() - originX;
        double dy = p.y() - originY;
        return new double[] {(dx * cos + dy * sin) / unit, (-dx * sin + dy * cos) / unit, (p.z() - originZ) / unit};
    }

    static double distance3(Point a, Point b) {
        double x = a.x() - b.x();
        double y = a.y() - b.y();
        double z = a.z() - b.z();
        return Math.sqrt(x * x + y * y + z * z);
    }
}
