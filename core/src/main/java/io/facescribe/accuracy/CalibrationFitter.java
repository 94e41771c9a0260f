package io.facescribe.accuracy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.Calibration;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.Readings;

/**
 * Fits the small heads of a {@link Calibration} on labelled faces: ridge regression for age, logistic
 * regression for gender, per-class biases (softmax cross-entropy) for ethnicity. Deterministic.
 */
public final class CalibrationFitter {

    private static final double RIDGE = 1.0;

    private CalibrationFitter() {
    }

    /**
     * @param train        UTKFace train faces (age, gender, ethnicity)
     * @param emotionTrain FER2013 train faces (emotion)
     */
    public static Calibration fit(List<LabelledFace> train, List<LabelledFace> emotionTrain,
                                  Map<String, Object> provenance) {
        List<LabelledFace> usable = train.stream().filter(f -> f.analysis() != null).toList();
        double[] age = fitAge(usable);
        double[] gender = fitGender(usable);
        double[] race = fitBias(usable.stream().filter(f -> f.ethnicity() != null).toList(),
                Demographics.ETHNICITIES, LabelledFace::ethnicity, f -> f.analysis().readings().raceFeatures());
        double[] emotion = fitBias(emotionTrain.stream().filter(f -> f.analysis() != null && f.emotion() != null)
                        .toList(), Demographics.EMOTIONS, LabelledFace::emotion,
                f -> f.analysis().readings().emotionFeatures());
        Calibration partial = new Calibration(age, 1, gender, race, emotion, Map.of());
        double mae = usable.stream().filter(f -> f.age() >= 0)
                .mapToDouble(f -> Math.abs(partial.years(f.analysis().readings()) - f.age()))
                .average().orElse(8);
        Map<String, Object> p = new LinkedHashMap<>(provenance);
        p.put("trainFaces", usable.size());
        p.put("emotionTrainFaces", emotionTrain.size());
        p.put("method", "age: ridge regression (lambda " + RIDGE + ") on faceres expected age, ssrnet age and gear's "
                + "7 age bins; gender: logistic regression on faceres and gear logits; ethnicity: per-class "
                + "log-probability biases on gear's 5 classes (softmax cross-entropy); emotion: the same on the emotion "
                + "network's 7 classes, fitted on FER2013 training images");
        return new Calibration(age, round(mae), gender, race, emotion, p);
    }

    static double[] fitAge(List<LabelledFace> faces) {
        int d = faces.get(0).analysis().readings().ageFeatures().length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (LabelledFace f : faces) {
            if (f.age() < 0) {
                continue;
            }
            double[] x = f.analysis().readings().ageFeatures();
            for (int i = 0; i < d; i++) {
                b[i] += x[i] * f.age();
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[i] * x[j];
                }
            }
        }
        for (int i = 1; i < d; i++) {
            a[i][i] += RIDGE;
        }
        return solve(a, b);
    }

    static double[] fitGender(List<LabelledFace> faces) {
        double[] w = {0, 1, 0};
        List<LabelledFace> labelled = faces.stream().filter(f -> f.gender() != null).toList();
        for (int iter = 0; iter < 50; iter++) {
            // Newton steps on the log-likelihood with a small ridge
            double[][] h = new double[3][3];
            double[] g = new double[3];
            for (LabelledFace f : labelled) {
                double[] x = f.analysis().readings().genderFeatures();
                double p = 1 / (1 + Math.exp(-dot(w, x)));
                double y = f.gender().equals("female") ? 1 : 0;
                for (int i = 0; i < 3; i++) {
                    g[i] += (y - p) * x[i];
                    for (int j = 0; j < 3; j++) {
                        h[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < 3; i++) {
                h[i][i] += 1e-3;
                g[i] -= 1e-3 * w[i];
            }
            double[] step = solve(h, g);
            for (int i = 0; i < 3; i++) {
                w[i] += step[i];
            }
        }
        return w;
    }

    /** Per-class biases on log-probabilities minimising softmax cross-entropy (gradient descent). */
    static double[] fitBias(List<LabelledFace> labelled, List<String> classes,
                            java.util.function.Function<LabelledFace, String> label,
                            java.util.function.Function<LabelledFace, double[]> features) {
        int k = classes.size();
        double[] bias = new double[k];
        if (labelled.isEmpty()) {
            return bias;
        }
        List<double[]> x = labelled.stream().map(features).toList();
        int[] y = labelled.stream().mapToInt(f -> classes.indexOf(label.apply(f))).toArray();
        for (int iter = 0; iter < 300; iter++) {
            double[] grad = new double[k];
            for (int n = 0; n < y.length; n++) {
                double[] p = Calibration.softmax(x.get(n), bias);
                for (int c = 0; c < k; c++) {
                    grad[c] += p[c] - (c == y[n] ? 1 : 0);
                }
            }
            for (int c = 0; c < k; c++) {
                bias[c] -= 0.5 * grad[c] / y.length;
            }
        }
        // cross-entropy is not accuracy: keep the biases only when they make more answers right
        return accuracy(x, y, bias) > accuracy(x, y, new double[k]) ? bias : new double[k];
    }

    private static double accuracy(List<double[]> x, int[] y, double[] bias) {
        int right = 0;
        for (int n = 0; n < y.length; n++) {
            double[] p = Calibration.softmax(x.get(n), bias);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            right += best == y[n] ? 1 : 0;
        }
        return right / (double) y.length;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                b[r] -= f * b[c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
