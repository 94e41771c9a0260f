package io.facescribe.analysis;

/**
 * What the mesh and the pixels inside it say about the eyes and mouth.
 *
 * @param eyes     open, partly closed or closed; {@code eyeOpenness} is lid gap / eye width (mean of both)
 * @param mouth    closed, slightly open or open; {@code mouthOpenness} is lip gap / mouth width
 * @param teeth    visible or not visible
 */
public record FaceTraits(Label eyes, double eyeOpenness, Label mouth, double mouthOpenness, Label teeth) {
    public FaceTraits {
        eyeOpenness = Rounding.round(eyeOpenness);
        mouthOpenness = Rounding.round(mouthOpenness);
    }
}
