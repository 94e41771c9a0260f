package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shared recipe against the two recipes the attribute and demographic trainers ran before it (kept below as
 * they were written, lambda choice and refit): on the same synthetic rows it must give the same heads bit for bit,
 * so the shipped head files come out as before.
 */
class LinearHeadTrainerTest {

    private static final LinearHeadTrainer.Solver SOLVER = new LinearHeadTrainer.Solver(80, 1e-4, 2);
    private static final double[] GRID = {0.3, 0.03, 0.003};

    @Test
    void perOutputChoiceGivesTheAttributeTrainersHeadsBitForBit() {
        Problem p = problem(new Random(5), 600, 40, 4);
        int tuneRows = Math.min(100, p.rows().size() / 5);
        LinearHeadTrainer.Trained t = LinearHeadTrainer.train(new LinearHeadTrainer.Task(p.rows(), p.gather(), 8,
                p.outputs(), GRID, tuneRows, 20240501L, new LinearHeadTrainer.PerOutput()), SOLVER);

        Old old = oldAttributeRecipe(p.rows(), p.gather(), 8, p.outputs(), GRID, tuneRows, 20240501L);
        assertThat(t.lambdas()).containsExactly(old.lambdas());
        assertThat(Arrays.stream(t.lambdas()).distinct().count()).as("the choice differs between outputs").isGreaterThan(1);
        assertSameHeads(t.heads(), old.heads());
    }

    @Test
    void sharedChoiceGivesTheDemographicTrainersHeadsBitForBit() {
        Problem p = problem(new Random(6), 500, 30, 5);
        int[] labels = p.labels();
        HeadKind kind = HeadKind.ONE_VS_REST;
        boolean[][] y = kind.outputs(5, null, labels);
        int tuneRows = (int) Math.round(p.rows().size() * 0.2);
        LinearHeadTrainer.Trained t = LinearHeadTrainer.train(new LinearHeadTrainer.Task(p.rows(), p.gather(), 8, y,
                GRID, tuneRows, 20240501L, new LinearHeadTrainer.Shared((m, x, rows) -> accuracy(m, x, rows, labels))),
                SOLVER);

        Old old = oldDemographicRecipe(p.rows(), p.gather(), 8, y, labels, GRID, 0.2, 20240501L);
        assertThat(t.lambdas()).containsOnly(old.lambdas()[0]);
        for (int l = 0; l < GRID.length; l++) {
            assertThat(t.tuneScores()[l]).isEqualTo(old.scores()[l]);
        }
        assertSameHeads(t.heads(), old.heads());
        assertThat(t.candidates()).hasSize(5);
        for (int o = 0; o < 5; o++) {
            assertThat(t.candidates()[o].weights()).containsExactly(old.candidates()[o].weights());
        }
    }

    @Test
    void oneCandidateIsTakenWithoutTuning() {
        Problem p = problem(new Random(7), 200, 10, 2);
        LinearHeadTrainer.Trained t = LinearHeadTrainer.train(new LinearHeadTrainer.Task(p.rows(), p.gather(), 8,
                p.outputs(), new double[] {0.1}, 40, 1L, new LinearHeadTrainer.PerOutput()), SOLVER);
        assertThat(t.lambdas()).containsOnly(0.1);
        assertThat(t.candidates()).isNull();
        assertThat(t.tuneScores()).isEmpty();
    }

    private static void assertSameHeads(LogisticRegression.Model[] a, LogisticRegression.Model[] b) {
        assertThat(a).hasSameSizeAs(b);
        for (int o = 0; o < a.length; o++) {
            assertThat(a[o].bias()).as("bias %d", o).isEqualTo(b[o].bias());
            assertThat(a[o].weights()).as("weights %d", o).containsExactly(b[o].weights());
        }
    }

    /** Rows with a few informative columns (one per output, noisy) beside noise and a constant column. */
    private record Problem(List<float[]> rows, int[] gather, boolean[][] outputs, int[] labels) {
    }

