package io.facescribe.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interprets a face's {@link FaceVector} as gender, age, ethnicity and emotion, through {@link DemographicHeads}. */
public final class Demographics {

    public static final List<String> EMOTIONS = List.of("angry", "disgust", "fear", "happy", "sad", "surprise",
            "neutral");
    public static final List<String> ETHNICITIES = List.of("white", "black", "asian", "indian", "other");

    /** The reported age range: these quantiles of the age head's survival curve. */
    public static final double RANGE_LOW = 0.2;
    public static final double RANGE_HIGH = 0.8;

    private final DemographicHeads heads;
    private final double rangeConfidence;
    /** Coverage of the range on validation by the median's band: lower bounds and coverages (empty when absent). */
    private final double[] coverageFrom;
    private final double[] coverage;

    public Demographics(DemographicHeads heads) {
        this.heads = heads;
        Map<String, Object> validation = heads.file().heads().get("age").validation();
        Object c = validation.get("rangeCoverage");
        this.rangeConfidence = c instanceof Number n ? n.doubleValue() : RANGE_HIGH - RANGE_LOW;
        List<double[]> bands = new java.util.ArrayList<>();
        if (validation.get("rangeCoverageByEstimate") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("from") instanceof Number f && m.get("coverage") instanceof Number v) {
                    bands.add(new double[] {f.doubleValue(), v.doubleValue()});
                }
            }
        }
        this.coverageFrom = bands.stream().mapToDouble(b -> b[0]).toArray();
        this.coverage = bands.stream().mapToDouble(b -> b[1]).toArray();
    }

    public DemographicHeads heads() {
        return heads;
    }

    /** How often the age range held the true age on validation for faces whose estimate was about this age. */
    double rangeConfidence(double years) {
        double out = rangeConfidence;
        for (int i = 0; i < coverageFrom.length; i++) {
            if (years >= coverageFrom[i]) {
                out = coverage[i];
            }
        }
        return out;
    }

    public Label gender(float[] v) {
        double female = heads.femaleProbability(v);
        return female >= 0.5 ? new Label("female", female) : new Label("male", 1 - female);
    }

    /**
     * Years = the median of the age head; the range spans its {@value #RANGE_LOW} to {@value #RANGE_HIGH}
     * quantiles, and the confidence is how often that range held the true age on the validation sets for faces
     * whose estimate was in the same band (the whole split's coverage when the head file has no bands).
     */
    public Age age(float[] v) {
        double years = heads.ageQuantile(v, 0.5);
        Map<String, Double> estimates = new LinkedHashMap<>();
        estimates.put("faceres", (double) (100 * v[FaceVector.block("faceres_heads").offset() + 1]));
        return new Age(years, heads.ageQuantile(v, RANGE_LOW), heads.ageQuantile(v, RANGE_HIGH), rangeConfidence(years),
                estimates);
    }

    public Label ethnicity(float[] v) {
        double[] s = heads.ethnicity(v);
        int best = argmax(s);
        return new Label(ETHNICITIES.get(best), s[best]);
    }

    public Emotion emotion(float[] v) {
        double[] p = heads.emotion(v);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < EMOTIONS.size(); i++) {
            probabilities.put(EMOTIONS.get(i), p[i]);
        }
        int best = argmax(p);
        return new Emotion(EMOTIONS.get(best), p[best], probabilities);
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
