package io.facescribe.metrics.score;

import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NgramCorpusTest {

    /** Building in parallel parts and renumbering gives ids that mean exactly what the one-part build's ids mean. */
    @Test
    void partsBuildTheSameNgramIdentities() {
        Corpus corpus = SyntheticCorpus.generate(3000, 5, 7);
        NgramCorpus one = new NgramCorpus(corpus, 1);
        NgramCorpus three = new NgramCorpus(corpus, 3);
        for (int k = 0; k < NgramCorpus.MAX_N; k++) {
            assertThat(three.distinct(k)).isEqualTo(one.distinct(k));
            Map<Integer, Integer> oneToThree = new HashMap<>();
            Map<Integer, Integer> threeToOne = new HashMap<>();
            for (int i = 0; i < corpus.size(); i++) {
                pair(one.candidates[i].grams()[k], three.candidates[i].grams()[k], oneToThree, threeToOne);
                for (int r = 0; r < one.references[i].length; r++) {
                    pair(one.references[i][r].grams()[k], three.references[i][r].grams()[k], oneToThree, threeToOne);
                }
            }
        }
    }

    /** Records the id correspondence position by position; it must be one-to-one throughout. */
    private static void pair(int[] a, int[] b, Map<Integer, Integer> ab, Map<Integer, Integer> ba) {
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.length; i++) {
            Integer mapped = ab.putIfAbsent(a[i], b[i]);
            assertThat(mapped == null ? b[i] : mapped).isEqualTo(b[i]);
            Integer seen = ba.putIfAbsent(b[i], a[i]);
            assertThat(seen == null ? a[i] : seen).isEqualTo(a[i]);
        }
    }

    @Test
    void largeCorpusScoresDoNotDependOnTheBuild() {
        Corpus corpus = SyntheticCorpus.generate(5000, 5, 3);
        Corpus copy = Corpus.of(corpus.references(), corpus.candidates());
        // 5,000 images: parallel parts on a multi-core machine; the 2-image slices: one part. Per-image BLEU does not
        // depend on the rest of the corpus, so each image scored alone must equal its score in the big corpus.
        var big = new Bleu().score(copy);
        for (String id : List.of(corpus.imageIds().get(0), corpus.imageIds().get(2500), corpus.imageIds().get(4999))) {
            var alone = new Bleu().score(Corpus.of(Map.of(id, corpus.references(id)), Map.of(id, corpus.candidate(id))));
            assertThat(big.perImage().get(id)).isEqualTo(alone.perImage().get(id));
        }
    }
}
