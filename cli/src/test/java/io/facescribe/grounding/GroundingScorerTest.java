package io.facescribe.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.facescribe.metrics.CaptionEvaluator;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.EvaluationReport;
import io.facescribe.metrics.Metric;
import org.junit.jupiter.api.Test;

class GroundingScorerTest {

    @Test
    void groundingScoresAppearBesideTheCaptionMetrics() {
        Corpus corpus = Corpus.of(
                Map.of("1", List.of("a smiling young woman", "a young woman with a smile"),
                        "2", List.of("an old man with a beard")),
                Map.of("1", "a smiling young woman", "2", "an old man wearing glasses"));
        EvaluationReport report = CaptionEvaluator.builder().metrics(EnumSet.of(Metric.BLEU))
                .addScorer(new GroundingScorer()).build().evaluate(corpus);
        assertThat(report.scores()).containsKeys("Bleu_1", GroundingScorer.PRECISION, GroundingScorer.RECALL);
        assertThat(report.perImage().get("1").get(GroundingScorer.PRECISION)).isEqualTo(1.0);
        // "glasses" is said but no reference mentions it
        assertThat(report.perImage().get("2").get(GroundingScorer.PRECISION)).isLessThan(1.0);
    }
}
