package io.facescribe.training;

/**
 * Platt scaling on held-out logits, the per-attribute decision threshold and the precision target captions
 * hold attributes to.
 *
 * <p>Decision rule ({@link #decisionThreshold}): the Bayes decision on calibrated probabilities for a cost
 * that weighs accuracy ({@link #ACCURACY_WEIGHT}) and balanced accuracy; it depends on the attribute's base
 * rate only, so no threshold is fitted to the noise of one split. Captions, where precision matters more than
 * recall, state an attribute only above a stricter caption threshold ({@link #threshold}) and only for
 * attributes whose precision there holds up (see {@code AttributeTrainer}).
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

    /**
     * The caption threshold: {threshold, reliable ? 1 : 0}. Precision matters more than recall in captions, so
     * the lowest t >= 0.5 such that precision stays at or above {@code target} for t and every higher threshold
     * (judged where at least {@value #MIN_PREDICTED} faces are predicted positive); when no threshold reaches the
     * target, unreliable, with the accuracy-maximising threshold at or above 0.5.
     */
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

    /**
     * Weight of accuracy against balanced accuracy in the decision cost. On the validation split, weights from
     * about 0.66 to 0.76 keep both mean accuracy >= 88% and mean balanced accuracy >= 78% (0.5: 87.1% / 80.9%;
     * 0.6: 87.8% / 80.2%; 0.7: 88.3% / 78.9%; 0.75: 88.5% / 78.2%; 1, i.e. p >= 0.5: 89.2% / 72.9%); 0.7 is near
     * the middle of that range.
     */
    static final double ACCURACY_WEIGHT = 0.7;

    /** The decision rule, as stated in the head file's provenance. */
    static final String RULE = "decide present when p >= t, t = c_fa / (c_fa + c_miss), c_miss = w + (1-w)/(2b), "
            + "c_fa = w + (1-w)/(2(1-b)), w = " + ACCURACY_WEIGHT + ", b = the train split's base rate: the Bayes decision on "
            + "Platt-calibrated probabilities for the cost w * error rate + (1-w) * balanced error rate (t = 0.5 at b = 0.5, "
            + "between b and 0.5 otherwise)";

    /**
     * The decision threshold of an attribute with train base rate {@code b}: decide "present" when
     * {@code p * costMiss >= (1 - p) * costFalseAlarm}, with the per-face costs that make the expected cost
     * {@code w * error rate + (1 - w) * balanced error rate}.
     */
    static double decisionThreshold(double b) {
        double base = Math.min(1 - 1e-6, Math.max(1e-6, b));
        double w = ACCURACY_WEIGHT;
        double miss = w + (1 - w) / (2 * base);
        double falseAlarm = w + (1 - w) / (2 * (1 - base));
        return falseAlarm / (miss + falseAlarm);
    }

    /** Confusion counts of the decision {@code p >= t}. */
    record Counts(int tp, int fp, int tn, int fn) {

        static Counts of(double[] p, boolean[] y, double t) {
            int tp = 0, fp = 0, tn = 0, fn = 0;
            for (int i = 0; i < p.length; i++) {
                boolean d = p[i] >= t;
                if (y[i]) {
                    tp += d ? 1 : 0;
                    fn += d ? 0 : 1;
                } else {
                    fp += d ? 1 : 0;
                    tn += d ? 0 : 1;
                }
            }
            return new Counts(tp, fp, tn, fn);
        }

        int positives() {
            return tp + fn;
        }

        int predicted() {
            return tp + fp;
        }

        double accuracy() {
            return (tp + tn) / (double) (tp + fp + tn + fn);
        }

        double balancedAccuracy() {
            double tpr = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
            double tnr = tn + fp == 0 ? 1 : tn / (double) (tn + fp);
            return (tpr + tnr) / 2;
        }

        double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        }
    }
}
