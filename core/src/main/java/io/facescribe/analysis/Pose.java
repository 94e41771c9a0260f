package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/**
 * Head pose in degrees: yaw (positive when the face turns to the image's right), pitch (positive when it
 * tilts up) and roll (positive when it leans clockwise in the image); confidence of the mesh it comes from.
 */
public record Pose(@JsonSerialize(using = Rounded.One.class) double yaw,
                   @JsonSerialize(using = Rounded.One.class) double pitch,
                   @JsonSerialize(using = Rounded.One.class) double roll,
                   @JsonSerialize(using = Rounded.Four.class) double confidence) {
}
