package io.facescribe.metrics.score;

import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-L as pycocoevalcap computes it: tokens from splitting on single spaces (so "" is one empty token), LCS
 * precision and recall against each reference, the maxima of each taken independently, F with beta = 1.2; corpus
 * score = mean of the image scores.
 */
public final class Rouge implements CaptionScorer {
    public static final String KEY = "ROUGE_L";
    private static final double BETA = 1.2;

    @Override public String name() { return "rouge"; }

    @Override public List<String> keys() { return List.of(KEY); }

    @Override
    public MetricResult score(Corpus corpus) {
        List<String> ids = corpus.imageIds();
        int[][] hyps = new int[ids.size()][];
        int[][][] refs = new int[ids.size()][][];
        NgramCorpus ngrams = NgramCorpus.of(corpus);
        if (ngrams.singleSpaced) { // split(" ") gives the same tokens as split(): reuse the shared ids
            for (int i = 0; i < ids.size(); i++) {
                hyps[i] = ngrams.candidates[i].grams()[0];
                refs[i] = new int[ngrams.references[i].length][];
                for (int j = 0; j < refs[i].length; j++) refs[i][j] = ngrams.references[i][j].grams()[0];
            }
        } else {
            Vocabulary vocabulary = new Vocabulary();
            for (int i = 0; i < ids.size(); i++) {
                hyps[i] = vocabulary.ids(Tokens.splitSpace(corpus.candidate(ids.get(i))));
                List<String> r = corpus.references(ids.get(i));
                refs[i] = new int[r.size()][];
                for (int j = 0; j < r.size(); j++) refs[i][j] = vocabulary.ids(Tokens.splitSpace(r.get(j)));
            }
        }
        double[] scores = new double[ids.size()];
        Parallel.forRanges(ids.size(), () -> new int[2][64], (rows, from, to) -> {
            for (int i = from; i < to; i++) scores[i] = imageScore(hyps[i], refs[i], rows);
        });
        Map<String, Map<String, Double>> perImage = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) perImage.put(ids.get(i), Map.of(KEY, scores[i]));
        return new MetricResult(Map.of(KEY, Mean.of(scores)), perImage);
    }

    /** ROUGE-L of one candidate against its references (token arrays). */
    static double imageScore(int[] hyp, int[][] refs, int[][] rows) {
        double precision = 0;
        double recall = 0;
        for (int[] ref : refs) {
            int lcs = lcs(ref, hyp, rows);
            precision = Math.max(precision, lcs / (double) hyp.length);
            recall = Math.max(recall, lcs / (double) ref.length);
        }
        if (precision == 0 || recall == 0) return 0.0;
        double b2 = BETA * BETA;
        return ((1 + b2) * precision * recall) / (recall + b2 * precision);
    }

    /** Length of the longest common subsequence, two-row dynamic programme; rows[0..1] are reusable buffers. */
    private static int lcs(int[] a, int[] b, int[][] rows) {
        if (rows[0].length < b.length + 1) {
            rows[0] = new int[b.length + 1];
            rows[1] = new int[b.length + 1];
        }
        int[] prev = rows[0];
        int[] cur = rows[1];
        java.util.Arrays.fill(prev, 0, b.length + 1, 0);
        for (int x : a) {
            cur[0] = 0;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
