package io.facescribe.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the networks' outputs become age, gender and ethnicity: small linear heads fitted on development
 * data (see {@code ./facescribe train calibration}) and shipped with their provenance.
 *
 * @param age        weights over {@link Readings#ageFeatures()} (bias, faceres expected age, ssrnet age,
 *                   gear's 7 age bins) giving years
 * @param ageError   typical absolute error in years (used for the reported range)
 * @param gender     logistic weights over {@link Readings#genderFeatures()} giving P(female)
 * @param raceBias   added to gear's log-probabilities before the arg-max (one per class)
 * @param emotionBias added to the emotion network's log-probabilities (one per class), fitted on FER2013's
 *                   training images
 * @param provenance how it was made
 */
public record Calibration(double[] age, double ageError, double[] gender, double[] raceBias,
                          double[] emotionBias, Map<String, Object> provenance) {

    public Calibration {
        emotionBias = emotionBias == null ? new double[7] : emotionBias;
    }

    public static final String RESOURCE = "calibration.json";

    /** Uncalibrated: faceres' expected age, faceres' gender, gear's ethnicity as they are. */
    public static Calibration raw() {
        return new Calibration(new double[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0}, 8, new double[] {0, 1, 0},
                new double[5], new double[7], Map.of("source", "raw network outputs"));
    }

    /** The calibration shipped with FaceScribe, or the raw one when none is shipped. */
    public static Calibration shipped() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            return in == null ? raw() : new ObjectMapper().readValue(in, Calibration.class);
        } catch (IOException e) {
            throw new UncheckedIOException("shipped calibration is unreadable", e);
        }
    }

    /** Age in years this calibration gives for the readings. */
    public double years(Readings r) {
        return Math.max(0, Math.min(100, dot(age, r.ageFeatures())));
    }

    /** Probability of "female". */
    public double femaleProbability(Readings r) {
        return 1 / (1 + Math.exp(-dot(gender, r.genderFeatures())));
    }

    /** Probabilities of the five ethnicity classes. */
    public double[] raceScores(Readings r) {
        return softmax(r.raceFeatures(), raceBias);
    }

    /** Probabilities of the seven emotions. */
    public double[] emotionScores(Readings r) {
        return softmax(r.emotionFeatures(), emotionBias);
    }

    /** softmax(features + bias). */
    public static double[] softmax(double[] f, double[] bias) {
        double[] s = new double[f.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            s[i] = f[i] + bias[i];
            max = Math.max(max, s[i]);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
        return s;
    }

    static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < Math.min(w.length, f.length); i++) {
            s += w[i] * f[i];
        }
        return s;
    }
}
