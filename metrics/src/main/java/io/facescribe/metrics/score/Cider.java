package io.facescribe.metrics.score;

import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CIDEr-D as pycocoevalcap computes it (n = 4, sigma = 6): tf-idf vectors of raw n-gram counts with document
 * frequencies taken from the references of this corpus, clipped cosine per order, a gaussian penalty on the
 * difference in bigram counts, mean over orders and references, times 10; corpus score = mean of image scores.
 * Scores depend on the whole corpus; a one-image corpus always scores 0.
 */
public final class Cider implements CaptionScorer {
    public static final String KEY = "CIDEr";
    private static final int N = NgramCorpus.MAX_N;
    private static final double SIGMA = 6.0;

    @Override public String name() { return "cider"; }

    @Override public List<String> keys() { return List.of(KEY); }

    @Override
    public MetricResult score(Corpus corpus) {
        NgramCorpus ngrams = NgramCorpus.of(corpus);
        double[][] idf = inverseDocumentFrequencies(ngrams);
        double[] scores = new double[ngrams.size()];
        Parallel.forRanges(ngrams.size(), () -> new Scratch(ngrams), (scratch, from, to) -> {
            for (int i = from; i < to; i++) scores[i] = scratch.imageScore(ngrams.candidates[i], ngrams.references[i], idf);
        });
        Map<String, Map<String, Double>> perImage = new LinkedHashMap<>();
        List<String> ids = corpus.imageIds();
        for (int i = 0; i < scores.length; i++) perImage.put(ids.get(i), Map.of(KEY, scores[i]));
        return new MetricResult(Map.of(KEY, Mean.of(scores)), perImage);
    }

    /** idf[k][id] = log(N) - log(max(1, df)), df = number of images whose references contain the n-gram. */
    private static double[][] inverseDocumentFrequencies(NgramCorpus ngrams) {
        double logImages = Math.log(ngrams.size());
        double[][] idf = new double[N][];
        for (int k = 0; k < N; k++) {
            int[] df = new int[ngrams.distinct(k)];
            int[] lastImage = new int[df.length];
            java.util.Arrays.fill(lastImage, -1);
            for (int i = 0; i < ngrams.size(); i++) {
                for (NgramCorpus.Sentence ref : ngrams.references[i]) {
                    for (int id : ref.grams()[k]) {
                        if (lastImage[id] != i) {
                            lastImage[id] = i;
                            df[id]++;
                        }
                    }
                }
            }
            idf[k] = new double[df.length];
            for (int id = 0; id < df.length; id++) idf[k][id] = logImages - Math.log(Math.max(1.0, df[id]));
        }
        return idf;
    }

    /** A sentence's tf-idf vector of one order: distinct ids, their weights, and the vector's norm. */
    private record Vec(int[] ids, double[] weights, double norm) {}

    private static final class Scratch {
        final int[][] count = new int[N][];
        final double[][] dense = new double[N][];

        Scratch(NgramCorpus ngrams) {
            for (int k = 0; k < N; k++) {
                count[k] = new int[ngrams.distinct(k)];
                dense[k] = new double[ngrams.distinct(k)];
            }
        }

        double imageScore(NgramCorpus.Sentence hyp, NgramCorpus.Sentence[] refs, double[][] idf) {
            Vec[] h = new Vec[N];
            for (int k = 0; k < N; k++) h[k] = vector(hyp.grams()[k], k, idf[k]);
            double[] sum = new double[N];
            for (NgramCorpus.Sentence ref : refs) {
                double delta = bigramCount(hyp) - bigramCount(ref);
                double penalty = Math.exp(-(delta * delta) / (2 * SIGMA * SIGMA));
                for (int k = 0; k < N; k++) {
                    Vec r = vector(ref.grams()[k], k, idf[k]);
                    double[] rw = dense[k];
                    for (int j = 0; j < r.ids.length; j++) rw[r.ids[j]] = r.weights[j];
                    double val = 0;
                    for (int j = 0; j < h[k].ids.length; j++) {
                        double ref1 = rw[h[k].ids[j]];
                        val += Math.min(h[k].weights[j], ref1) * ref1;
                    }
                    for (int id : r.ids) rw[id] = 0;
                    if (h[k].norm != 0 && r.norm != 0) val /= h[k].norm * r.norm;
                    sum[k] += val * penalty;
                }
            }
            double mean = ((sum[0] + sum[1]) + sum[2] + sum[3]) / N;
            return mean / refs.length * 10.0;
        }

        /** The toolkit's "length": the number of bigrams (L-1 for L >= 2 tokens, else 0). */
        private static double bigramCount(NgramCorpus.Sentence s) {
            return s.grams()[1].length;
        }

        private Vec vector(int[] grams, int k, double[] idf) {
            int[] cnt = count[k];
            int distinct = 0;
            for (int id : grams) if (cnt[id]++ == 0) distinct++;
            int[] ids = new int[distinct];
            double[] weights = new double[distinct];
            double squares = 0;
            int j = 0;
            for (int id : grams) {
                int c = cnt[id];
                if (c == 0) continue;
                ids[j] = id;
                weights[j] = c * idf[id];
                squares += weights[j] * weights[j];
                cnt[id] = 0;
                j++;
            }
            return new Vec(ids, weights, Math.sqrt(squares));
        }
    }
}
