package io.facescribe.face;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** A point in image pixels (z, where present, is depth in the same scale; 0 for 2-D points). */
public record Point(double x, double y, double z) {
    /**
     * Read back from analysis JSON, which writes a point as {@code [x, y]} or {@code [x, y, z]}; an object
     * {@code {"x": …, "y": …, "z": …}} is read too.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Point fromJson(JsonNode node) {
        if (node.isArray() && (node.size() == 2 || node.size() == 3)) {
            return new Point(node.get(0).asDouble(), node.get(1).asDouble(), node.size() == 3 ? node.get(2).asDouble() : 0);
        }
        if (node.isObject() && node.has("x") && node.has("y")) {
            return new Point(node.get("x").asDouble(), node.get("y").asDouble(), node.path("z").asDouble(0));
        }
        throw new IllegalArgumentException("a point is [x, y] or [x, y, z], not " + node);
    }

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
