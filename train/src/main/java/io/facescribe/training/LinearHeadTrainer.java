package io.facescribe.training;

import java.util.Arrays;
import java.util.List;

/**
 * The one recipe FaceScribe's linear heads (the 40 attributes, gender, ethnicity, age, emotion) are trained with:
 * standardise the train rows ({@link Standardiser}); hold out seeded tuning rows ({@link TuningSplit}); fit an L2
 * logistic regression per output and candidate strength on the other rows; choose the strength on the tuning rows
 * ({@link Choice}); refit every output on all train rows with its strength. A trainer says only what differs: the
 * outputs' labels (see {@link HeadKind#outputs}), how many rows to hold out and how the strength is chosen.
 * Validation rows never enter it.
 */
public final class LinearHeadTrainer {

    /** The solver's limits ({@link BatchLogisticRegression#fitParallel}). */
    public record Solver(int maxIterations, double tolerance, int threads) {
    }

    /** How the L2 strength is chosen on the tuning rows. */
    public sealed interface Choice permits PerOutput, Shared {
    }

    /**
     * Every output its own strength: the one with the lowest log-loss on the tuning rows (the first of equals). The
     * candidates are fitted output by output, all strengths of one output side by side.
     */
    public record PerOutput() implements Choice {
    }

    /**
     * One strength for all outputs: the one whose candidate heads together score highest on the tuning rows (the
     * first of equals). The candidates are fitted strength by strength, all outputs of one strength side by side.
     */
    public record Shared(Score score) implements Choice {
    }

    /** A task's own measure of a set of heads (one per output); higher is better. */
    @FunctionalInterface
    public interface Score {
        /** @param x the standardised train rows; {@code rows} the ones to measure on */
        double of(LogisticRegression.Model[] heads, float[][] x, int[] rows);
    }

    /**
     * What to train.
     *
     * @param rows     the train rows (whole vectors)
     * @param gather   the columns the heads read
     * @param clip     standardised inputs are clipped to ± this
     * @param outputs  per output, one label per train row
     * @param lambdas  the candidate L2 strengths; with one, it is taken without tuning
     * @param tuneRows how many train rows to hold out for the choice
     * @param seed     the tuning split's seed
     * @param images   how many of the rows, from the first, are images as they are; the rest are re-framed copies of
     *                 them ({@code copyOf}), which the tuning split keeps with their image
     * @param copyOf   for each row from {@code images} on, the row of the image it is a copy of (empty: no copies)
     */
    public record Task(List<float[]> rows, int[] gather, double clip, boolean[][] outputs, double[] lambdas, int tuneRows,
                       long seed, Choice choice, int images, List<Integer> copyOf) {

        /** Without re-framed copies: every row an image of its own. */
        public Task(List<float[]> rows, int[] gather, double clip, boolean[][] outputs, double[] lambdas, int tuneRows,
                    long seed, Choice choice) {
            this(rows, gather, clip, outputs, lambdas, tuneRows, seed, choice, rows.size(), List.of());
        }
    }

    /**
     * The trained heads.
     *
     * @param standardiser fitted on the train rows (mean and scale go into the head file)
     * @param x            the train rows standardised
     * @param split        the tuning split
     * @param lambdas      per output, its strength
     * @param tuneScores   per candidate strength, its score on the tuning rows ({@link Shared} with more than one
     *                     candidate; empty otherwise)
     * @param candidates   per output, the head fitted on the fit rows with the chosen strength (null when nothing was
     *                     chosen: one candidate, or no score better than minus infinity)
     * @param heads        per output, refitted on all train rows with its strength
     */
    public record Trained(Standardiser standardiser, float[][] x, TuningSplit split, double[] lambdas,
                          double[] tuneScores, LogisticRegression.Model[] candidates, LogisticRegression.Model[] heads) {
    }

    private LinearHeadTrainer() {
    }

    public static Trained train(Task task, Solver solver) {
        Standardiser standard = Standardiser.fit(task.rows(), task.gather(), task.clip());
        float[][] x = standard.apply(task.rows());
        boolean[][] y = task.outputs();
        int k = y.length;
        double[] grid = task.lambdas();
        TuningSplit split = task.copyOf().isEmpty() ? TuningSplit.seeded(x.length, task.tuneRows(), task.seed())
                : TuningSplit.grouped(task.images(), task.copyOf().stream().mapToInt(Integer::intValue).toArray(),
                        task.tuneRows(), task.seed());
        double[] chosen = new double[k];
        double[] scores = new double[0];
        LogisticRegression.Model[] candidates = null;
        if (grid.length == 1) {
            Arrays.fill(chosen, grid[0]);
        } else if (task.choice() instanceof Shared shared) {
            scores = new double[grid.length];
            LogisticRegression.Model[] m = fitCandidates(x, y, grid, split, false, solver);
            double best = Double.NEGATIVE_INFINITY;
            int bestIndex = -1;
            for (int l = 0; l < grid.length; l++) {
                scores[l] = shared.score().of(Arrays.copyOfRange(m, l * k, l * k + k), x, split.tune());
                if (scores[l] > best) {
                    best = scores[l];
                    bestIndex = l;
                }
            }
            Arrays.fill(chosen, grid[Math.max(0, bestIndex)]);
            candidates = bestIndex < 0 ? null : Arrays.copyOfRange(m, bestIndex * k, bestIndex * k + k);
        } else {
            LogisticRegression.Model[] m = fitCandidates(x, y, grid, split, true, solver);
            float[][] xTune = TuningSplit.rows(x, split.tune());
            candidates = new LogisticRegression.Model[k];
            for (int o = 0; o < k; o++) {
                boolean[] yTune = TuningSplit.pick(y[o], split.tune());
                double best = Double.POSITIVE_INFINITY;
                for (int l = 0; l < grid.length; l++) {
                    double loss = logLoss(m[o * grid.length + l], xTune, yTune);
                    if (loss < best) {
                        best = loss;
                        chosen[o] = grid[l];
                        candidates[o] = m[o * grid.length + l];
                    }
                }
            }
        }
        LogisticRegression.Model[] heads = BatchLogisticRegression.fitParallel(x, y, chosen, solver.maxIterations(),
                solver.tolerance(), solver.threads());
        return new Trained(standard, x, split, chosen, scores, candidates, heads);
    }

    /**
     * Every output with every strength on the fit rows, in one batch: output by output ({@code byOutput}) or strength
     * by strength. The order decides how the solver groups heads over its threads, so each choice keeps the order
     * its heads were always trained in.
     */
    private static LogisticRegression.Model[] fitCandidates(float[][] x, boolean[][] y, double[] grid, TuningSplit split,
                                                            boolean byOutput, Solver solver) {
        int k = y.length;
        int g = grid.length;
        boolean[][] yFit = new boolean[k * g][];
        double[] lambdas = new double[yFit.length];
        for (int o = 0; o < k; o++) {
            for (int l = 0; l < g; l++) {
                int at = byOutput ? o * g + l : l * k + o;
                yFit[at] = TuningSplit.pick(y[o], split.fit());
                lambdas[at] = grid[l];
            }
        }
        return BatchLogisticRegression.fitParallel(TuningSplit.rows(x, split.fit()), yFit, lambdas,
                solver.maxIterations(), solver.tolerance(), solver.threads());
    }

    /** Mean log-loss of a head on rows (probabilities kept within 1e-12 of 0 and 1). */
    static double logLoss(LogisticRegression.Model m, float[][] x, boolean[] y) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, m.probability(x[i])));
            loss -= y[i] ? Math.log(p) : Math.log(1 - p);
        }
        return loss / x.length;
    }
}
