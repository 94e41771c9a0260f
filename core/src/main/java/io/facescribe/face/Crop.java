package io.facescribe.face;

/**
 * A square region of an image, possibly rotated: centre, side length in pixels, and the angle (radians,
 * counter-clockwise in image coordinates with y down) by which the region is turned. Sampling a crop
 * rotates it back upright.
 */
public record Crop(double centerX, double centerY, double side, double angle) {

    public static Crop around(Box box, double scale) {
        return new Crop(box.centerX(), box.centerY(), Math.max(box.width(), box.height()) * scale, 0);
    }

    public Crop scaled(double factor) {
        return new Crop(centerX, centerY, side * factor, angle);
    }

    public Crop shifted(double dx, double dy) {
        return new Crop(centerX + dx, centerY + dy, side, angle);
    }

    /** Maps a point of the sampled square (0..size) back to image pixels. */
    public Point toImage(double u, double v, double size) {
        double s = side / size;
        double dx = (u - size / 2) * s;
        double dy = (v - size / 2) * s;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return Point.of(centerX + dx * cos - dy * sin, centerY + dx * sin + dy * cos);
    }
}
