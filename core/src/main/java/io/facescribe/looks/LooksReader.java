package io.facescribe.looks;

import java.util.LinkedHashMap;
import java.util.Map;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.face.Mesh;
import io.facescribe.image.RgbImage;

/**
 * Reads every {@link LooksTrait} of a face from its measures and attribute probabilities. Immutable and
 * thread-safe.
 */
public final class LooksReader {

    private final AttributeClassifier heads;
    private final LooksCalibration calibration;

    public LooksReader(AttributeClassifier heads, LooksCalibration calibration) {
        this.heads = heads;
        this.calibration = calibration;
    }

    /** With the shipped looks calibration. */
    public static LooksReader shipped(AttributeClassifier heads) {
        return new LooksReader(heads, LooksCalibration.shipped());
    }

    /**
     * @param image      the decoded image
     * @param mesh       the face's mesh
     * @param features   the face's attribute feature vector
     * @param attributes the face's 40 attribute probabilities
     */
    public Looks read(RgbImage image, Mesh mesh, float[] features, Map<String, Double> attributes) {
        return read(LooksMeasures.of(image, mesh, features), attributes);
    }

    public Looks read(LooksMeasures measures, Map<String, Double> attributes) {
        LooksInputs in = new LooksInputs(measures, attributes, heads, calibration);
        Map<String, Reading> out = new LinkedHashMap<>();
        for (LooksTrait t : LooksTrait.values()) {
            out.put(t.key(), t.read(in));
        }
        return new Looks(out);
    }

    public LooksCalibration calibration() {
        return calibration;
    }
}
