package io.facescribe.captioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.Mention;
import org.junit.jupiter.api.Test;

/** Claims read from a caption, judged against CelebA labels. */
class LabelContradictionsTest {

    private final CaptionGuard guard = CaptionGuard.standard();

    private List<Boolean> judged(String caption, Map<String, Boolean> labels) {
        return guard.read(caption).stream().map(m -> LabelContradictions.judged(m, labels))
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void claimsAreCheckedAgainstTheLabelsThatDecideThem() {
        Map<String, Boolean> labels = Map.of("Male", false, "Young", true, "Blond_Hair", true, "Eyeglasses", false,
                "Smiling", true);
        assertThat(judged("A young woman with blond hair. She is smiling.", labels)).containsOnly(true);
        assertThat(judged("A middle-aged man wearing glasses.", labels)).containsExactlyInAnyOrder(false, false, false);
        assertThat(judged("She is not wearing glasses", labels)).contains(true);
        // thin lips: no CelebA label decides it
        List<Mention> lips = guard.read("Her lips are thin");
        assertThat(lips.stream().filter(m -> m.concept().equals("thin_lips"))
                .map(m -> LabelContradictions.judged(m, labels))).containsOnlyNulls();
    }

    @Test
    void darkHairIsBorneOutByBlackOrBrownAndContradictedByBlondOrGray() {
        Map<String, Boolean> brunette = Map.of("Black_Hair", false, "Brown_Hair", true, "Blond_Hair", false, "Gray_Hair", false);
        Map<String, Boolean> blonde = Map.of("Black_Hair", false, "Brown_Hair", false, "Blond_Hair", true, "Gray_Hair", false);
        Map<String, Boolean> unlabelled = Map.of("Black_Hair", false, "Brown_Hair", false, "Blond_Hair", false, "Gray_Hair", false);
        assertThat(judged("A woman with long dark hair", brunette)).containsOnly(true);
        assertThat(judged("A woman with long dark hair", blonde)).containsOnly(false);
        assertThat(judged("A woman with dark hair", unlabelled)).isEmpty();
        assertThat(judged("A man with a beard", Map.of("No_Beard", true, "Male", true))).contains(false);
    }
}
