package io.facescribe.analysis;

/**
 * Head pose in degrees: yaw (positive when the face turns to the image's right), pitch (positive when it
 * tilts up) and roll (positive when it leans clockwise in the image); confidence of the mesh it comes from.
 */
public record Pose(double yaw, double pitch, double roll, double confidence) {
    public Pose {
        yaw = Rounding.round1(yaw);
        pitch = Rounding.round1(pitch);
        roll = Rounding.round1(roll);
        confidence = Rounding.round(confidence);
    }
}
