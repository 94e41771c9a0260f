package io.facescribe.training;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.attributes.HeadFiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains the 40 heads on cached features with {@link LinearHeadTrainer}: standardise on the train split; per
 * attribute, choose the L2 strength on a seeded held-out part of the train split (log-loss,
 * {@link LinearHeadTrainer.PerOutput}), refit on the whole train split; Platt
 * scaling and the caption threshold on the validation split. The reported figures are cross-fitted: the
 * validation split is halved (odd / even ids), Platt scaling and threshold are fitted on one half and
 * measured on the other, so no figure is measured on the data that set it.
 */
public final class AttributeTrainer {

    public record Settings(List<String> blocks, double[] lambdas, int maxIterations, double tolerance, long seed,
                           int tuneRows, int threads) {

        public static Settings defaults(int threads) {
            return new Settings(List.of("faceres", "faceres_mid", "faceres_heads", "selfie", "geometry", "colour"),
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
            m.put("threshold", Calibration.RULE);
            m.put("captionThreshold", "lowest t_c >= 0.5 keeping validation precision >= max(0.8, (1 + base rate)/2) for t_c and above "
                    + "(judged where >= " + Calibration.MIN_PREDICTED + " faces are predicted positive); else unreliable, accuracy-maximising "
                    + "t_c >= 0.5; also unreliable when the cross-fitted precision at t_c falls more than " + RELIABLE_SLACK
                    + " below the target; captions state only reliable attributes, and only when p >= t_c");
            return m;
        }
    }

    /** Validation figures of one attribute (cross-fitted halves; see the class comment). */
    public record Figures(String name, int positives, int count, double majority, double accuracy,
                          double balancedAccuracy, double auc, double threshold, double captionThreshold,
                          double precision, double recall, double accuracyAtHalf, double balancedAccuracyAtHalf, boolean reliable, double lambda,
                          int iterations, double balancedAccuracyAtBaseRate) {
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
        int[] gather = AttributeFeatures.gather(s.blocks());
        List<CelebaAttributes.Item> train = new ArrayList<>();
        List<CelebaAttributes.Item> val = new ArrayList<>();
        for (CelebaAttributes.Item item : data.items()) {
            if (features.containsKey(item.id())) {
                (item.train() ? train : item.validation() ? val : new ArrayList<CelebaAttributes.Item>()).add(item);
            }
        }
        int images = train.size();
        // re-framed copies of train images (FeatureExtraction#augmented) are rows of their own with the image's labels,
        // after the images; the tuning split keeps each copy with its image
        List<Integer> copyOf = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            CelebaAttributes.Item item = train.get(i);
            for (Framing f : List.of(Framing.MIRRORED, Framing.SHIFTED)) {
                String key = FeatureExtraction.key(item.id(), f);
                if (features.containsKey(key)) {
                    train.add(new CelebaAttributes.Item(key, item.file(), item.split(), item.labels()));
                    copyOf.add(i);
                }
            }
        }
        log.accept(String.format("training %d heads on %d train images x %d features (%s); validation %d images",
                AttributeNames.ALL.size(), train.size(), gather.length, String.join("+", s.blocks()), val.size()));
        int heads40 = AttributeNames.ALL.size();
        boolean[][] yTrain = new boolean[heads40][];
        for (int a = 0; a < heads40; a++) {
            yTrain[a] = labels(train, a);
        }
        // 1. the L2 strength of each attribute, by log-loss on the seeded tuning rows; 2. refit on the whole train split
        LinearHeadTrainer.Trained trained = LinearHeadTrainer.train(new LinearHeadTrainer.Task(
                train.stream().map(i -> features.get(i.id())).toList(), gather, AttributeClassifier.CLIP, yTrain,
                s.lambdas(), Math.min(s.tuneRows(), images / 5), s.seed(), new LinearHeadTrainer.PerOutput(), images,
                List.copyOf(copyOf)),
                new LinearHeadTrainer.Solver(s.maxIterations(), s.tolerance(), s.threads()));
        log.accept(String.format("penalties chosen and heads refitted in %.0f s", (System.nanoTime() - start) / 1e9));
        Standardiser standard = trained.standardiser();
        int d = standard.size();
        float[][] xVal = standard.apply(val.stream().map(i -> features.get(i.id())).toList());
        double[] chosen = trained.lambdas();
        LogisticRegression.Model[] models = trained.heads();
        // 3. calibration, thresholds, figures
        List<AttributeClassifier.Head> heads = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        for (int a = 0; a < heads40; a++) {
            Fitted fitted = finish(a, models[a], chosen[a], yTrain[a], val, xVal, log);
            heads.add(fitted.head());
            figures.add(fitted.figures());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("hyperParameters", s.describe());
        prov.put("featureBlocks", AttributeFeatures.describeBlocks());
        prov.put("trainImages", images);
        prov.put("trainRows", train.size());
        prov.put("validationImages", val.size());
        prov.put("trainingSeconds", Math.round(seconds));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("note", "validation split, cross-fitted halves (Platt fitted on one half, measured on the other), decided at each attribute's threshold t");
        summary.put("meanAccuracy", round(figures.stream().mapToDouble(Figures::accuracy).average().orElse(0)));
        summary.put("meanBalancedAccuracy", round(figures.stream().mapToDouble(Figures::balancedAccuracy).average().orElse(0)));
        summary.put("meanPrecision", round(figures.stream().mapToDouble(Figures::precision).filter(x -> !Double.isNaN(x)).average().orElse(0)));
        summary.put("meanRecall", round(figures.stream().mapToDouble(Figures::recall).filter(x -> !Double.isNaN(x)).average().orElse(0)));
        summary.put("meanAccuracyAtHalf", round(figures.stream().mapToDouble(Figures::accuracyAtHalf).average().orElse(0)));
        summary.put("meanBalancedAccuracyAtHalf", round(figures.stream().mapToDouble(Figures::balancedAccuracyAtHalf).average().orElse(0)));
        summary.put("reliableAttributes", figures.stream().filter(Figures::reliable).count());
        summary.put("meanBalancedAccuracyAtBaseRate", round(figures.stream().mapToDouble(Figures::balancedAccuracyAtBaseRate).average().orElse(0)));
        summary.put("meanMajorityBaseline", round(figures.stream().mapToDouble(Figures::majority).average().orElse(0)));
        summary.put("meanAuc", round(figures.stream().mapToDouble(Figures::auc).average().orElse(0)));
        prov.put("validation", summary);
        AttributeClassifier.HeadFile file = new AttributeClassifier.HeadFile(AttributeClassifier.FORMAT,
                AttributeFeatures.VERSION, s.blocks(), d, HeadFiles.encode(standard.mean()), HeadFiles.encode(standard.scale()),
                AttributeClassifier.CLIP, heads, prov);
        return new Result(new AttributeClassifier(file), figures, seconds);
    }

    /** One attribute's calibrated head and its validation figures. */
    private record Fitted(AttributeClassifier.Head head, Figures figures) {
    }

    private static Fitted finish(int attr, LogisticRegression.Model model, double bestLambda, boolean[] yTrain,
                                 List<CelebaAttributes.Item> val, float[][] xVal, Consumer<String> log) {
        String name = AttributeNames.ALL.get(attr);
        boolean[] yVal = labels(val, attr);
        double[] logit = new double[xVal.length];
        for (int i = 0; i < xVal.length; i++) {
            logit[i] = model.logit(xVal[i]);
        }
        double baseRate = mean(yTrain);
        double target = Calibration.precisionTarget(baseRate);
        double t = Calibration.decisionThreshold(baseRate);
        // shipped: Platt scaling and the caption threshold on the whole validation split
        double[] platt = Calibration.platt(logit, yVal);
        double[] p = new double[logit.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.sigmoid(platt[0] * logit[i] + platt[1]);
        }
        double[] caption = Calibration.threshold(p, yVal, target);
        boolean[] stated = new boolean[logit.length];
        // reported: cross-fitted halves (Platt fitted on one half, applied to the other)
        double[] pCross = new double[logit.length];
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
            double tc = Calibration.threshold(pf, yy, target)[0];
            for (int i : testRows) {
                pCross[i] = LogisticRegression.sigmoid(pl[0] * logit[i] + pl[1]);
                stated[i] = pCross[i] >= tc;
            }
        }
        Calibration.Counts atT = Calibration.Counts.of(pCross, yVal, t);
        Calibration.Counts atHalf = Calibration.Counts.of(pCross, yVal, 0.5);
        Calibration.Counts atBase = Calibration.Counts.of(pCross, yVal, baseRate);
        int n = yVal.length;
        int pos = atT.positives();
        double majority = (baseRate >= 0.5 ? pos : n - pos) / (double) n;
        // reliable for captions: the caption threshold reached the target on the whole split, and the
        // cross-fitted precision at it held up
        int tpC = 0, fpC = 0;
        for (int i = 0; i < stated.length; i++) {
            tpC += stated[i] && yVal[i] ? 1 : 0;
            fpC += stated[i] && !yVal[i] ? 1 : 0;
        }
        double captionPrecision = tpC + fpC == 0 ? Double.NaN : tpC / (double) (tpC + fpC);
        boolean reliable = caption[1] > 0 && !Double.isNaN(captionPrecision) && captionPrecision >= target - RELIABLE_SLACK;
        Figures fig = new Figures(name, pos, n, majority, atT.accuracy(), atT.balancedAccuracy(), auc(pCross, yVal),
                t, caption[0], atT.precision(), atT.recall(), atHalf.accuracy(), atHalf.balancedAccuracy(), reliable, bestLambda,
                model.iterations(), atBase.balancedAccuracy());
        double[] w = model.weights();
        double bias = model.bias();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("positives", (double) pos);
        v.put("count", (double) n);
        v.put("accuracy", round(fig.accuracy()));
        v.put("balancedAccuracy", round(fig.balancedAccuracy()));
        v.put("precision", Double.isNaN(fig.precision()) ? null : round(fig.precision()));
        v.put("recall", Double.isNaN(fig.recall()) ? null : round(fig.recall()));
        v.put("captionPrecision", Double.isNaN(captionPrecision) ? null : round(captionPrecision));
        v.put("captionRecall", pos == 0 ? null : round(tpC / (double) pos));
        v.put("accuracyAtHalf", round(fig.accuracyAtHalf()));
        v.put("balancedAccuracyAtHalf", round(fig.balancedAccuracyAtHalf()));
        v.put("balancedAccuracyAtBaseRate", round(fig.balancedAccuracyAtBaseRate()));
        v.put("auc", Double.isNaN(fig.auc()) ? null : round(fig.auc()));
        v.put("majorityBaseline", round(majority));
        v.put("lambda", bestLambda);
        AttributeClassifier.Head head = new AttributeClassifier.Head(name, bias, HeadFiles.encode(w),
                platt[0], platt[1], round(t), round(caption[0]), round(target), reliable, v);
        log.accept(String.format("%-20s t=%.2f acc %.3f (majority %.3f, at 0.5 %.3f) bal %.3f (at 0.5 %.3f) auc %.3f prec %.3f rec %.3f %s lambda %g, %d it",
                name, t, fig.accuracy(), majority, fig.accuracyAtHalf(), fig.balancedAccuracy(), fig.balancedAccuracyAtHalf(),
                fig.auc(), fig.precision(), fig.recall(), reliable ? "reliable" : "unreliable", bestLambda, model.iterations()));
        return new Fitted(head, fig);
    }

    private static boolean[] labels(List<CelebaAttributes.Item> items, int attr) {
        boolean[] y = new boolean[items.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = items.get(i).labels()[attr];
        }
        return y;
    }

    private static double mean(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n / (double) y.length;
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
