package io.facescribe.captioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;
import org.junit.jupiter.api.Test;

/**
 * The voices section is written by its own command and kept by the one that rewrites the rest of the page; a
 * styled caption is in a voice's form only in the voice's form, case, person and separators.
 */
class VoiceEvaluationTest {

    private static final String PAGE = """
            # Captions

            ## In a person's own voice (styles)

            per annotator

            ### Voices written for the tests: length, form and words

            old figures

            ## Against the CelebA labels

            labels
            """;

    @Test
    void theSectionIsReplacedInPlaceAndReadBack() {
        String section = VoiceEvaluation.VOICES_HEADING + "\n\nnew figures\n";
        String page = VoiceEvaluation.replaceSection(PAGE, section);
        assertThat(page).contains("new figures").doesNotContain("old figures").contains("per annotator")
                .contains("## Against the CelebA labels\n\nlabels");
        assertThat(page.indexOf("new figures")).isLessThan(page.indexOf("## Against the CelebA"));
        assertThat(VoiceEvaluation.section(page)).isEqualTo(section);
        // a page rewritten without the section gets it back at the end of the styles section
        String rewritten = PAGE.replace("### Voices written for the tests: length, form and words\n\nold figures\n\n", "");
        String kept = VoiceEvaluation.replaceSection(rewritten, VoiceEvaluation.section(page));
        assertThat(kept).contains("new figures");
        assertThat(kept.indexOf("per annotator")).isLessThan(kept.indexOf("new figures"));
        assertThat(kept.indexOf("new figures")).isLessThan(kept.indexOf("## Against the CelebA"));
    }

    @Test
    void aCaptionIsInFormOnlyInTheVoicesFormCaseAndPerson() {
        StyleLearner learner = StyleLearner.standard();
        StyleProfile.Shape caps = learner.learn(List.of("WOMAN / YOUNG / LONG BROWN HAIR / SMILING",
                "MAN / OLD / GREY HAIR / GLASSES", "WOMAN / BLOND HAIR / LIPSTICK", "MAN / BALD / SERIOUS",
                "WOMAN / BLACK HAIR / EARRINGS"), Map.of()).shapeOrSentences();
        assertThat(caps.form()).isEqualTo(StyleProfile.Form.FRAGMENTS);
        assertThat(caps.separator()).isEqualTo(" / ");
        assertThat(VoiceEvaluation.inForm("YOUNG WOMAN / BROWN HAIR / SMILING", caps)).isTrue();
        assertThat(VoiceEvaluation.inForm("young woman / brown hair / smiling", caps)).isFalse();
        assertThat(VoiceEvaluation.inForm("YOUNG WOMAN. BROWN HAIR. SMILING", caps)).isFalse();

        StyleProfile.Shape you = learner.learn(List.of("You are a young woman. You have long brown hair.",
                "You are an old man. You wear glasses.", "You are a man. You look serious.",
                "You are a young woman. You have blond hair and you are smiling.",
                "You are a bald man. You are smiling."), Map.of()).shapeOrSentences();
        assertThat(you.secondPerson()).isTrue();
        assertThat(you.openers()).isEmpty();
        assertThat(VoiceEvaluation.inForm("You are a young woman with brown hair. You are smiling.", you)).isTrue();
        assertThat(VoiceEvaluation.inForm("A young woman with brown hair. She is smiling.", you)).isFalse();
    }
}
