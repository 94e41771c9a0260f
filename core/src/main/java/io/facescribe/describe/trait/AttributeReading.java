package io.facescribe.describe.trait;

/**
 * A measured binary attribute (a CelebA attribute, say): the probability the classifier gives it and the
 * decision threshold that comes with that classifier. Present when {@code probability >= threshold}.
 */
public record AttributeReading(double probability, double threshold) {
    public boolean present() {
        return probability >= threshold;
    }

    /** Confidence of the decision, whichever way it went (0.5..1 for a calibrated classifier). */
    public double confidence() {
        return present() ? probability : 1 - probability;
    }
}
