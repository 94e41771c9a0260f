package io.facescribe.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Many L2 logistic regressions on the same rows at once (one per attribute and penalty), each with its own
 * L-BFGS state and line search, run in lockstep so that every pass over the rows serves all of them: the
 * logits of all heads come from one sweep of the feature matrix, and so do all gradients. The inner loops run
 * over heads, which the JIT vectorises, and rows are taken in small blocks so the weights stay in cache.
 * The one logistic-regression solver of the train module ({@link LogisticRegression} fits a batch of one; the
 * looks calibration fits its hair-length regressions with it). A head fitted in a batch gets what it gets alone
 * (tested).
 */
public final class BatchLogisticRegression {

    private static final int MEMORY = 10;
    private static final int ROW_BLOCK = 8;

    private BatchLogisticRegression() {
    }

    /** One head's L-BFGS state. */
    private static final class Head {
        final boolean[] y;
        final double lambda;
        final double[] theta;
        final double[] grad;
        double loss = Double.NaN;
        final double[] dir;
        final double[] trial;
        double step;
        double slope;
        final List<double[]> s = new ArrayList<>();
        final List<double[]> g = new ArrayList<>();
        final List<Double> rho = new ArrayList<>();
        int iterations;
        int tries;
        double gradNorm0;
        boolean done;

        Head(boolean[] y, double lambda, int p) {
            this.y = y;
            this.lambda = lambda;
            this.theta = new double[p];
            this.grad = new double[p];
            this.dir = new double[p];
            this.trial = new double[p];
        }
    }

    /**
     * Fits {@code labels.length} heads on the rows {@code x}.
     *
     * @param labels  per head, one label per row
     * @param lambdas per head, its L2 strength
     */
    public static LogisticRegression.Model[] fit(float[][] x, boolean[][] labels, double[] lambdas, int maxIterations,
                                                 double tolerance) {
        return fit(x, null, labels, lambdas, maxIterations, tolerance);
    }

