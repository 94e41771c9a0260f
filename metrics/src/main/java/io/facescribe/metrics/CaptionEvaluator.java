package io.facescribe.metrics;

import io.facescribe.metrics.meteor.Meteor;
import io.facescribe.metrics.score.Bleu;
import io.facescribe.metrics.score.Cider;
import io.facescribe.metrics.score.Rouge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the chosen COCO caption metrics (and any extra scorers) over a corpus, like pycocoevalcap's
 * {@code COCOEvalCap.evaluate()}: tokenise references and candidates, then score. Immutable and thread-safe.
 *
 * <pre>{@code
 * EvaluationReport r = CaptionEvaluator.builder().metrics(EnumSet.of(Metric.BLEU, Metric.CIDER)).build()
 *         .evaluate(CocoFormats.readCorpus(refsPath, candsPath));
 * double cider = r.score("CIDEr");
 * }</pre>
 */
public final class CaptionEvaluator {
    private final Tokenization tokenization;
    private final List<CaptionScorer> scorers;

    private CaptionEvaluator(Builder b) {
        this.tokenization = b.tokenization;
        List<CaptionScorer> list = new ArrayList<>();
        if (b.metrics.contains(Metric.BLEU)) list.add(new Bleu());
        if (b.metrics.contains(Metric.METEOR)) list.add(b.meteor != null ? b.meteor : Meteor.standard());
        if (b.metrics.contains(Metric.ROUGE)) list.add(new Rouge());
        if (b.metrics.contains(Metric.CIDER)) list.add(new Cider());
        list.addAll(b.extra);
        this.scorers = List.copyOf(list);
    }

    public static Builder builder() { return new Builder(); }

    /** All four metrics, PTB tokenisation. */
    public static CaptionEvaluator standard() { return builder().build(); }

    public List<CaptionScorer> scorers() { return scorers; }

    public EvaluationReport evaluate(Corpus raw) {
        Corpus tokenized = tokenization == Tokenization.NONE ? raw : tokenize(raw);
        List<MetricResult> results = new ArrayList<>();
        for (CaptionScorer s : scorers) results.add(s.score(s.wantsRawCaptions() ? raw : tokenized));
        return EvaluationReport.merge(raw.imageIds(), results);
    }

    /** References and candidates through the tokenizer, caption by caption (in parallel; order kept). */
    private Corpus tokenize(Corpus raw) {
        List<String> ids = raw.imageIds();
        String[] cands = new String[ids.size()];
        String[][] refs = new String[ids.size()][];
        var tokenizer = tokenization.tokenizer();
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(i -> {
            String id = ids.get(i);
            cands[i] = tokenizer.tokenize(raw.candidate(id));
            List<String> r = raw.references(id);
            refs[i] = new String[r.size()];
            for (int j = 0; j < r.size(); j++) refs[i][j] = tokenizer.tokenize(r.get(j));
        });
        Map<String, List<String>> refMap = new LinkedHashMap<>();
        Map<String, String> candMap = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            refMap.put(ids.get(i), List.of(refs[i]));
            candMap.put(ids.get(i), cands[i]);
        }
        return Corpus.of(refMap, candMap);
    }

    public static final class Builder {
        private Set<Metric> metrics = EnumSet.allOf(Metric.class);
        private Tokenization tokenization = Tokenization.PTB;
        private Meteor meteor;
        private final List<CaptionScorer> extra = new ArrayList<>();

        public Builder metrics(Set<Metric> metrics) {
            if (metrics.isEmpty()) throw new IllegalArgumentException("no metric chosen");
            this.metrics = EnumSet.copyOf(metrics);
            return this;
        }

        public Builder tokenization(Tokenization tokenization) {
            this.tokenization = tokenization;
            return this;
        }

        /** A configured METEOR (e.g. with a paraphrase table); default {@link Meteor#standard()}. */
        public Builder meteor(Meteor meteor) {
            this.meteor = meteor;
            return this;
        }

        /** An extra scorer (e.g. caption grounding) whose keys follow the COCO metrics in the report. */
        public Builder addScorer(CaptionScorer scorer) {
            this.extra.add(scorer);
            return this;
        }

        public CaptionEvaluator build() { return new CaptionEvaluator(this); }
    }
}
