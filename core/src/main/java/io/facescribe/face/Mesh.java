package io.facescribe.face;

import java.util.List;

/**
 * FaceMesh's 468 points of one face in image pixels (z is relative depth in the same scale, smaller is
 * nearer the camera), its confidence that a face is present, and the crop the mesh was computed from.
 * Named indices follow MediaPipe's canonical face mesh; "right" and "left" are the person's own.
 */
public record Mesh(List<Point> points, double score, Crop crop) {

    public static final int FOREHEAD = 10;
    public static final int CHIN = 152;
    public static final int NOSE_TIP = 1;
    public static final int RIGHT_CHEEK = 234;
    public static final int LEFT_CHEEK = 454;
    public static final int RIGHT_EYE_OUTER = 33;
    public static final int RIGHT_EYE_INNER = 133;
    public static final int RIGHT_EYE_UPPER = 159;
    public static final int RIGHT_EYE_LOWER = 145;
    public static final int LEFT_EYE_OUTER = 263;
    public static final int LEFT_EYE_INNER = 362;
    public static final int LEFT_EYE_UPPER = 386;
    public static final int LEFT_EYE_LOWER = 374;
    public static final int MOUTH_RIGHT = 61;
    public static final int MOUTH_LEFT = 291;
    public static final int LIP_UPPER_INNER = 13;
    public static final int LIP_LOWER_INNER = 14;
    public static final int LIP_UPPER_OUTER = 0;
    public static final int LIP_LOWER_OUTER = 17;

    public Mesh {
        points = List.copyOf(points);
    }

    /** Below this score the mesh is unsure a face is there, and callers fall back on the crop they gave. */
    public static final double SURE_SCORE = 0.5;

    /** Whether the mesh is sure it found a face ({@link #SURE_SCORE} or more). */
    public boolean sure() {
        return score >= SURE_SCORE;
    }

    public Point point(int index) {
        return points.get(index);
    }

    public Box box() {
        return Box.around(points);
    }

    /** Centre of the right and left eye (mean of the four lid and corner points). */
    public Point rightEye() {
        return centre(RIGHT_EYE_OUTER, RIGHT_EYE_INNER, RIGHT_EYE_UPPER, RIGHT_EYE_LOWER);
    }

    public Point leftEye() {
        return centre(LEFT_EYE_OUTER, LEFT_EYE_INNER, LEFT_EYE_UPPER, LEFT_EYE_LOWER);
    }

    /** Angle of the line from the right eye to the left eye (radians; 0 when level). */
    public double roll() {
        Point r = rightEye();
        Point l = leftEye();
        return Math.atan2(l.y() - r.y(), l.x() - r.x());
    }

    private Point centre(int... idx) {
        double x = 0, y = 0, z = 0;
        for (int i : idx) {
            x += points.get(i).x();
            y += points.get(i).y();
            z += points.get(i).z();
        }
        return new Point(x / idx.length, y / idx.length, z / idx.length);
    }
}
