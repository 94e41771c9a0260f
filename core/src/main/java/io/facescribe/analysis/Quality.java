package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/**
 * How well the face can be seen.
 *
 * @param blurry        whether the face region looks out of focus, with {@code sharpness} (normalised
 *                      Laplacian energy of the face at 128 px; lower is blurrier) and the confidence
 * @param blackAndWhite whether the whole image has no colour, with the confidence
 * @param faceSize      the side of the face's square box in the original image's pixels
 */
public record Quality(boolean blurry, @JsonSerialize(using = Rounded.Four.class) double sharpness,
                      @JsonSerialize(using = Rounded.Four.class) double blurryConfidence,
                      boolean blackAndWhite, @JsonSerialize(using = Rounded.Four.class) double blackAndWhiteConfidence,
                      int faceSize) {
}
