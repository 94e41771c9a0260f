package io.facescribe.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on hand-made faces (no networks): ranking, replacing, moving, reopening. */
class FaceIndexTest {

    @TempDir
    Path dir;

    private static IndexedImage image(String path, Map<String, Double> p, double age, String caption) {
        return new IndexedImage(path, "sha-" + path, List.of(new IndexedFace(0, new FaceBox(1, 2, 30, 40), p,
                new AgeBelief(age, 3), List.of(caption))));
    }

    private void fill(FaceIndex index) {
        index.add(image("/a.jpg", Map.of("gender.female", 0.98, "gender.male", 0.02, "eyeglasses", 0.95,
                "emotion.happy", 0.1), 30, "a woman with glasses"));
        index.add(image("/b.jpg", Map.of("gender.female", 0.97, "gender.male", 0.03, "eyeglasses", 0.03,
                "emotion.happy", 0.9), 8, "a smiling girl in a red scarf"));
        index.add(image("/c.jpg", Map.of("gender.female", 0.05, "gender.male", 0.95, "eyeglasses", 0.9,
                "no_beard", 0.1, "beard", 0.9, "emotion.happy", 0.5), 50, "a man with glasses"));
        index.commit();
    }

    @Test
    void ranksByTheProbabilityOfTheDescribedTraits() {
        try (FaceIndex index = FaceIndex.open(dir)) {
            fill(index);
            assertThat(index.search("a woman with glasses", 3).hits()).extracting(SearchHit::image)
                    .containsExactly("/a.jpg", "/c.jpg", "/b.jpg");
            assertThat(index.search("a woman without glasses", 1).hits().get(0).image()).isEqualTo("/b.jpg");
            assertThat(index.search("a smiling child", 1).hits().get(0).image()).isEqualTo("/b.jpg");
            SearchHit man = index.search("a man with glasses and a beard", 1).hits().get(0);
            assertThat(man.image()).isEqualTo("/c.jpg");
            assertThat(man.matched()).extracting(TraitMatch::trait).containsExactly("gender.male", "eyeglasses", "beard");
            assertThat(man.missing()).isTrue(); // no such file on this machine
        }
    }

    @Test
    void unknownWordsAreReportedAndFoundInCaptions() {
        try (FaceIndex index = FaceIndex.open(dir)) {
            fill(index);
            SearchResult r = index.search("a woman with a scarf", 1);
            assertThat(r.notes()).containsExactly("'scarf' is not measured");
            assertThat(r.hits().get(0).image()).isEqualTo("/b.jpg");
            assertThat(index.search("a woman with a scarf", 1, false).hits().get(0).image()).isEqualTo("/a.jpg");
        }
    }

    @Test
    void holdsEachImageOnceAndSurvivesReopening() {
        try (FaceIndex index = FaceIndex.open(dir)) {
            fill(index);
            fill(index);
            assertThat(index.faceCount()).isEqualTo(3);
            index.move("/a.jpg", "/moved/a.jpg");
            index.commit();
            assertThat(index.contains("/a.jpg")).isFalse();
            assertThat(index.image("/moved/a.jpg")).get().satisfies(i -> {
                assertThat(i.sha256()).isEqualTo("sha-/a.jpg");
                assertThat(i.faces().get(0).probabilities().get("eyeglasses")).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-4));
            });
        }
        try (FaceIndex index = FaceIndex.openReadOnly(dir)) {
            assertThat(index.images()).containsOnlyKeys("/moved/a.jpg", "/b.jpg", "/c.jpg");
            assertThat(index.missingFiles()).hasSize(3);
            assertThatThrownBy(() -> index.remove("/b.jpg")).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> FaceIndex.openReadOnly(dir.resolve("none"))).hasMessageContaining("no face index");
        assertThat(Files.isDirectory(dir.resolve(FaceIndex.LUCENE))).isTrue();
    }
}
