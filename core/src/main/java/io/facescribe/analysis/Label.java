package io.facescribe.analysis;

/** A categorical answer and the confidence (0..1) that it is right. */
public record Label(String label, double confidence) {
    public Label {
        confidence = Rounding.round(confidence);
    }
}
