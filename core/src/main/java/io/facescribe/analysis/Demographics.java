package io.facescribe.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interprets the networks' readings as gender, age, ethnicity and emotion, through a {@link Calibration}. */
public final class Demographics {

    public static final List<String> EMOTIONS = List.of("angry", "disgust", "fear", "happy", "sad", "surprise",
            "neutral");
    public static final List<String> ETHNICITIES = List.of("white", "black", "asian", "indian", "other");

    private final Calibration calibration;

    public Demographics(Calibration calibration) {
        this.calibration = calibration;
    }

    public Label gender(Readings r) {
        double female = calibration.femaleProbability(r);
        return female >= 0.5 ? new Label("female", female) : new Label("male", 1 - female);
    }

    public Age age(Readings r) {
        double years = calibration.years(r);
        double err = calibration.ageError() * Math.max(0.35, Math.min(1.5, (years + 5) / 35));
        Map<String, Double> estimates = new LinkedHashMap<>();
        estimates.put("faceres", Rounding.round1(r.faceresExpectedAge()));
        estimates.put("ssrnet", Rounding.round1(r.ssrAge()));
        estimates.put("gear_bin", (double) argmax(r.gearAge()));
        double spread = Math.abs(r.faceresExpectedAge() - years);
        double confidence = Math.max(0.05, Math.min(0.95, 0.68 * Math.exp(-spread / (2 * err + 1e-9)) + 0.2));
        return new Age(years, Math.max(0, years - err), years + err, confidence, estimates);
    }

    public Label ethnicity(Readings r) {
        double[] s = calibration.raceScores(r);
        int best = argmax(s);
        return new Label(ETHNICITIES.get(best), s[best]);
    }

    public Emotion emotion(Readings r) {
        double[] p = calibration.emotionScores(r);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < EMOTIONS.size(); i++) {
            probabilities.put(EMOTIONS.get(i), Rounding.round(p[i]));
        }
        int best = argmax(p);
        return new Emotion(EMOTIONS.get(best), p[best], probabilities);
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
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
