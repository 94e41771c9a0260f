package io.facescribe.analysis;

/**
 * How well the face can be seen.
 *
 * @param blurry        whether the face region looks out of focus, with {@code sharpness} (normalised
 *                      Laplacian energy of the face at 128 px; lower is blurrier) and the confidence
 * @param blackAndWhite whether the whole image has no colour, with the confidence
 * @param faceSize      the side of the face's square box in the original image's pixels
 */
public record Quality(boolean blurry, double sharpness, double blurryConfidence,
                      boolean blackAndWhite, double blackAndWhiteConfidence, int faceSize) {
    public Quality {
        sharpness = Rounding.round(sharpness);
        blurryConfidence = Rounding.round(blurryConfidence);
        blackAndWhiteConfidence = Rounding.round(blackAndWhiteConfidence);
    }
}