    /**
     * Fits the heads with the matrix products done by TensorFlow, in as many groups as there are threads (each
     * group one lockstep batch sharing the one TensorFlow copy of {@code x}).
     */
    public static LogisticRegression.Model[] fitParallel(float[][] x, boolean[][] y, double[] lambdas,
                                                         int maxIterations, double tolerance, int threads) {
        int k = y.length;
        int groups = Math.max(1, Math.min(threads, k));
        LogisticRegression.Model[] out = new LogisticRegression.Model[k];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(groups);
        try (TfRows rows = new TfRows(x)) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                final int group = g;
                futures.add(pool.submit(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int h = group; h < k; h += groups) {
                        mine.add(h);
                    }
                    boolean[][] yy = new boolean[mine.size()][];
                    double[] ll = new double[mine.size()];
                    for (int i = 0; i < mine.size(); i++) {
                        yy[i] = y[mine.get(i)];
                        ll[i] = lambdas[mine.get(i)];
                    }
                    LogisticRegression.Model[] m = fit(x, rows, yy, ll, maxIterations, tolerance);
                    for (int i = 0; i < mine.size(); i++) {
                        out[mine.get(i)] = m[i];
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** As above, with the products done by TensorFlow on {@code rows} (the same matrix as {@code x}). */
    static LogisticRegression.Model[] fit(float[][] x, TfRows rows, boolean[][] labels, double[] lambdas,
                                          int maxIterations, double tolerance) {
        int n = x.length;
        int d = x[0].length;
        int p = d + 1;
        Head[] heads = new Head[labels.length];
        for (int h = 0; h < heads.length; h++) {
            heads[h] = new Head(labels[h], lambdas[h], p);
            int pos = 0;
            for (boolean b : labels[h]) {
                pos += b ? 1 : 0;
            }
            double rate = Math.min(1 - 1e-6, Math.max(1e-6, pos / (double) n));
            heads[h].theta[d] = Math.log(rate / (1 - rate));
            System.arraycopy(heads[h].theta, 0, heads[h].trial, 0, p);
        }
        double[] lossOut = new double[heads.length];
        double[][] gradOut = new double[heads.length][p];
        boolean first = true;
        List<Integer> labelled = null;
        org.tensorflow.types.TFloat32 yTensor = null;
        try {
        while (true) {
            List<Integer> active = new ArrayList<>();
            for (int h = 0; h < heads.length; h++) {
                if (!heads[h].done) {
                    active.add(h);
                }
            }
            if (active.isEmpty()) {
                break;
            }
            if (rows == null) {
                evaluate(x, heads, active, lossOut, gradOut);
            } else {
                if (!active.equals(labelled)) {
                    if (yTensor != null) {
                        yTensor.close();
                    }
                    boolean[][] y = new boolean[active.size()][];
                    for (int a = 0; a < y.length; a++) {
                        y[a] = heads[active.get(a)].y;
                    }
                    yTensor = rows.labels(y);
                    labelled = active;
                }
                evaluate(rows, heads, active, yTensor, lossOut, gradOut);
            }
            for (int h : active) {
                Head head = heads[h];
                double loss = lossOut[h];
                double[] grad = gradOut[h];
                if (first) {
                    head.loss = loss;
                    System.arraycopy(grad, 0, head.grad, 0, p);
                    head.gradNorm0 = Math.max(norm(grad), 1e-12);
                    propose(head, maxIterations, tolerance);
                    continue;
                }
                if (loss <= head.loss + 1e-4 * head.step * head.slope || head.tries >= 30) {
                    if (head.tries >= 30) {
                        head.done = true;
                        continue;
                    }
                    double[] sk = new double[p];
                    double[] gk = new double[p];
                    for (int i = 0; i < p; i++) {
                        sk[i] = head.trial[i] - head.theta[i];
                        gk[i] = grad[i] - head.grad[i];
                    }
                    double sy = dot(sk, gk);
                    if (sy > 1e-12) {
                        if (head.s.size() == MEMORY) {
                            head.s.remove(0);
                            head.g.remove(0);
                            head.rho.remove(0);
                        }
                        head.s.add(sk);
                        head.g.add(gk);
                        head.rho.add(1 / sy);
                    }
                    double improvement = head.loss - loss;
                    System.arraycopy(head.trial, 0, head.theta, 0, p);
                    System.arraycopy(grad, 0, head.grad, 0, p);
                    head.loss = loss;
                    head.iterations++;
                    if (improvement < 1e-10 * Math.max(1, Math.abs(loss))) {
                        head.done = true;
                        continue;
                    }
                    propose(head, maxIterations, tolerance);
                } else {
                    head.step *= 0.5;
                    head.tries++;
                    for (int i = 0; i < p; i++) {
                        head.trial[i] = head.theta[i] + head.step * head.dir[i];
                    }
                }
            }
            first = false;
        }
        } finally {
            if (yTensor != null) {
                yTensor.close();
            }
        }
        LogisticRegression.Model[] out = new LogisticRegression.Model[heads.length];
        for (int h = 0; h < heads.length; h++) {
            double[] w = new double[d];
            System.arraycopy(heads[h].theta, 0, w, 0, d);
            out[h] = new LogisticRegression.Model(w, heads[h].theta[d], heads[h].iterations, heads[h].loss);
        }
        return out;
    }

    /** Next L-BFGS direction and the first trial point (step 1), or done. */
    private static void propose(Head head, int maxIterations, double tolerance) {
        int p = head.theta.length;
        if (head.iterations >= maxIterations || norm(head.grad) <= tolerance * head.gradNorm0) {
            head.done = true;
            return;
        }
        double[] dir = head.dir;
        for (int i = 0; i < p; i++) {
            dir[i] = -head.grad[i];
        }
        int m = head.s.size();
        double[] alpha = new double[m];
        for (int k = m - 1; k >= 0; k--) {
            alpha[k] = head.rho.get(k) * dot(head.s.get(k), dir);
            axpy(-alpha[k], head.g.get(k), dir);
        }
        if (m > 0) {
            double gamma = dot(head.s.get(m - 1), head.g.get(m - 1)) / dot(head.g.get(m - 1), head.g.get(m - 1));
            scale(dir, gamma);
        } else {
            scale(dir, 1 / Math.max(norm(head.grad), 1e-12));
        }
        for (int k = 0; k < m; k++) {
            double beta = head.rho.get(k) * dot(head.g.get(k), dir);
            axpy(alpha[k] - beta, head.s.get(k), dir);
        }
        head.slope = dot(dir, head.grad);
        if (head.slope >= 0) {
            head.s.clear();
            head.g.clear();
            head.rho.clear();
            double gn = Math.max(norm(head.grad), 1e-12);
            for (int i = 0; i < p; i++) {
                dir[i] = -head.grad[i] / gn;
            }
            head.slope = dot(dir, head.grad);
        }
        head.step = 1;
        head.tries = 0;
        for (int i = 0; i < p; i++) {
            head.trial[i] = head.theta[i] + dir[i];
        }
    }

    /** Objective and gradient of every active head at its trial point, in one sweep over the rows. */
    private static void evaluate(float[][] x, Head[] heads, List<Integer> active, double[] lossOut, double[][] gradOut) {
        int n = x.length;
        int d = x[0].length;
        int k = active.size();
        float[] w = new float[d * k];
        float[] bias = new float[k];
        for (int a = 0; a < k; a++) {
            double[] t = heads[active.get(a)].trial;
            for (int j = 0; j < d; j++) {
                w[j * k + a] = (float) t[j];
            }
            bias[a] = (float) t[d];
        }
        float[] g = new float[d * k];
        double[] gb = new double[k];
        double[] loss = new double[k];
        float[] z = new float[ROW_BLOCK * k];
        for (int i0 = 0; i0 < n; i0 += ROW_BLOCK) {
            int rows = Math.min(ROW_BLOCK, n - i0);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(bias, 0, z, r * k, k);
            }
            for (int j = 0; j < d; j++) {
                int wo = j * k;
                for (int r = 0; r < rows; r++) {
                    float xv = x[i0 + r][j];
                    if (xv == 0) {
                        continue;
                    }
                    int zo = r * k;
                    for (int a = 0; a < k; a++) {
                        z[zo + a] += xv * w[wo + a];
                    }
                }
            }
            // residuals (p - y) / n replace the logits
            for (int r = 0; r < rows; r++) {
                int zo = r * k;
                for (int a = 0; a < k; a++) {
                    boolean yy = heads[active.get(a)].y[i0 + r];
                    double t = z[zo + a];
                    double m = yy ? -t : t;
                    loss[a] += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
                    double res = (LogisticRegression.sigmoid(t) - (yy ? 1 : 0)) / n;
                    gb[a] += res;
                    z[zo + a] = (float) res;
                }
            }
            for (int j = 0; j < d; j++) {
                int go = j * k;
                for (int r = 0; r < rows; r++) {
                    float xv = x[i0 + r][j];
                    if (xv == 0) {
                        continue;
                    }
                    int zo = r * k;
                    for (int a = 0; a < k; a++) {
                        g[go + a] += xv * z[zo + a];
                    }
                }
            }
        }
        for (int a = 0; a < k; a++) {
            Head head = heads[active.get(a)];
            double[] grad = gradOut[active.get(a)];
            double reg = 0;
            for (int j = 0; j < d; j++) {
                double t = head.trial[j];
                grad[j] = g[j * k + a] + head.lambda * t;
                reg += t * t;
            }
            grad[d] = gb[a];
            lossOut[active.get(a)] = loss[a] / n + head.lambda / 2 * reg;
        }
    }

    private static void evaluate(TfRows rows, Head[] heads, List<Integer> active, org.tensorflow.types.TFloat32 y,
                                 double[] lossOut, double[][] gradOut) {
        int d = rows.columns();
        int k = active.size();
        float[] w = new float[d * k];
        float[] bias = new float[k];
        for (int a = 0; a < k; a++) {
            double[] t = heads[active.get(a)].trial;
            for (int j = 0; j < d; j++) {
                w[j * k + a] = (float) t[j];
            }
            bias[a] = (float) t[d];
        }
        double[] loss = new double[k];
        float[] g = new float[d * k];
        double[] gb = new double[k];
        rows.evaluate(w, bias, y, loss, g, gb);
        for (int a = 0; a < k; a++) {
            Head head = heads[active.get(a)];
            double[] grad = gradOut[active.get(a)];
            double reg = 0;
            for (int j = 0; j < d; j++) {
                double t = head.trial[j];
                grad[j] = g[j * k + a] + head.lambda * t;
                reg += t * t;
            }
            grad[d] = gb[a];
            lossOut[active.get(a)] = loss[a] + head.lambda / 2 * reg;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
