package io.facescribe.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.looks.Looks;
import io.facescribe.looks.LooksTrait;
import io.facescribe.looks.Reading;
import org.junit.jupiter.api.Test;

/** Questions about hair, eyes and what a face wears, from a known analysis with looks and attributes. */
class LooksQuestionsTest {

    private final QuestionAnswerer qa = new QuestionAnswerer();

    /** The smiling woman of {@link QuestionAnswererTest} with long brown hair, eye colour unknown, lipstick and earrings. */
    static FaceAnalysis woman() {
        FaceAnalysis w = QuestionAnswererTest.woman();
        Map<String, Double> attributes = new LinkedHashMap<>();
        AttributeNames.ALL.forEach(a -> attributes.put(a, 0.01));
        attributes.put("Wearing_Lipstick", 0.97);
        attributes.put("Wearing_Earrings", 0.95);
        attributes.put("Wavy_Hair", 0.9);
        Map<String, Reading> readings = new LinkedHashMap<>();
        readings.put(LooksTrait.HAIR_COLOUR.key(), new Reading("brown", 0.8, "test", true));
        readings.put(LooksTrait.HAIR_LENGTH.key(), new Reading("long", 0.85, "test", true));
        readings.put(LooksTrait.EYE_COLOUR.key(), new Reading(Reading.UNKNOWN, 0.9, "test", false));
        readings.put(LooksTrait.NOSE.key(), new Reading("small", 0.9, "test", true));
        return new FaceAnalysis(w.box(), w.score(), w.gender(), w.age(), w.ethnicity(), w.emotion(), w.pose(),
                w.traits(), w.quality(), w.keypoints(), null, attributes, new Looks(readings));
    }

    private Answer ask(String q, FaceAnalysis... faces) {
        return qa.ask(QuestionAnswererTest.image(faces), q);
    }

    @Test
    void hairColourAndLengthComeFromTheLooks() {
        // "brown" is never precise enough to be said (trait.brown_hair in facts.json): the coarser true word is
        String colour = TraitTable.standard().claimThreshold("brown_hair") <= 0.8 ? "brown" : "dark";
        assertThat(ask("What colour is her hair?", woman()).text()).startsWith("Her hair is " + colour);
        assertThat(ask("Describe her hair", woman()).text()).startsWith("She has long").contains(colour + " hair");
        assertThat(ask("Does she have long hair?", woman()).text()).startsWith("Yes");
        assertThat(ask("Does she have short hair?", woman()).text()).startsWith("No");
    }

    @Test
    void eyeColourThatWasNotMeasuredReliablyIsNotGuessed() {
        Answer a = ask("What colour are her eyes?", woman());
        assertThat(a.text()).isEqualTo(Answer.CANNOT_TELL);
        assertThat(a.supported()).isFalse();
        assertThat(ask("Does she have blue eyes?", woman()).supported()).isFalse();
    }

    @Test
    void whatSheWearsListsTheMeasuredAccessories() {
        Answer a = ask("What is she wearing?", woman());
        assertThat(a.supported()).isTrue();
        assertThat(a.text()).contains("lipstick").contains("earrings").doesNotContain("glasses");
        assertThat(ask("What is she wearing?", QuestionAnswererTest.woman()).supported())
                .as("no attributes measured").isFalse();
    }

    @Test
    void aQuestionWithTwoPartsIsAnsweredInTwoParts() {
        Answer one = ask("How many people are there and are they happy?", woman());
        assertThat(one.text()).startsWith("There is one face in this photo.").contains("Yes");
        Answer two = ask("How many people are there and are they happy?", woman(), woman());
        assertThat(two.text()).startsWith("There are 2 faces in this photo.").contains("Face 1: Yes")
                .contains("Face 2: Yes");
        assertThat(two.supported()).isTrue();
    }
}
