package io.facescribe.face;

import java.util.List;

/**
 * A face found by the detector: its box and score, and six keypoints in image pixels in the detector's
 * order: right eye, left eye, nose tip, mouth centre, right ear, left ear (the person's right and left).
 */
public record Detection(Box box, double score, List<Point> keypoints) {
    public Detection {
        keypoints = List.copyOf(keypoints);
    }

    public Point rightEye() {
        return keypoints.get(0);
    }

    public Point leftEye() {
        return keypoints.get(1);
    }

    public Point nose() {
        return keypoints.get(2);
    }
}