    private static Problem problem(Random r, int n, int d, int k) {
        List<float[]> rows = new ArrayList<>();
        int[] labels = new int[n];
        boolean[][] outputs = new boolean[k][n];
        for (int i = 0; i < n; i++) {
            float[] v = new float[d + 3];
            labels[i] = r.nextInt(k);
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) r.nextGaussian();
            }
            v[d + 2] = 1;
            for (int o = 0; o < k; o++) {
                outputs[o][i] = r.nextDouble() < (o == labels[i] ? 0.8 : 0.15);
                v[3 + o] += outputs[o][i] ? 0.8f : 0f;
                v[3 + k + o] += labels[i] == o ? 1.5f : 0f;
            }
            rows.add(v);
        }
        int[] gather = new int[d];
        for (int j = 0; j < d; j++) {
            gather[j] = j + 2; // leaves two columns out, reads the constant one
        }
        return new Problem(rows, gather, outputs, labels);
    }

    private static double accuracy(LogisticRegression.Model[] m, float[][] x, int[] idx, int[] labels) {
        double total = 0;
        for (int i : idx) {
            int best = 0;
            for (int o = 1; o < m.length; o++) {
                best = m[o].logit(x[i]) > m[best].logit(x[i]) ? o : best;
            }
            total += best == labels[i] ? 1 : 0;
        }
        return total / idx.length;
    }

    // ---- the recipes as the trainers ran them before LinearHeadTrainer ----

    private record Old(double[] lambdas, double[] scores, LogisticRegression.Model[] candidates,
                       LogisticRegression.Model[] heads) {
    }

    /** AttributeTrainer.train: one strength per attribute by log-loss; candidates attribute by attribute. */
    private static Old oldAttributeRecipe(List<float[]> train, int[] gather, double clip, boolean[][] yTrain,
                                          double[] grid, int tuneRows, long seed) {
        Standardiser standard = Standardiser.fit(train, gather, clip);
        float[][] xTrain = standard.apply(train);
        TuningSplit split = TuningSplit.seeded(train.size(), tuneRows, seed);
        int[] tuneIdx = split.tune();
        int[] fitIdx = split.fit();
        float[][] xFit = TuningSplit.rows(xTrain, fitIdx);
        float[][] xTune = TuningSplit.rows(xTrain, tuneIdx);
        int heads40 = yTrain.length;
        boolean[][] yFit = new boolean[heads40 * grid.length][];
        double[] lam = new double[yFit.length];
        for (int a = 0; a < heads40; a++) {
            for (int l = 0; l < grid.length; l++) {
                yFit[a * grid.length + l] = TuningSplit.pick(yTrain[a], fitIdx);
                lam[a * grid.length + l] = grid[l];
            }
        }
        double[] chosen = new double[heads40];
        LogisticRegression.Model[] tuned = BatchLogisticRegression.fitParallel(xFit, yFit, lam, SOLVER.maxIterations(),
                SOLVER.tolerance(), SOLVER.threads());
        for (int a = 0; a < heads40; a++) {
            boolean[] yTune = TuningSplit.pick(yTrain[a], tuneIdx);
            double best = Double.POSITIVE_INFINITY;
            for (int l = 0; l < grid.length; l++) {
                double loss = LinearHeadTrainer.logLoss(tuned[a * grid.length + l], xTune, yTune);
                if (loss < best) {
                    best = loss;
                    chosen[a] = grid[l];
                }
            }
        }
        LogisticRegression.Model[] models = BatchLogisticRegression.fitParallel(xTrain, yTrain, chosen,
                SOLVER.maxIterations(), SOLVER.tolerance(), SOLVER.threads());
        return new Old(chosen, null, null, models);
    }

    /** DemographicTrainer.fit: one strength per task by the task's score; candidates strength by strength. */
    private static Old oldDemographicRecipe(List<float[]> rows, int[] gather, double clip, boolean[][] y, int[] labels,
                                            double[] grid, double tuneFraction, long seed) {
        int n = rows.size();
        Standardiser standard = Standardiser.fit(rows, gather, clip);
        float[][] x = standard.apply(rows);
        int k = y.length;
        TuningSplit split = TuningSplit.seeded(n, (int) Math.round(n * tuneFraction), seed);
        int[] tuneIdx = split.tune();
        int[] fitIdx = split.fit();
        double lambda = grid[0];
        double[] scores = new double[grid.length];
        LogisticRegression.Model[] chosenCandidates = null;
        boolean[][] yy = new boolean[k * grid.length][];
        double[] ll = new double[yy.length];
        for (int l = 0; l < grid.length; l++) {
            for (int o = 0; o < k; o++) {
                yy[l * k + o] = TuningSplit.pick(y[o], fitIdx);
                ll[l * k + o] = grid[l];
            }
        }
        LogisticRegression.Model[] m = BatchLogisticRegression.fitParallel(TuningSplit.rows(x, fitIdx), yy, ll,
                SOLVER.maxIterations(), SOLVER.tolerance(), SOLVER.threads());
        double best = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < grid.length; l++) {
            double score = accuracy(Arrays.copyOfRange(m, l * k, l * k + k), x, tuneIdx, labels);
            scores[l] = score;
            if (score > best) {
                best = score;
                lambda = grid[l];
                chosenCandidates = Arrays.copyOfRange(m, l * k, l * k + k);
            }
        }
        double[] refit = new double[k];
        Arrays.fill(refit, lambda);
        LogisticRegression.Model[] models = BatchLogisticRegression.fitParallel(x, y, refit, SOLVER.maxIterations(),
                SOLVER.tolerance(), SOLVER.threads());
        return new Old(refit, scores, chosenCandidates, models);
    }
}
