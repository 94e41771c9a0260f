package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Two Gaussian clouds split by the plane 2*x0 - x1 + 0.5 = 0, plus noise dimensions. */
    private static float[][] cloud(Random r, int n, boolean[] y) {
        float[][] x = new float[n][6];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = (float) r.nextGaussian();
            }
            double margin = 2 * x[i][0] - x[i][1] + 0.5;
            if (Math.abs(margin) < 0.3) { // keep a gap so the classes are separable
                x[i][0] += (float) (margin >= 0 ? 0.3 : -0.3);
                margin = 2 * x[i][0] - x[i][1] + 0.5;
            }
            y[i] = margin > 0;
        }
        return x;
    }

    @Test
    void separatesSeparableDataAndFindsTheDirection() {
        Random r = new Random(7);
        boolean[] y = new boolean[400];
        float[][] x = cloud(r, 400, y);
        LogisticRegression.Model m = new LogisticRegression(1e-3, 500, 1e-6).fit(x, y);
        boolean[] yt = new boolean[400];
        float[][] xt = cloud(r, 400, yt);
        int correct = 0;
        for (int i = 0; i < xt.length; i++) {
            correct += (m.probability(xt[i]) >= 0.5) == yt[i] ? 1 : 0;
        }
        assertThat(correct / 400.0).isGreaterThan(0.97);
        double[] w = m.weights();
        // direction close to (2, -1, 0, 0, 0, 0)
        double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1]);
        assertThat(w[0] / norm).isCloseTo(2 / Math.sqrt(5), within(0.05));
        assertThat(w[1] / norm).isCloseTo(-1 / Math.sqrt(5), within(0.05));
        for (int j = 2; j < 6; j++) {
            assertThat(Math.abs(w[j])).isLessThan(0.15 * norm);
        }
    }

    @Test
    void reachesTheRegularisedOptimum() {
        // at the optimum, mean (p - y) x_j + lambda w_j = 0 and mean (p - y) = 0
        Random r = new Random(3);
        int n = 300;
        float[][] x = new float[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) r.nextGaussian();
            }
            y[i] = r.nextDouble() < LogisticRegression.sigmoid(x[i][0] - 0.5 * x[i][2] + 0.3);
        }
        double lambda = 0.05;
        LogisticRegression.Model m = new LogisticRegression(lambda, 500, 1e-8).fit(x, y);
        double[] g = new double[4];
        for (int i = 0; i < n; i++) {
            double e = m.probability(x[i]) - (y[i] ? 1 : 0);
            for (int j = 0; j < 3; j++) {
                g[j] += e * x[i][j] / n;
            }
            g[3] += e / n;
        }
        for (int j = 0; j < 3; j++) {
            assertThat(g[j] + lambda * m.weights()[j]).isCloseTo(0, within(1e-4));
        }
        assertThat(g[3]).isCloseTo(0, within(1e-4));
        assertThat(m.weights()[0]).isGreaterThan(0.4);
        assertThat(m.weights()[2]).isLessThan(-0.1);
    }

    @Test
    void sigmoidIsStableAtExtremes() {
        assertThat(LogisticRegression.sigmoid(800)).isEqualTo(1.0);
        assertThat(LogisticRegression.sigmoid(-800)).isEqualTo(0.0);
        assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
    }

    @Test
    void plattRecoversAKnownScale() {
        Random r = new Random(11);
        int n = 5000;
        double[] logit = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            logit[i] = r.nextGaussian() * 3;
            y[i] = r.nextDouble() < LogisticRegression.sigmoid(0.5 * logit[i] - 1);
        }
        double[] ab = Calibration.platt(logit, y);
        assertThat(ab[0]).isCloseTo(0.5, within(0.06));
        assertThat(ab[1]).isCloseTo(-1, within(0.12));
    }

    @Test
    void decisionThresholdLiesBetweenBaseRateAndHalf() {
        assertThat(Calibration.decisionThreshold(0.5)).isCloseTo(0.5, within(1e-9));
        // w = 0.7, b = 0.1: c_miss = 0.7 + 0.3/0.2 = 2.2, c_fa = 0.7 + 0.3/1.8 = 0.8667
        assertThat(Calibration.decisionThreshold(0.1)).isBetween(0.1, 0.5).isCloseTo(0.8667 / 3.0667, within(0.001));
        assertThat(Calibration.decisionThreshold(0.9)).isCloseTo(1 - Calibration.decisionThreshold(0.1), within(1e-9));
    }

    @Test
    void decisionThresholdMaximisesWeightedAccuracyAndBalancedAccuracyOnCalibratedScores() {
        // calibrated scores with a base rate near 0.15: y ~ Bernoulli(p)
        java.util.Random r = new java.util.Random(7);
        int n = 200_000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.pow(r.nextDouble(), 4);
            y[i] = r.nextDouble() < p[i];
            pos += y[i] ? 1 : 0;
        }
        double best = -1;
        double bestT = 0;
        for (double t = 0.02; t < 0.98; t += 0.01) {
            Calibration.Counts c = Calibration.Counts.of(p, y, t);
            double w = Calibration.ACCURACY_WEIGHT;
            double score = w * c.accuracy() + (1 - w) * c.balancedAccuracy();
            if (score > best) {
                best = score;
                bestT = t;
            }
        }
        assertThat(Calibration.decisionThreshold(pos / (double) n)).isCloseTo(bestT, within(0.03));
    }

    @Test
    void aucOfPerfectAndRandomRankings() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        assertThat(AttributeTrainer.auc(p, new boolean[] {false, false, true, true})).isEqualTo(1.0);
        assertThat(AttributeTrainer.auc(p, new boolean[] {true, true, false, false})).isEqualTo(0.0);
        assertThat(AttributeTrainer.auc(new double[] {0.5, 0.5}, new boolean[] {true, false})).isEqualTo(0.5);
    }
}
