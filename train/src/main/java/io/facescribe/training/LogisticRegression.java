package io.facescribe.training;

import io.facescribe.attributes.Linear;

/**
 * L2-regularised logistic regression fitted with L-BFGS (our own small implementation: no linear-algebra
 * library is on the class path, and the problem — a few thousand rows, a few thousand standardised features —
 * needs only matrix-vector products). Minimises {@code mean(log-loss) + lambda/2 * |w|^2} (the bias is not
 * penalised). Rows are float arrays, read-only; fitting is single-threaded and deterministic.
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

    private static final int MEMORY = 10;

    private final double lambda;
    private final int maxIterations;
    private final double tolerance;

    public LogisticRegression(double lambda, int maxIterations, double tolerance) {
        this.lambda = lambda;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public Model fit(float[][] x, boolean[] y) {
        return fit(x, y, null);
    }

    /** Fits from a starting point (a previous model's weights, e.g. for a stronger penalty), or from zero. */
    public Model fit(float[][] x, boolean[] y, Model start) {
        int n = x.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int d = x[0].length;
        int p = d + 1; // last parameter = bias
        double[] theta = new double[p];
        if (start != null) {
            System.arraycopy(start.weights(), 0, theta, 0, d);
            theta[d] = start.bias();
        } else {
            int pos = 0;
            for (boolean b : y) {
                pos += b ? 1 : 0;
            }
            double rate = Math.min(1 - 1e-6, Math.max(1e-6, pos / (double) n));
            theta[d] = Math.log(rate / (1 - rate));
        }
        double[] grad = new double[p];
        double[] z = new double[n];
        double loss = evaluate(x, y, theta, grad, z);
        double[][] s = new double[MEMORY][];
        double[][] g = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int head = 0;
        double[] dir = new double[p];
        double[] alpha = new double[MEMORY];
        double[] next = new double[p];
        double[] nextGrad = new double[p];
        double gradNorm0 = Math.max(norm(grad), 1e-12);
        int it = 0;
        for (; it < maxIterations; it++) {
            if (norm(grad) <= tolerance * gradNorm0) {
                break;
            }
            // two-loop recursion: dir = -H * grad
            for (int i = 0; i < p; i++) {
                dir[i] = -grad[i];
            }
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(head - 1 - k, MEMORY);
                alpha[idx] = rho[idx] * dot(s[idx], dir);
                axpy(-alpha[idx], g[idx], dir);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, MEMORY);
                double gamma = dot(s[last], g[last]) / dot(g[last], g[last]);
                for (int i = 0; i < p; i++) {
                    dir[i] *= gamma;
                }
            } else {
                double scale = 1 / Math.max(norm(grad), 1e-12);
                for (int i = 0; i < p; i++) {
                    dir[i] *= scale;
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(head - 1 - k, MEMORY);
                double beta = rho[idx] * dot(g[idx], dir);
                axpy(alpha[idx] - beta, s[idx], dir);
            }
            double slope = dot(dir, grad);
            if (slope >= 0) { // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < p; i++) {
                    dir[i] = -grad[i] / Math.max(norm(grad), 1e-12);
                }
                slope = dot(dir, grad);
            }
            // backtracking line search (Armijo)
            double step = 1;
            double nextLoss;
            int tries = 0;
            while (true) {
                for (int i = 0; i < p; i++) {
                    next[i] = theta[i] + step * dir[i];
                }
                nextLoss = evaluate(x, y, next, nextGrad, z);
                if (nextLoss <= loss + 1e-4 * step * slope || ++tries > 30) {
                    break;
                }
                step *= 0.5;
            }
            if (tries > 30) {
                break;
            }
            double[] sk = new double[p];
            double[] gk = new double[p];
            for (int i = 0; i < p; i++) {
                sk[i] = next[i] - theta[i];
                gk[i] = nextGrad[i] - grad[i];
            }
            double sy = dot(sk, gk);
            if (sy > 1e-12) {
                s[head] = sk;
                g[head] = gk;
                rho[head] = 1 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            double improvement = loss - nextLoss;
            System.arraycopy(next, 0, theta, 0, p);
            System.arraycopy(nextGrad, 0, grad, 0, p);
            loss = nextLoss;
            if (improvement < 1e-10 * Math.max(1, Math.abs(loss))) {
                it++;
                break;
            }
        }
        double[] w = new double[d];
        System.arraycopy(theta, 0, w, 0, d);
        return new Model(w, theta[d], it, loss);
    }

    /** Objective and its gradient at theta; z is scratch for the logits. */
    private double evaluate(float[][] x, boolean[] y, double[] theta, double[] grad, double[] z) {
        int n = x.length;
        int d = theta.length - 1;
        double bias = theta[d];
        float[] w = new float[d];
        for (int j = 0; j < d; j++) {
            w[j] = (float) theta[j];
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            float[] row = x[i];
            double t = dot(row, w) + bias;
            // log(1 + exp(-t)) for positives, log(1 + exp(t)) for negatives, stably
            double m = y[i] ? -t : t;
            loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
            z[i] = (sigmoid(t) - (y[i] ? 1 : 0)) / n;
        }
        loss /= n;
        java.util.Arrays.fill(grad, 0);
        float[] gf = new float[d];
        double gb = 0;
        for (int i = 0; i < n; i++) {
            float r = (float) z[i];
            float[] row = x[i];
            for (int j = 0; j < d; j++) {
                gf[j] += r * row[j];
            }
            gb += z[i];
        }
        double reg = 0;
        for (int j = 0; j < d; j++) {
            grad[j] = gf[j] + lambda * theta[j];
            reg += theta[j] * theta[j];
        }
        grad[d] = gb;
        return loss + lambda / 2 * reg;
    }

    public static double sigmoid(double t) {
        return Linear.sigmoid(t);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double dot(float[] a, float[] b) {
        return Linear.dot(a, b);
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
