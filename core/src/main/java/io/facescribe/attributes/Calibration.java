package io.facescribe.attributes;

/**
 * Platt scaling and the caption threshold rule, on held-out logits.
 *
 * <p>Threshold rule: precision matters more than recall in captions, so each attribute gets the lowest
 * threshold t ≥ 0.5 such that precision stays at or above the target {@code max(0.8, (1 + base rate) / 2)}
 * for t and every higher threshold (precision is only judged where at least {@value #MIN_PREDICTED} faces
 * are predicted positive). When no threshold reaches the target, the attribute is marked unreliable and its
 * threshold is the accuracy-maximising one at or above 0.5.
 */
final class Calibration {

    static final int MIN_PREDICTED = 20;

    private Calibration() {
    }

    /** Platt scaling {@code p = sigmoid(a * logit + b)} by Newton's method on the mean log-loss (tiny ridge). */
    static double[] platt(double[] logit, boolean[] y) {
        double a = 1, b = 0;
        int n = logit.length;
        for (int it = 0; it < 50; it++) {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            for (int i = 0; i < n; i++) {
                double p = LogisticRegression.sigmoid(a * logit[i] + b);
                double r = p - (y[i] ? 1 : 0);
                double w = Math.max(p * (1 - p), 1e-12);
                ga += r * logit[i];
                gb += r;
                haa += w * logit[i] * logit[i];
                hab += w * logit[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    static double precisionTarget(double baseRate) {
        return Math.max(0.8, (1 + baseRate) / 2);
    }

    /** {threshold, reliable ? 1 : 0} by the rule above. */
    static double[] threshold(double[] p, boolean[] y, double target) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(p[j], p[i]));
        int tp = 0, fp = 0;
        double best = Double.NaN;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (p[i] < 0.5) {
                break;
            }
            if (y[i]) {
                tp++;
            } else {
                fp++;
            }
            if (k + 1 < order.length && p[order[k + 1]] == p[i]) {
                continue; // ties: judge after the whole group
            }
            if (tp + fp < MIN_PREDICTED) {
                continue;
            }
            if (tp / (double) (tp + fp) < target) {
                break;
            }
            best = p[i];
        }
        if (!Double.isNaN(best)) {
            return new double[] {best, 1};
        }
        return new double[] {accuracyThreshold(p, y, order), 0};
    }

    private static double accuracyThreshold(double[] p, boolean[] y, Integer[] order) {
        int negatives = 0;
        for (boolean b : y) {
            negatives += b ? 0 : 1;
        }
        int correct = negatives; // everything predicted negative
        int bestCorrect = correct;
        double best = 1.0; // never stated, unless some threshold beats "always absent"
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (p[i] < 0.5) {
                break;
            }
            correct += y[i] ? 1 : -1;
            if ((k + 1 == order.length || p[order[k + 1]] != p[i]) && correct > bestCorrect) {
                bestCorrect = correct;
                best = p[i];
            }
        }
        return best;
    }
}
