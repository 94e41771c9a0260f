package io.facescribe.training;

import io.facescribe.attributes.Linear;

/**
 * One L2-regularised logistic regression: {@code mean(log-loss) + lambda/2 * |w|^2} (the bias is not penalised),
 * fitted by the one solver of the train module, {@link BatchLogisticRegression}'s L-BFGS, as a batch of one head.
 * Rows are float arrays, read-only; fitting is single-threaded and deterministic.
 */
public final class LogisticRegression {

    /** A fitted model: weights over the features and a bias; {@code logit(x) = bias + w·x}. */
    public record Model(double[] weights, double bias, int iterations, double loss) {

        public double logit(float[] x) {
            double s = bias;
            for (int j = 0; j < weights.length; j++) {
                s += weights[j] * x[j];
            }
            return s;
        }

        public double probability(float[] x) {
            return sigmoid(logit(x));
        }
    }

    private final double lambda;
    private final int maxIterations;
    private final double tolerance;

    public LogisticRegression(double lambda, int maxIterations, double tolerance) {
        this.lambda = lambda;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public Model fit(float[][] x, boolean[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        return BatchLogisticRegression.fit(x, new boolean[][] {y}, new double[] {lambda}, maxIterations, tolerance)[0];
    }

    public static double sigmoid(double t) {
        return Linear.sigmoid(t);
    }
}
