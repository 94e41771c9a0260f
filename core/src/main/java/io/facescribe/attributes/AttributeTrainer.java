package io.facescribe.attributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Trains the 40 heads on cached features: standardise on the train split; per attribute, choose the L2
 * strength on a seeded held-out part of the train split (log-loss), refit on the whole train split; Platt
 * scaling and the caption threshold on the validation split. The reported figures are cross-fitted: the
 * validation split is halved (odd / even ids), Platt scaling and threshold are fitted on one half and
 * measured on the other, so no figure is measured on the data that set it.
 */
public final class AttributeTrainer {

    public record Settings(List<String> blocks, double[] lambdas, int maxIterations, double tolerance, long seed,
                           int tuneRows, int threads) {

        public static Settings defaults(int threads) {
            return new Settings(List.of("faceres", "faceres_mid", "faceres_heads", "mobilefacenet", "selfie", "geometry", "colour"),
                    new double[] {0.3, 0.1, 0.03, 0.01}, 300, 1e-4, 20240501L, 1000, threads);
        }

        public Settings withBlocks(List<String> b) {
            return new Settings(b, lambdas, maxIterations, tolerance, seed, tuneRows, threads);
        }

        public Settings withLambdas(double... l) {
            return new Settings(blocks, l, maxIterations, tolerance, seed, tuneRows, threads);
        }

        Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", "L2 logistic regression per attribute (own L-BFGS, memory 10, Armijo backtracking; matrix products by TensorFlow)");
            m.put("features", "standardised on the train split, clipped to +-" + AttributeClassifier.CLIP + " standard deviations");
            m.put("blocks", blocks);
            m.put("lambdaGrid", lambdas);
            m.put("lambdaChoice", "lowest log-loss on " + tuneRows + " train images held out with the seed");
            m.put("maxIterations", maxIterations);
            m.put("tolerance", tolerance);
            m.put("seed", seed);
            m.put("calibration", "Platt scaling on the validation split");
            m.put("threshold", "lowest t >= 0.5 keeping validation precision >= max(0.8, (1 + base rate)/2) for t and above (judged where >= "
                    + Calibration.MIN_PREDICTED + " faces are predicted positive); else unreliable, accuracy-maximising t >= 0.5; "
                    + "also unreliable when the cross-fitted precision at t falls more than " + RELIABLE_SLACK + " below the target");
            return m;
        }
    }

    /** Validation figures of one attribute (cross-fitted halves; see the class comment). */
    public record Figures(String name, int positives, int count, double majority, double accuracy,
                          double balancedAccuracy, double auc, double threshold, double precision, double recall,
                          double accuracyAtThreshold, boolean reliable, double lambda, int iterations,
                          double balancedAccuracyAtBaseRate) {
    }

    public record Result(AttributeClassifier classifier, List<Figures> figures, double seconds) {

        public double meanAccuracy() {
            return figures.stream().mapToDouble(Figures::accuracy).average().orElse(0);
        }

        public double meanBalancedAccuracy() {
            return figures.stream().mapToDouble(Figures::balancedAccuracy).average().orElse(0);
        }

        public double meanBalancedAccuracyAtBaseRate() {
            return figures.stream().mapToDouble(Figures::balancedAccuracyAtBaseRate).average().orElse(0);
        }

        public double meanMajority() {
            return figures.stream().mapToDouble(Figures::majority).average().orElse(0);
        }
    }

    /** How far below its target an attribute's cross-fitted precision may fall and it still counts as reliable. */
    static final double RELIABLE_SLACK = 0.1;

    private AttributeTrainer() {
    }

    public static Result train(CelebaAttributes data, Map<String, float[]> features, Settings s,
                               Map<String, Object> provenance, Consumer<String> log) {
        long start = System.nanoTime();
        int[] gather = gather(s.blocks());
        List<CelebaAttributes.Item> train = new ArrayList<>();
        List<CelebaAttributes.Item> val = new ArrayList<>();
        for (CelebaAttributes.Item item : data.items()) {
            if (features.containsKey(item.id())) {
                (item.train() ? train : item.validation() ? val : new ArrayList<CelebaAttributes.Item>()).add(item);
            }
        }
        int d = gather.length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (CelebaAttributes.Item item : train) {
            float[] f = features.get(item.id());
            for (int j = 0; j < d; j++) {
                mean[j] += f[gather[j]];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= train.size();
        }
        for (CelebaAttributes.Item item : train) {
            float[] f = features.get(item.id());
            for (int j = 0; j < d; j++) {
                double v = f[gather[j]] - mean[j];
                scale[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / train.size());
            scale[j] = sd < 1e-9 ? 0 : 1 / sd;
        }
        float[][] xTrain = standardise(train, features, gather, mean, scale);
        float[][] xVal = standardise(val, features, gather, mean, scale);

        // the seeded tuning rows of the train split
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(s.seed()));
        int tune = Math.min(s.tuneRows(), train.size() / 5);
        int[] tuneIdx = order.subList(0, tune).stream().sorted().mapToInt(Integer::intValue).toArray();
        int[] fitIdx = order.subList(tune, order.size()).stream().sorted().mapToInt(Integer::intValue).toArray();
        float[][] xFit = rows(xTrain, fitIdx);
        float[][] xTune = rows(xTrain, tuneIdx);

        log.accept(String.format("training %d heads on %d train images x %d features (%s); validation %d images",
                AttributeNames.ALL.size(), train.size(), d, String.join("+", s.blocks()), val.size()));
        int heads40 = AttributeNames.ALL.size();
        boolean[][] yTrain = new boolean[heads40][];
        for (int a = 0; a < heads40; a++) {
            yTrain[a] = labels(train, a);
        }
        // 1. the L2 strength of each attribute, on the seeded tuning rows
        double[] grid = s.lambdas();
        boolean[][] yFit = new boolean[heads40 * grid.length][];
        double[] lam = new double[yFit.length];
        for (int a = 0; a < heads40; a++) {
            for (int l = 0; l < grid.length; l++) {
                yFit[a * grid.length + l] = pick(yTrain[a], fitIdx);
                lam[a * grid.length + l] = grid[l];
            }
        }
        double[] chosen = new double[heads40];
        if (grid.length == 1) {
            java.util.Arrays.fill(chosen, grid[0]);
        } else {
            LogisticRegression.Model[] tuned = fitParallel(xFit, yFit, lam, s);
            for (int a = 0; a < heads40; a++) {
                boolean[] yTune = pick(yTrain[a], tuneIdx);
                double best = Double.POSITIVE_INFINITY;
                for (int l = 0; l < grid.length; l++) {
                    double loss = logLoss(tuned[a * grid.length + l], xTune, yTune);
                    if (loss < best) {
                        best = loss;
                        chosen[a] = grid[l];
                    }
                }
            }
            log.accept(String.format("penalties chosen in %.0f s", (System.nanoTime() - start) / 1e9));
        }
        // 2. refit on the whole train split
        LogisticRegression.Model[] models = fitParallel(xTrain, yTrain, chosen, s);
        // 3. calibration, thresholds, figures
        List<AttributeClassifier.Head> heads = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        for (int a = 0; a < heads40; a++) {
            Object[] r = finish(a, models[a], chosen[a], yTrain[a], val, xVal, mean, scale, log);
            heads.add((AttributeClassifier.Head) r[0]);
            figures.add((Figures) r[1]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("hyperParameters", s.describe());
        prov.put("featureBlocks", AttributeFeatures.describeBlocks());
        prov.put("trainImages", train.size());
        prov.put("validationImages", val.size());
        prov.put("trainingSeconds", Math.round(seconds));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("note", "validation split, cross-fitted halves (Platt and threshold fitted on one half, measured on the other)");
        summary.put("meanAccuracy", round(figures.stream().mapToDouble(Figures::accuracy).average().orElse(0)));
        summary.put("meanBalancedAccuracy", round(figures.stream().mapToDouble(Figures::balancedAccuracy).average().orElse(0)));
        summary.put("meanBalancedAccuracyAtBaseRate", round(figures.stream().mapToDouble(Figures::balancedAccuracyAtBaseRate).average().orElse(0)));
        summary.put("meanMajorityBaseline", round(figures.stream().mapToDouble(Figures::majority).average().orElse(0)));
        summary.put("meanAuc", round(figures.stream().mapToDouble(Figures::auc).average().orElse(0)));
        prov.put("validation", summary);
        AttributeClassifier.HeadFile file = new AttributeClassifier.HeadFile(AttributeClassifier.FORMAT,
                AttributeFeatures.VERSION, s.blocks(), d, AttributeClassifier.encode(mean), AttributeClassifier.encode(scale),
                AttributeClassifier.CLIP, heads, prov);
        return new Result(new AttributeClassifier(file), figures, seconds);
    }

    /** Fits the heads in as many groups as there are threads (each group one lockstep batch). */
    private static LogisticRegression.Model[] fitParallel(float[][] x, boolean[][] y, double[] lambdas, Settings s) {
        int k = y.length;
        int groups = Math.max(1, Math.min(s.threads(), k));
        LogisticRegression.Model[] out = new LogisticRegression.Model[k];
        ExecutorService pool = Executors.newFixedThreadPool(groups);
        try (TfRows rows = new TfRows(x)) {
            List<Future<?>> futures = new ArrayList<>();
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
                    LogisticRegression.Model[] m = BatchLogisticRegression.fit(x, rows, yy, ll, s.maxIterations(), s.tolerance());
                    for (int i = 0; i < mine.size(); i++) {
                        out[mine.get(i)] = m[i];
                    }
                }));
            }
            for (Future<?> f : futures) {
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

    private static Object[] finish(int attr, LogisticRegression.Model model, double bestLambda, boolean[] yTrain,
                                   List<CelebaAttributes.Item> val, float[][] xVal, double[] mean, double[] scale,
                                   Consumer<String> log) {
        String name = AttributeNames.ALL.get(attr);
        boolean[] yVal = labels(val, attr);
        double[] logit = new double[xVal.length];
        for (int i = 0; i < xVal.length; i++) {
            logit[i] = model.logit(xVal[i]);
        }
        double baseRate = mean(yTrain);
        double target = Calibration.precisionTarget(baseRate);
        // shipped: Platt and threshold on the whole validation split
        double[] platt = Calibration.platt(logit, yVal);
        double[] p = new double[logit.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.sigmoid(platt[0] * logit[i] + platt[1]);
        }
        double[] thr = Calibration.threshold(p, yVal, target);
        // reported: cross-fitted halves
        double[] pCross = new double[logit.length];
        boolean[] decided = new boolean[logit.length];
        for (int half = 0; half < 2; half++) {
            List<Integer> fitRows = new ArrayList<>();
            List<Integer> testRows = new ArrayList<>();
            for (int i = 0; i < val.size(); i++) {
                (idNumber(val.get(i).id()) % 2 == half ? testRows : fitRows).add(i);
            }
            double[] l = fitRows.stream().mapToDouble(i -> logit[i]).toArray();
            boolean[] yy = new boolean[fitRows.size()];
            for (int k = 0; k < yy.length; k++) {
                yy[k] = yVal[fitRows.get(k)];
            }
            double[] pl = Calibration.platt(l, yy);
            double[] pf = new double[l.length];
            for (int k = 0; k < l.length; k++) {
                pf[k] = LogisticRegression.sigmoid(pl[0] * l[k] + pl[1]);
            }
            double t = Calibration.threshold(pf, yy, target)[0];
            for (int i : testRows) {
                pCross[i] = LogisticRegression.sigmoid(pl[0] * logit[i] + pl[1]);
                decided[i] = pCross[i] >= t;
            }
        }
        int tp = 0, fp = 0, tn = 0, fn = 0, tpT = 0, fpT = 0, fnT = 0, tnT = 0, tpB = 0, tnB = 0;
        for (int i = 0; i < yVal.length; i++) {
            boolean balanced = pCross[i] >= baseRate;
            if (yVal[i] ? balanced : !balanced) {
                if (yVal[i]) {
                    tpB++;
                } else {
                    tnB++;
                }
            }
            boolean pred = pCross[i] >= 0.5;
            if (yVal[i]) {
                tp += pred ? 1 : 0;
                fn += pred ? 0 : 1;
                tpT += decided[i] ? 1 : 0;
                fnT += decided[i] ? 0 : 1;
            } else {
                fp += pred ? 1 : 0;
                tn += pred ? 0 : 1;
                fpT += decided[i] ? 1 : 0;
                tnT += decided[i] ? 0 : 1;
            }
        }
        int n = yVal.length;
        int pos = tp + fn;
        int neg = n - pos;
        double majority = (baseRate >= 0.5 ? pos : neg) / (double) n;
        double tpr = pos == 0 ? 1 : tp / (double) pos;
        double tnr = neg == 0 ? 1 : tn / (double) neg;
        double crossPrecision = tpT + fpT == 0 ? Double.NaN : tpT / (double) (tpT + fpT);
        // reliable: the rule reached its target on the whole split, and the cross-fitted precision held up
        boolean reliable = thr[1] > 0 && !Double.isNaN(crossPrecision) && crossPrecision >= target - RELIABLE_SLACK;
        thr[1] = reliable ? 1 : 0;
        Figures fig = new Figures(name, pos, n, majority, (tp + tn) / (double) n, (tpr + tnr) / 2, auc(pCross, yVal),
                thr[0], tpT + fpT == 0 ? Double.NaN : tpT / (double) (tpT + fpT), pos == 0 ? Double.NaN : tpT / (double) pos,
                (tpT + tnT) / (double) n, thr[1] > 0, bestLambda, model.iterations(),
                ((pos == 0 ? 1 : tpB / (double) pos) + (neg == 0 ? 1 : tnB / (double) neg)) / 2);
        double[] w = model.weights();
        double bias = model.bias();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("accuracy", round(fig.accuracy()));
        v.put("balancedAccuracy", round(fig.balancedAccuracy()));
        v.put("balancedAccuracyAtBaseRate", round(fig.balancedAccuracyAtBaseRate()));
        v.put("auc", Double.isNaN(fig.auc()) ? null : round(fig.auc()));
        v.put("precisionAtThreshold", Double.isNaN(fig.precision()) ? null : round(fig.precision()));
        v.put("recallAtThreshold", Double.isNaN(fig.recall()) ? null : round(fig.recall()));
        v.put("majorityBaseline", round(majority));
        v.put("lambda", bestLambda);
        AttributeClassifier.Head head = new AttributeClassifier.Head(name, bias, AttributeClassifier.encode(w),
                platt[0], platt[1], round(thr[0]), round(target), thr[1] > 0, v);
        log.accept(String.format("%-20s acc %.3f (majority %.3f) bal %.3f/%.3f auc %.3f  t=%.2f prec %.3f rec %.3f  lambda %g, %d it",
                name, fig.accuracy(), majority, fig.balancedAccuracy(), fig.balancedAccuracyAtBaseRate(), fig.auc(), thr[0], fig.precision(), fig.recall(),
                bestLambda, model.iterations()));
        return new Object[] {head, fig};
    }

    static int[] gather(List<String> blocks) {
        List<Integer> idx = new ArrayList<>();
        for (String b : blocks) {
            AttributeFeatures.Block block = AttributeFeatures.block(b);
            for (int i = 0; i < block.length(); i++) {
                idx.add(block.offset() + i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[][] standardise(List<CelebaAttributes.Item> items, Map<String, float[]> features, int[] gather,
                                         double[] mean, double[] scale) {
        float[][] x = new float[items.size()][gather.length];
        for (int i = 0; i < items.size(); i++) {
            float[] f = features.get(items.get(i).id());
            for (int j = 0; j < gather.length; j++) {
                x[i][j] = (float) AttributeClassifier.clip((f[gather[j]] - mean[j]) * scale[j]);
            }
        }
        return x;
    }

    private static float[][] rows(float[][] x, int[] idx) {
        float[][] out = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    private static boolean[] labels(List<CelebaAttributes.Item> items, int attr) {
        boolean[] y = new boolean[items.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = items.get(i).labels()[attr];
        }
        return y;
    }

    private static boolean[] pick(boolean[] y, int[] idx) {
        boolean[] out = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }

    private static double mean(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n / (double) y.length;
    }

    private static double logLoss(LogisticRegression.Model m, float[][] x, boolean[] y) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, m.probability(x[i])));
            loss -= y[i] ? Math.log(p) : Math.log(1 - p);
        }
        return loss / x.length;
    }

    /** Area under the ROC curve (rank statistic, ties counted half). */
    static double auc(double[] p, boolean[] y) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSum = 0;
        int pos = 0;
        for (int k = 0; k < order.length; ) {
            int e = k;
            while (e + 1 < order.length && p[order[e + 1]] == p[order[k]]) {
                e++;
            }
            double rank = (k + e) / 2.0 + 1;
            for (int q = k; q <= e; q++) {
                if (y[order[q]]) {
                    rankSum += rank;
                    pos++;
                }
            }
            k = e + 1;
        }
        int neg = p.length - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    private static int idNumber(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? id.hashCode() & 0x7fffffff : Integer.parseInt(digits);
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10000) / 10000.0;
    }
}
