package io.facescribe.metrics.score;

import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU-1..4 as pycocoevalcap computes it ({@code Bleu(4)}, option 'closest'): clipped n-gram counts, the reference
 * length closest to the candidate's (ties to the shorter), smoothing constants 1e-9 / 1e-15; the corpus score from
 * summed counts with a corpus brevity penalty, the per-image score from that image's own counts.
 */
public final class Bleu implements CaptionScorer {
    public static final List<String> KEYS = List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4");
    private static final int N = NgramCorpus.MAX_N;
    private static final double SMALL = 1e-9;
    private static final double TINY = 1e-15;

    /** Sufficient statistics of one image or of a corpus. */
    public record Stats(long testLength, long referenceLength, long[] guess, long[] correct) {
        Stats plus(Stats o) {
            long[] g = new long[N];
            long[] c = new long[N];
            for (int k = 0; k < N; k++) {
                g[k] = guess[k] + o.guess[k];
                c[k] = correct[k] + o.correct[k];
            }
            return new Stats(testLength + o.testLength, referenceLength + o.referenceLength, g, c);
        }

        /** Bleu_1..4 from these statistics. */
        public double[] scores() {
            double[] out = new double[N];
            double product = 1.0;
            for (int k = 0; k < N; k++) {
                product *= (correct[k] + TINY) / (guess[k] + SMALL);
                out[k] = Math.pow(product, 1.0 / (k + 1));
            }
            double ratio = (testLength + TINY) / (referenceLength + SMALL);
            if (ratio < 1) {
                double penalty = Math.exp(1 - 1 / ratio);
                for (int k = 0; k < N; k++) out[k] *= penalty;
            }
            return out;
        }
    }

    @Override public String name() { return "bleu"; }

    @Override public List<String> keys() { return KEYS; }

    @Override
    public MetricResult score(Corpus corpus) {
        NgramCorpus ngrams = NgramCorpus.of(corpus);
        Stats[] perImage = imageStats(ngrams);
        Stats total = new Stats(0, 0, new long[N], new long[N]);
        Map<String, Map<String, Double>> images = new LinkedHashMap<>();
        for (int i = 0; i < perImage.length; i++) {
            total = total.plus(perImage[i]);
            images.put(corpus.imageIds().get(i), named(perImage[i].scores()));
        }
        return new MetricResult(named(total.scores()), images);
    }

    /** The corpus statistics (what the toolkit prints with verbose=1). */
    public Stats corpusStats(Corpus corpus) {
        Stats total = new Stats(0, 0, new long[N], new long[N]);
        for (Stats s : imageStats(NgramCorpus.of(corpus))) total = total.plus(s);
        return total;
    }

    private static Map<String, Double> named(double[] scores) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < N; k++) m.put(KEYS.get(k), scores[k]);
        return m;
    }

    private static Stats[] imageStats(NgramCorpus ngrams) {
        Stats[] out = new Stats[ngrams.size()];
        Parallel.forRanges(ngrams.size(), () -> new Scratch(ngrams), (scratch, from, to) -> {
            for (int i = from; i < to; i++) out[i] = scratch.stats(ngrams.candidates[i], ngrams.references[i]);
        });
        return out;
    }

    /** Per-thread count arrays indexed by n-gram id, kept all-zero between images. */
    private static final class Scratch {
        final int[][] maxRef = new int[N][];
        final int[][] count = new int[N][];

        Scratch(NgramCorpus ngrams) {
            for (int k = 0; k < N; k++) {
                maxRef[k] = new int[ngrams.distinct(k)];
                count[k] = new int[ngrams.distinct(k)];
            }
        }

        Stats stats(NgramCorpus.Sentence hyp, NgramCorpus.Sentence[] refs) {
            long[] guess = new long[N];
            long[] correct = new long[N];
            for (int k = 0; k < N; k++) {
                int[] max = maxRef[k];
                int[] cnt = count[k];
                for (NgramCorpus.Sentence ref : refs) {
                    int[] g = ref.grams()[k];
                    for (int id : g) cnt[id]++;
                    for (int id : g) {
                        if (cnt[id] > max[id]) max[id] = cnt[id];
                    }
                    for (int id : g) cnt[id] = 0;
                }
                int[] h = hyp.grams()[k];
                long c = 0;
                for (int id : h) {
                    // each occurrence beyond the reference maximum is unmatched: counting one by one clips
                    if (cnt[id]++ < max[id]) c++;
                }
                for (int id : h) cnt[id] = 0;
                for (NgramCorpus.Sentence ref : refs) for (int id : ref.grams()[k]) max[id] = 0;
                guess[k] = h.length;
                correct[k] = c;
            }
            return new Stats(hyp.length(), closestLength(hyp.length(), refs), guess, correct);
        }

        /** Reference length closest to the candidate's; on a tie the shorter one. */
        private static int closestLength(int testLength, NgramCorpus.Sentence[] refs) {
            int best = -1;
            for (NgramCorpus.Sentence ref : refs) {
                int len = ref.length();
                if (best < 0) {
                    best = len;
                    continue;
                }
                int d = Math.abs(len - testLength);
                int bd = Math.abs(best - testLength);
                if (d < bd || (d == bd && len < best)) best = len;
            }
            return best;
        }
    }
}
