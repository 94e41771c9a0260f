package io.facescribe.face;

/** A point in image pixels (z, where present, is depth in the same scale; 0 for 2-D points). */
public record Point(double x, double y, double z) {
    public static Point of(double x, double y) {
        return new Point(x, y, 0);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    public Point midpoint(Point o) {
        return new Point((x + o.x) / 2, (y + o.y) / 2, (z + o.z) / 2);
    }
}
