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

    public Demographics(DemographicHeads heads) {
        this.heads = heads;
        Object coverage = heads.file().heads().get("age").validation().get("rangeCoverage");
        this.rangeConfidence = coverage instanceof Number c ? c.doubleValue() : RANGE_HIGH - RANGE_LOW;
    }

    public Label gender(float[] v) {
        double female = heads.femaleProbability(v);
        return female >= 0.5 ? new Label("female", female) : new Label("male", 1 - female);
    }

    /**
     * Years = the median of the age head; the range spans its {@value #RANGE_LOW} to {@value #RANGE_HIGH}
     * quantiles, and the confidence is how often that range held the true age on the validation split.
     */
    public Age age(float[] v) {
        double years = heads.ageQuantile(v, 0.5);
        Map<String, Double> estimates = new LinkedHashMap<>();
        estimates.put("faceres", (double) (100 * v[FaceVector.block("faceres_heads").offset() + 1]));
        return new Age(years, heads.ageQuantile(v, RANGE_LOW), heads.ageQuantile(v, RANGE_HIGH), rangeConfidence, estimates);
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
