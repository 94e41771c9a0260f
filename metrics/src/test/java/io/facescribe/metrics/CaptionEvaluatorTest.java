package io.facescribe.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.metrics.score.Bleu;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.facescribe.metrics.Goldens.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptionEvaluatorTest {

    /** Raw captions -> PTB tokenizer -> scorers, vs pycocoevalcap's COCOEvalCap numbers (public.json). */
    @TestFactory
    Stream<DynamicTest> rawCaptionsEndToEndMatchPycocoevalcap() {
        return Goldens.cases("public.json").stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
            boolean pre = c.get("tokenized").asBoolean();
            Corpus corpus = Corpus.of(Goldens.refs(c.get("references")), Goldens.cands(c.get("candidates")));
            EvaluationReport r = CaptionEvaluator.builder()
                    .metrics(EnumSet.of(Metric.BLEU, Metric.ROUGE, Metric.CIDER))
                    .tokenization(pre ? Tokenization.NONE : Tokenization.PTB).build().evaluate(corpus);
            assertThat(r.scores().keySet()).containsExactly("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "ROUGE_L", "CIDEr");
            for (String key : r.scores().keySet()) {
                assertClose(key, r.score(key), c.get("expected").get(key).asDouble());
                JsonNode per = c.get("per_image");
                per.fieldNames().forEachRemaining(id ->
                        assertClose(id + " " + key, r.perImage().get(id).get(key), per.get(id).get(key).asDouble()));
            }
        }));
    }

    @Test
    void reportKeepsTheToolkitKeyOrderAndCarriesExtraScorers() {
        CaptionScorer grounding = new CaptionScorer() {
            @Override public String name() { return "grounding"; }

            @Override public List<String> keys() { return List.of("TraitPrecision"); }

            @Override public boolean wantsRawCaptions() { return true; }

            @Override public MetricResult score(Corpus corpus) {
                Map<String, Map<String, Double>> per = new LinkedHashMap<>();
                corpus.imageIds().forEach(id -> per.put(id, Map.of("TraitPrecision", corpus.candidate(id).contains("Smiling") ? 1.0 : 0.0)));
                return new MetricResult(Map.of("TraitPrecision", 0.5), per);
            }
        };
        Corpus corpus = Corpus.of(Map.of("1", List.of("A smiling woman.")), Map.of("1", "Smiling woman"));
        EvaluationReport r = CaptionEvaluator.builder().addScorer(grounding).build().evaluate(corpus);
        assertThat(r.scores().keySet()).containsExactly("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "METEOR", "ROUGE_L", "CIDEr", "TraitPrecision");
        assertThat(r.perImage().get("1")).containsEntry("TraitPrecision", 1.0).containsEntry("CIDEr", 0.0);
    }

    @Test
    void emptyCandidateIsScoredLikeTheToolkit() {
        Corpus corpus = Corpus.of(Map.of("1", List.of("a man"), "2", List.of("a woman smiling")), Map.of("1", "", "2", "a woman"));
        EvaluationReport r = CaptionEvaluator.builder().metrics(EnumSet.of(Metric.BLEU, Metric.ROUGE)).build().evaluate(corpus);
        assertThat(r.perImage().get("1")).containsEntry("Bleu_1", 0.0).containsEntry("ROUGE_L", 0.0);
        assertThat(new Bleu().corpusStats(corpus).referenceLength()).isEqualTo(5);
    }

    @Test
    void mismatchedImagesAreClearErrors() {
        assertThatThrownBy(() -> Corpus.of(Map.of("1", List.of("a")), Map.of("2", "a")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no candidate").hasMessageContaining("[1]");
        assertThatThrownBy(() -> Corpus.of(Map.of("1", List.of()), Map.of("1", "a")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no reference");
    }
}
