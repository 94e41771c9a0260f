package io.facescribe.metrics.score;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.Goldens;
import io.facescribe.metrics.MetricResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.facescribe.metrics.Goldens.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

/** BLEU, ROUGE-L and CIDEr-D on the tokenised strings of public.json vs pycocoevalcap, corpus and per image. */
class ScorersGoldenTest {

    @TestFactory
    Stream<DynamicTest> scorersMatchPycocoevalcap() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Goldens.cases("public.json")) {
            Corpus corpus = Corpus.of(Goldens.refs(c.get("tokenized_references")), Goldens.cands(c.get("tokenized_candidates")));
            for (CaptionScorer scorer : List.of(new Bleu(), new Rouge(), new Cider())) {
                tests.add(DynamicTest.dynamicTest(c.get("name").asText() + " " + scorer.name(), () -> check(c, corpus, scorer)));
            }
        }
        return tests.stream();
    }

    private static void check(JsonNode c, Corpus corpus, CaptionScorer scorer) {
        MetricResult result = scorer.score(corpus);
        assertThat(result.scores().keySet()).containsExactlyElementsOf(scorer.keys());
        for (String key : scorer.keys()) {
            assertClose(key, result.score(key), c.get("expected").get(key).asDouble());
            c.get("per_image").fields().forEachRemaining(e ->
                    assertClose(e.getKey() + " " + key, result.perImage().get(e.getKey()).get(key), e.getValue().get(key).asDouble()));
        }
    }

    @TestFactory
    Stream<DynamicTest> bleuCorpusStatistics() {
        return Goldens.cases("public.json").stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
            Corpus corpus = Corpus.of(Goldens.refs(c.get("tokenized_references")), Goldens.cands(c.get("tokenized_candidates")));
            Bleu.Stats s = new Bleu().corpusStats(corpus);
            JsonNode e = c.get("bleu_corpus_stats");
            assertThat(s.testLength()).isEqualTo(e.get("testlen").asLong());
            assertThat(s.referenceLength()).isEqualTo(e.get("reflen").asLong());
            for (int k = 0; k < 4; k++) {
                assertThat(s.guess()[k]).isEqualTo(e.get("guess").get(k).asLong());
                assertThat(s.correct()[k]).isEqualTo(e.get("correct").get(k).asLong());
            }
        }));
    }
}
