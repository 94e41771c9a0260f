package io.facescribe.metrics.meteor;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.Goldens;
import io.facescribe.metrics.MetricResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.facescribe.metrics.Goldens.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact + stem + synonym METEOR vs meteor_no_paraphrase.public.json (Meteor 1.5 source build run with coco's flags
 * minus the paraphrase module): every per-image statistics line, per-image score and corpus score.
 */
class MeteorGoldenTest {

    @TestFactory
    Stream<DynamicTest> matchesMeteorWithoutParaphrases() {
        Map<String, JsonNode> inputs = new HashMap<>();
        for (JsonNode c : Goldens.cases("public.json")) inputs.put(c.get("name").asText(), c);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : Goldens.cases("meteor_no_paraphrase.public.json")) {
            JsonNode in = inputs.get(g.get("name").asText());
            tests.add(DynamicTest.dynamicTest(g.get("name").asText(), () -> {
                Corpus corpus = Corpus.of(Goldens.refs(in.get("tokenized_references")), Goldens.cands(in.get("tokenized_candidates")));
                Meteor meteor = Meteor.standard();
                g.get("stats").fields().forEachRemaining(e -> assertThat(
                        meteor.stats(corpus.candidate(e.getKey()), corpus.references(e.getKey())).toString())
                        .as("stats of image " + e.getKey()).isEqualTo(e.getValue().asText()));
                MetricResult r = meteor.score(corpus);
                g.get("per_image").fields().forEachRemaining(e ->
                        assertClose("image " + e.getKey(), r.perImage().get(e.getKey()).get(Meteor.KEY), e.getValue().asDouble()));
                assertClose("corpus", r.score(Meteor.KEY), g.get("METEOR_no_paraphrase").asDouble());
            }));
        }
        return tests.stream();
    }
}
