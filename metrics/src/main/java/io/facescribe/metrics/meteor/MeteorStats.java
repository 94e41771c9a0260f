package io.facescribe.metrics.meteor;

import java.util.Locale;

/**
 * Meteor 1.5's 23 sufficient statistics of one segment (or a sum of segments): lengths and function-word counts of
 * test and reference, per matching stage (exact, stem, synonym, paraphrase) the matched content and function words
 * on each side, the number of chunks, and the matched words on each side.
 */
public record MeteorStats(double testLength, double referenceLength, double testFunctionWords,
                          double referenceFunctionWords, double[] stageMatches, double chunks,
                          double testWordMatches, double referenceWordMatches) {
    public static final int STAGES = 4;
    static final double ALPHA = 0.85, BETA = 0.20, GAMMA = 0.60, DELTA = 0.75;
    /** Module weights of the 'en' rank task: exact, stem, synonym, paraphrase. */
    static final double[] WEIGHTS = {1.0, 0.6, 0.8, 0.6};

    /** stageMatches[4*s + k]: k = 0 test content, 1 reference content, 2 test function, 3 reference function. */
    public MeteorStats {
        stageMatches = stageMatches.clone();
    }

    static MeteorStats empty() {
        return new MeteorStats(0, 0, 0, 0, new double[4 * STAGES], 0, 0, 0);
    }

    boolean isPerfectOneChunk() {
        return chunks == 1 && testWordMatches == testLength && referenceWordMatches == referenceLength;
    }

    /** Sum as Meteor aggregates segments: every field added, except that a perfect one-chunk segment adds no chunk. */
    MeteorStats plus(MeteorStats o) {
        double[] m = new double[4 * STAGES];
        for (int i = 0; i < m.length; i++) m[i] = stageMatches[i] + o.stageMatches[i];
        return new MeteorStats(testLength + o.testLength, referenceLength + o.referenceLength,
                testFunctionWords + o.testFunctionWords, referenceFunctionWords + o.referenceFunctionWords, m,
                chunks + (o.isPerfectOneChunk() ? 0 : o.chunks), testWordMatches + o.testWordMatches,
                referenceWordMatches + o.referenceWordMatches);
    }

    /** METEOR score: weighted F-mean (alpha) times one minus the fragmentation penalty (gamma * frag^beta). */
    public double score() {
        double testWeighted = 0;
        double refWeighted = 0;
        for (int s = 0; s < STAGES; s++) {
            testWeighted += WEIGHTS[s] * (DELTA * stageMatches[4 * s] + (1 - DELTA) * stageMatches[4 * s + 2]);
            refWeighted += WEIGHTS[s] * (DELTA * stageMatches[4 * s + 1] + (1 - DELTA) * stageMatches[4 * s + 3]);
        }
        double p = testWeighted / (DELTA * (testLength - testFunctionWords) + (1 - DELTA) * testFunctionWords);
        double r = refWeighted / (DELTA * (referenceLength - referenceFunctionWords) + (1 - DELTA) * referenceFunctionWords);
        double fmean = (p * r) / (ALPHA * p + (1 - ALPHA) * r);
        double frag = isPerfectOneChunk() ? 0 : chunks / ((testWordMatches + referenceWordMatches) / 2);
        double score = fmean * (1 - GAMMA * Math.pow(frag, BETA));
        if (Double.isNaN(score)) return 0;
        return Math.max(0, score);
    }

    /** The statistics line Meteor prints: 23 numbers with one decimal. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        append(b, testLength).append(' ');
        append(b, referenceLength).append(' ');
        append(b, testFunctionWords).append(' ');
        append(b, referenceFunctionWords);
        for (double v : stageMatches) append(b.append(' '), v);
        append(b.append(' '), chunks).append(' ');
        append(b, testWordMatches).append(' ');
        return append(b, referenceWordMatches).toString();
    }

    private static StringBuilder append(StringBuilder b, double v) {
        return b.append(String.format(Locale.ROOT, "%.1f", v));
    }
}
