package io.facescribe.metrics.meteor;

import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * METEOR with Meteor 1.5 semantics as pycocoevalcap runs it ({@code -l en -norm}, rank task): stages exact, stem
 * (Snowball English), synonym (WordNet 3.0) and, when a paraphrase table is given, paraphrase; weights 1.0 0.6 0.8
 * 0.6; alpha 0.85, beta 0.2, gamma 0.6, delta 0.75. Per image the best-scoring reference counts; the corpus score
 * comes from the summed statistics (not the mean of image scores).
 *
 * <p>Without a paraphrase table the scores are those of Meteor run with {@code -m 'exact stem synonym'} and can
 * differ from pycocoevalcap's METEOR wherever a paraphrase would have matched. Thread-safe; WordNet loads lazily
 * once per JVM.
 */
public final class Meteor implements CaptionScorer {
    public static final String KEY = "METEOR";
    private static final Meteor STANDARD = builder().build();

    private final FunctionWords functionWords;
    private final Aligner aligner;
    private final boolean paraphrases;

    private Meteor(Builder b) {
        this.functionWords = b.functionWords != null ? b.functionWords : FunctionWords.bundled();
        this.aligner = new Aligner(b.synonyms ? WordNetSynonyms.INSTANCE : null, b.paraphraseTable);
        this.paraphrases = b.paraphraseTable != null;
    }

    /** Exact, stem and synonym stages, bundled function words, no paraphrase table. */
    public static Meteor standard() { return STANDARD; }

    public static Builder builder() { return new Builder(); }

    /** True when the paraphrase stage is active (a table was given). */
    public boolean hasParaphrases() { return paraphrases; }

    @Override public String name() { return "meteor"; }

    @Override public List<String> keys() { return List.of(KEY); }

    @Override
    public MetricResult score(Corpus corpus) {
        List<String> ids = corpus.imageIds();
        MeteorStats[] stats = new MeteorStats[ids.size()];
        IntStream.range(0, ids.size()).parallel().forEach(i ->
                stats[i] = stats(corpus.candidate(ids.get(i)), corpus.references(ids.get(i))));
        MeteorStats total = MeteorStats.empty();
        Map<String, Map<String, Double>> perImage = new LinkedHashMap<>();
        for (int i = 0; i < stats.length; i++) {
            total = total.plus(stats[i]);
            perImage.put(ids.get(i), Map.of(KEY, stats[i].score()));
        }
        return new MetricResult(Map.of(KEY, total.score()), perImage);
    }

    /** Statistics of the candidate against its best-scoring reference (the first one on ties). */
    public MeteorStats stats(String candidate, List<String> references) {
        List<String> test = MeteorNormalizer.words(candidate.replace("|||", ""));
        MeteorStats best = null;
        double bestScore = -1;
        for (String reference : references) {
            MeteorStats s = stats(test, MeteorNormalizer.words(reference));
            double score = s.score();
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private MeteorStats stats(List<String> test, List<String> ref) {
        Aligner.Alignment a = aligner.align(test, ref);
        double[] stage = new double[4 * MeteorStats.STAGES];
        int testMatched = 0;
        int refMatched = 0;
        for (Aligner.Match m : a.matches()) {
            for (int k = m.hs(); k < m.hs() + m.hl(); k++) stage[4 * m.stage() + (functionWords.contains(test.get(k)) ? 2 : 0)]++;
            for (int k = m.rs(); k < m.rs() + m.rl(); k++) stage[4 * m.stage() + (functionWords.contains(ref.get(k)) ? 3 : 1)]++;
            testMatched += m.hl();
            refMatched += m.rl();
        }
        return new MeteorStats(test.size(), ref.size(), countFunctionWords(test), countFunctionWords(ref), stage,
                a.chunks(), testMatched, refMatched);
    }

    private int countFunctionWords(List<String> words) {
        int n = 0;
        for (String w : words) if (functionWords.contains(w)) n++;
        return n;
    }

    public static final class Builder {
        private ParaphraseTable paraphraseTable;
        private FunctionWords functionWords;
        private boolean synonyms = true;

        /** Enables the paraphrase stage with Meteor's paraphrase-en.gz (or a table in the same format). */
        public Builder paraphraseTable(Path file) {
            try {
                this.paraphraseTable = file == null ? null : ParaphraseTable.load(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read paraphrase table " + file, e);
            }
            return this;
        }

        /** Replaces the bundled function-word list, e.g. with Meteor's resources/function/english.words. */
        public Builder functionWords(Path file) {
            try {
                this.functionWords = file == null ? null : FunctionWords.fromFile(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read function words " + file, e);
            }
            return this;
        }

        /** Turns the WordNet synonym stage off (on by default). */
        public Builder synonyms(boolean on) {
            this.synonyms = on;
            return this;
        }

        public Meteor build() { return new Meteor(this); }
    }
}
