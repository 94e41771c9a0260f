package io.facescribe.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FaceVector;
import io.facescribe.attributes.HeadFiles;

/**
 * Trains the demographic heads on cached face vectors: gender (logistic), ethnicity (one-vs-rest over gear's
 * five classes), age (ordinal: one logistic head per cut "age > c") on UTKFace's train split, and emotion
 * (one-vs-rest over seven classes) on FER2013 train images. Per task, with {@link LinearHeadTrainer}: standardise
 * on its train rows; choose one L2 strength for the task on a seeded fifth of the train rows by the task's own
 * measure (accuracy, or the median age's mean absolute error; {@link LinearHeadTrainer.Shared}), refit on all
 * train rows; one-vs-rest tasks then get per-class logit shifts ({@link #classShift}). Validation rows are never
 * used for fitting.
 */
public final class DemographicTrainer {

    public record Settings(Map<String, List<String>> blocks, double[] lambdas, int maxIterations, double tolerance,
                           long seed, double tuneFraction, double[] cuts, double clip, int threads) {

        public static Settings defaults(int threads) {
            // mobilefacenet left out: without it gender -0.3, ethnicity +0.2, adult age error -0.08 years, emotion +0.7
            // points on validation, and analysis skips a network (about 15 ms per face)
            List<String> face = List.of("faceres", "faceres_mid", "faceres_heads", "selfie", "geometry", "colour");
            List<String> emotion = List.of("emotion", "emotion_bands", "faceres", "faceres_mid", "geometry");
            Map<String, List<String>> b = new LinkedHashMap<>();
            b.put("gender", face);
            b.put("ethnicity", face);
            b.put("age", face);
            b.put("emotion", emotion);
            return new Settings(b, new double[] {0.3, 0.1, 0.03, 0.01, 0.003}, 300, 1e-4, 20240501L, 0.2,
                    new double[] {1, 2, 3, 5, 7, 10, 13, 16, 19, 22, 25, 28, 31, 35, 39, 43, 47, 52, 57, 62, 67, 72, 80, 90},
                    8, threads);
        }

        public Settings withBlocks(String task, List<String> b) {
            Map<String, List<String>> m = new LinkedHashMap<>(blocks);
            m.put(task, List.copyOf(b));
            return new Settings(m, lambdas, maxIterations, tolerance, seed, tuneFraction, cuts, clip, threads);
        }

        public Settings withLambdas(double... l) {
            return new Settings(blocks, l, maxIterations, tolerance, seed, tuneFraction, cuts, clip, threads);
        }

        Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", "L2 logistic regressions (io.facescribe.training.BatchLogisticRegression: own L-BFGS, matrix products by TensorFlow)");
            m.put("gender", "one logistic head, P(female)");
            m.put("ethnicity", "one-vs-rest logistic heads over white, black, asian, indian, other; probabilities = sigmoids normalised");
            m.put("age", "ordinal: one logistic head per cut, P(age > cut); years = median of the survival curve (linear between cuts, 1 at 0, 0 at 100)");
            m.put("emotion", "one-vs-rest logistic heads over the 7 FER2013 classes; probabilities = sigmoids normalised");
            m.put("features", "standardised on each task's train rows, clipped to +-" + clip + " standard deviations");
            m.put("blocks", blocks);
            m.put("lambdaGrid", lambdas);
            m.put("lambdaChoice", "per task, the best accuracy (age: lowest mean absolute error) on " + tuneFraction
                    + " of the train rows held out with the seed, then refitted on all train rows");
            m.put("classShift", "one-vs-rest tasks: per-class logit shifts minimising softmax cross-entropy on those held-out "
                    + "rows (kept only when they make more of them right), added to the refitted heads' biases");
            m.put("cuts", cuts);
            m.put("maxIterations", maxIterations);
            m.put("tolerance", tolerance);
            m.put("seed", seed);
            return m;
        }
    }

    /** Rows of one task: vectors and labels (class index, or age in years). */
    record Rows(List<float[]> vectors, int[] labels) {
    }

    public record Result(DemographicHeads heads, Map<String, Map<String, Object>> validation, double seconds) {
    }

    private DemographicTrainer() {
    }

    public static Result train(DemographicData data, Settings s, Map<String, Object> provenance, Consumer<String> log) {
        long start = System.nanoTime();
        Rows[] utkGender = utkRows(data, f -> f.gender() == null ? -1 : f.gender().equals("female") ? 0 : 1);
        Rows[] utkRace = utkRows(data, f -> Demographics.ETHNICITIES.indexOf(f.ethnicity()));
        Rows[] utkAge = utkRows(data, DevelopmentSets.Item::age);
        Rows ferTrain = rows(data, data.ferTrain(), f -> Demographics.EMOTIONS.indexOf(f.emotion()));
        Rows ferTest = rows(data, data.ferTest(), f -> Demographics.EMOTIONS.indexOf(f.emotion()));
        Map<String, DemographicHeads.Head> heads = new LinkedHashMap<>();
        heads.put("gender", fit("gender", HeadKind.LOGISTIC, List.of("female", "male"), null, utkGender[0], s, log));
        heads.put("ethnicity", fit("ethnicity", HeadKind.ONE_VS_REST, Demographics.ETHNICITIES, null, utkRace[0], s, log));
        heads.put("age", fit("age", HeadKind.ORDINAL, List.of(), s.cuts(), utkAge[0], s, log));
        heads.put("emotion", fit("emotion", HeadKind.ONE_VS_REST, Demographics.EMOTIONS, null, ferTrain, s, log));
        DemographicHeads unmeasured = new DemographicHeads(new DemographicHeads.HeadFile(DemographicHeads.FORMAT,
                FaceVector.VERSION, heads, Map.of()));
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        figures.put("gender", DemographicFigures.gender(unmeasured, utkGender[1]));
        figures.put("ethnicity", DemographicFigures.ethnicity(unmeasured, utkRace[1]));
        figures.put("age", DemographicFigures.age(unmeasured, utkAge[1]));
        figures.put("emotion", DemographicFigures.emotion(unmeasured, ferTest));
        Map<String, DemographicHeads.Head> measured = new LinkedHashMap<>();
        heads.forEach((task, h) -> measured.put(task, new DemographicHeads.Head(h.kind(), h.blocks(), h.mean(), h.scale(),
                h.clip(), h.classes(), h.cuts(), h.biases(), h.weights(), merge(h.validation(), figures.get(task)))));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("hyperParameters", s.describe());
        Map<String, String> blocks = new LinkedHashMap<>();
        s.blocks().values().stream().flatMap(List::stream).distinct()
                .forEach(b -> blocks.putAll(FaceVector.describe(List.of(b))));
        prov.put("featureBlocks", blocks);
        prov.put("trainRows", Map.of("utkface", utkGender[0].vectors().size(), "fer2013", ferTrain.vectors().size()));
        prov.put("validationRows", Map.of("utkface", utkGender[1].vectors().size(), "fer2013", ferTest.vectors().size()));
        prov.put("trainingSeconds", Math.round(seconds));
        DemographicHeads result = new DemographicHeads(new DemographicHeads.HeadFile(DemographicHeads.FORMAT,
                FaceVector.VERSION, measured, prov));
        return new Result(result, figures, seconds);
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    /** {train, validation} rows of UTKFace with a label (negative labels are left out). */
    private static Rows[] utkRows(DemographicData data, java.util.function.ToIntFunction<DevelopmentSets.Item> label) {
        List<DevelopmentSets.Item> train = data.utk().stream().filter(i -> !DemographicData.validation(i)).toList();
        List<DevelopmentSets.Item> val = data.utk().stream().filter(DemographicData::validation).toList();
        return new Rows[] {rows(data, train, label), rows(data, val, label)};
    }

    static Rows rows(DemographicData data, List<DevelopmentSets.Item> items,
                     java.util.function.ToIntFunction<DevelopmentSets.Item> label) {
        List<float[]> v = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (DevelopmentSets.Item item : items) {
            float[] r = data.record(item);
            int l = label.applyAsInt(item);
            if (r != null && l >= 0) {
                v.add(r);
                y.add(l);
            }
        }
        return new Rows(v, y.stream().mapToInt(Integer::intValue).toArray());
    }

    private static DemographicHeads.Head fit(String task, HeadKind kind, List<String> classes, double[] cuts, Rows train,
                                             Settings s, Consumer<String> log) {
        long start = System.nanoTime();
        int n = train.vectors().size();
        int[] labels = train.labels();
        // the L2 strength: fit on four fifths, judge on the seeded fifth by the task's own measure
        LinearHeadTrainer.Trained t = LinearHeadTrainer.train(new LinearHeadTrainer.Task(train.vectors(),
                FaceVector.gather(s.blocks().get(task)), s.clip(), kind.outputs(classes.size(), cuts, labels),
                s.lambdas(), (int) Math.round(n * s.tuneFraction()), s.seed(),
                new LinearHeadTrainer.Shared((m, x, rows) -> score(kind, cuts, m, x, rows, labels))),
                new LinearHeadTrainer.Solver(s.maxIterations(), s.tolerance(), s.threads()));
        int k = t.heads().length;
        double lambda = t.lambdas()[0];
        double[] shift = kind == HeadKind.ONE_VS_REST && t.candidates() != null
                ? classShift(t.candidates(), t.x(), t.split().tune(), labels)
                : new double[k];
        Map<String, Double> tuned = new LinkedHashMap<>();
        for (int l = 0; l < t.tuneScores().length; l++) {
            tuned.put(Double.toString(s.lambdas()[l]), Math.round(t.tuneScores()[l] * 10000) / 10000.0);
        }
        double[] biases = new double[k];
        List<String> weights = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            biases[o] = t.heads()[o].bias() + shift[o];
            weights.add(HeadFiles.encode(t.heads()[o].weights()));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lambda", lambda);
        v.put("classShift", shift);
        v.put("tuneScores", tuned);
        v.put("trainRows", n);
        log.accept(String.format("%s: %d rows x %d features, %d outputs, lambda %g (tune scores %s) in %.0f s", task, n,
                t.standardiser().size(), k, lambda, tuned, (System.nanoTime() - start) / 1e9));
        return new DemographicHeads.Head(kind.fileName(), s.blocks().get(task), HeadFiles.encode(t.standardiser().mean()),
                HeadFiles.encode(t.standardiser().scale()), s.clip(), kind == HeadKind.LOGISTIC ? List.of(classes.get(0)) : classes,
                cuts == null ? new double[0] : cuts,
                biases, weights, v);
    }

    /**
     * One-vs-rest heads are fitted class by class, so their logits are not on one scale: per-class shifts that
     * minimise softmax cross-entropy on the held-out tuning rows (gradient descent), kept only when they make
     * more tuning rows right.
     */
    static double[] classShift(LogisticRegression.Model[] m, float[][] x, int[] idx, int[] labels) {
        int k = m.length;
        double[][] logit = new double[idx.length][k];
        for (int r = 0; r < idx.length; r++) {
            for (int o = 0; o < k; o++) {
                logit[r][o] = m[o].logit(x[idx[r]]);
            }
        }
        double[] shift = new double[k];
        for (int iter = 0; iter < 500; iter++) {
            double[] grad = new double[k];
            for (int r = 0; r < idx.length; r++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < k; o++) {
                    max = Math.max(max, logit[r][o] + shift[o]);
                }
                double sum = 0;
                double[] p = new double[k];
                for (int o = 0; o < k; o++) {
                    p[o] = Math.exp(logit[r][o] + shift[o] - max);
                    sum += p[o];
                }
                for (int o = 0; o < k; o++) {
                    grad[o] += p[o] / sum - (labels[idx[r]] == o ? 1 : 0);
                }
            }
            for (int o = 0; o < k; o++) {
                shift[o] -= 0.5 * grad[o] / idx.length;
            }
        }
        return right(logit, shift, idx, labels) > right(logit, new double[k], idx, labels) ? shift : new double[k];
    }

    private static int right(double[][] logit, double[] shift, int[] idx, int[] labels) {
        int n = 0;
        for (int r = 0; r < idx.length; r++) {
            int best = 0;
            for (int o = 1; o < shift.length; o++) {
                best = logit[r][o] + shift[o] > logit[r][best] + shift[best] ? o : best;
            }
            n += best == labels[idx[r]] ? 1 : 0;
        }
        return n;
    }

    /** Higher is better: accuracy, or minus the mean absolute error of the median age. */
    private static double score(HeadKind kind, double[] cuts, LogisticRegression.Model[] m, float[][] x, int[] idx, int[] labels) {
        double total = 0;
        for (int i : idx) {
            double[] logit = new double[m.length];
            for (int o = 0; o < m.length; o++) {
                logit[o] = m[o].logit(x[i]);
            }
            switch (kind) {
                case LOGISTIC -> total += (logit[0] > 0) == (labels[i] == 0) ? 1 : 0;
                case ORDINAL -> {
                    double[] surv = new double[logit.length];
                    double prev = 1;
                    for (int o = 0; o < logit.length; o++) {
                        surv[o] = Math.min(prev, LogisticRegression.sigmoid(logit[o]));
                        prev = surv[o];
                    }
                    total -= Math.abs(DemographicHeads.quantile(cuts, surv, 0.5) - labels[i]);
                }
                case ONE_VS_REST -> {
                    int best = 0;
                    for (int o = 1; o < logit.length; o++) {
                        best = logit[o] > logit[best] ? o : best;
                    }
                    total += best == labels[i] ? 1 : 0;
                }
            }
        }
        return total / idx.length;
    }
}
