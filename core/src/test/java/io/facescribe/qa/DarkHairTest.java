package io.facescribe.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.looks.Looks;
import io.facescribe.looks.LooksTrait;
import io.facescribe.looks.Reading;
import org.junit.jupiter.api.Test;

/**
 * Claim thresholds and the coarser true word: a brunette whose black and brown hair heads are close is said to have
 * "dark hair" (neither colour is sure enough), the guard and {@code ask} understand it, and nobody blond gets it.
 */
class DarkHairTest {

    /** Black and brown are each stated from 0.8, "dark hair" from 0.7 of P(black) + P(brown). */
    private static final TraitTable TABLE = TraitTable.standard().withClaimThresholds(
            Map.of("trait.black_hair", 0.8, "trait.brown_hair", 0.8, "trait.dark_hair", 0.7));
    private final TraitComposer composer = new TraitComposer(TABLE, TraitRules.defaults());
    private final CaptionGuard guard = new CaptionGuard(TABLE);
    private final QuestionAnswerer qa = new QuestionAnswerer(TABLE);

    /** The woman of {@link LooksQuestionsTest} with this hair colour (looks and heads). */
    static FaceAnalysis withHair(String colour, double confidence, double black, double brown, double blond) {
        FaceAnalysis w = LooksQuestionsTest.woman();
        Map<String, Double> attributes = new LinkedHashMap<>(w.attributes());
        attributes.put("Black_Hair", black);
        attributes.put("Brown_Hair", brown);
        attributes.put("Blond_Hair", blond);
        Map<String, Reading> readings = new LinkedHashMap<>(w.looks().readings());
        readings.put(LooksTrait.HAIR_COLOUR.key(), new Reading(colour, confidence, "test", true));
        return new FaceAnalysis(w.box(), w.score(), w.gender(), w.age(), w.ethnicity(), w.emotion(), w.pose(),
                w.traits(), w.quality(), w.keypoints(), null, attributes, new Looks(readings));
    }

    private static FaceAnalysis brunette() {
        return withHair("brown", 0.48, 0.42, 0.48, 0.03);
    }

    private static FaceAnalysis blonde() {
        return withHair("blond", 0.9, 0.02, 0.05, 0.9);
    }

    private java.util.List<String> concepts(FaceAnalysis face) {
        return composer.compose(Measurements.of(face)).all().stream().map(Trait::concept).toList();
    }

    @Test
    void closeBlackAndBrownIsDarkHair() {
        assertThat(concepts(brunette())).contains("dark_hair").doesNotContain("brown_hair", "black_hair");
        assertThat(concepts(withHair("brown", 0.9, 0.05, 0.9, 0.01))).as("a sure brunette")
                .contains("brown_hair").doesNotContain("dark_hair");
        assertThat(concepts(blonde())).contains("blond_hair").doesNotContain("dark_hair");
    }

    @Test
    void theGuardReadsDarkHairAndKeepsItTrue() {
        assertThat(guard.read("A young woman with long dark hair.").stream().map(m -> m.key()).toList())
                .contains("dark_hair", "long_hair").doesNotContain("dark_eyes");
        assertThat(guard.check(brunette(), "A young woman with long dark hair.").invented()).isEmpty();
        assertThat(guard.check(blonde(), "A young woman with long dark hair.").invented()).contains("dark_hair");
        assertThat(guard.check(brunette(), "A young woman with long brown hair.").invented())
                .as("brown is not sure enough to be said").contains("brown_hair");
        assertThat(guard.check(withHair("brown", 0.9, 0.05, 0.9, 0.01), "A young woman with dark hair.").invented())
                .as("dark hair is true of a sure brunette too").doesNotContain("dark_hair");
    }

    @Test
    void askAnswersDark() {
        Answer a = qa.ask(QuestionAnswererTest.image(brunette()), "what colour is her hair");
        assertThat(a.text()).startsWith("Her hair is dark");
        assertThat(qa.ask(QuestionAnswererTest.image(blonde()), "what colour is her hair").text()).startsWith("Her hair is blond");
        assertThat(qa.ask(QuestionAnswererTest.image(brunette()), "Describe her hair").text()).contains("dark hair")
                .doesNotContain("brown");
    }
}
