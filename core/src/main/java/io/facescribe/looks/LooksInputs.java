package io.facescribe.looks;

import java.util.Map;

import io.facescribe.attributes.AttributeClassifier;

/**
 * What the looks rules read for one face: its measures, the 40 attribute probabilities, the attribute heads'
 * thresholds and the looks calibration.
 */
public record LooksInputs(LooksMeasures measures, Map<String, Double> attributes, AttributeClassifier heads,
                          LooksCalibration calibration) {

    /** Calibrated probability of a CelebA attribute (0 when not measured). */
    public double p(String attribute) {
        return attributes.getOrDefault(attribute, 0.0);
    }

    /** The attribute passes the stricter threshold captions use (precision over recall). */
    public boolean present(String attribute) {
        return p(attribute) >= heads.captionThreshold(attribute);
    }

    /** The attribute passes its decision threshold. */
    public boolean decided(String attribute) {
        return p(attribute) >= heads.threshold(attribute);
    }

    /** Where the face's measure falls among development faces (0..1). */
    public double q(String measure) {
        return calibration.quantile(measure, measures.value(measure));
    }

    public double threshold(String name) {
        return calibration.threshold(name);
    }
}
