package io.facescribe.face;

import io.facescribe.image.RgbImage;

/**
 * A square region of an image, possibly rotated: centre, side length in pixels, and the angle (radians,
 * counter-clockwise in image coordinates with y down) by which the region is turned. Sampling a crop
 * rotates it back upright.
 */
public record Crop(double centerX, double centerY, double side, double angle) {

    /**
     * The whole image as one face (images that are already a face crop): centred, as wide as the long side,
     * upright.
     */
    public static Crop whole(RgbImage image) {
        return new Crop(image.width() / 2.0, image.height() / 2.0, Math.max(image.width(), image.height()), 0);
    }

    /** The face as the analysis networks see it: the mesh's box, squared, turned upright. */
    public static Crop aroundMesh(Mesh mesh) {
        Box b = mesh.box();
        return new Crop(b.centerX(), b.centerY(), Math.max(b.width(), b.height()), mesh.roll());
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
