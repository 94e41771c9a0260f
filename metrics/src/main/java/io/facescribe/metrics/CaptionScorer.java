package io.facescribe.metrics;

import java.util.List;

/**
 * One caption metric. Implementations receive the corpus as the evaluator prepared it (tokenised captions for the
 * COCO metrics) and return corpus and per-image scores under the names in {@link #keys()}.
 *
 * <p>This is also the hook for scores that are not n-gram metrics, such as the trait precision/recall of the
 * caption guard: register such a scorer with {@link CaptionEvaluator.Builder#addScorer(CaptionScorer)} and its
 * keys appear in the same {@link EvaluationReport}. A scorer that wants the raw captions rather than the tokenised
 * ones says so with {@link #wantsRawCaptions()}.
 */
public interface CaptionScorer {
    /** Short name, e.g. {@code bleu}. */
    String name();

    /** The score names this scorer produces, in report order. */
    List<String> keys();

    MetricResult score(Corpus corpus);

    /** True if the scorer must see the captions as given (not tokenised). */
    default boolean wantsRawCaptions() { return false; }
}
