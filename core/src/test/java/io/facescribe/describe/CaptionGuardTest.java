package io.facescribe.describe;

import io.facescribe.describe.trait.AttributeReading;
import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.guard.GuardReport;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.TraitTable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.qa.QuestionAnswererTestFaces;
import org.junit.jupiter.api.Test;

/** Reading captions back: synonyms, plurals, negations, pronouns, ages, and what is made up. */
class CaptionGuardTest {

    private final CaptionGuard guard = CaptionGuard.standard();
    private final TraitTable table = TraitTable.standard();

    private List<String> keys(String caption) {
        return guard.read(caption).stream().map(Mention::key).toList();
    }

    @Test
    void synonymsPluralsNegationsAndPronouns() {
        assertThat(keys("She wears spectacles and earrings.")).contains("gender.female", "eyeglasses",
                "wearing_earrings");
        assertThat(keys("A man with no glasses, clean-shaven.")).contains("gender.male", "not eyeglasses",
                "no_beard");
        assertThat(keys("He is not wearing a hat.")).contains("not wearing_hat");
        assertThat(keys("A man without a beard")).contains("no_beard");
        assertThat(keys("a woman with long wavy blond hair")).contains("long_hair", "wavy_hair",
                "blond_hair");
        assertThat(keys("a woman with long straight blonde hair")).contains("long_hair", "straight_hair",
                "blond_hair");
        assertThat(keys("a man with short brunette hair")).contains("short_hair", "brown_hair");
        assertThat(keys("A black and white photo of a white man")).contains("photo.black_and_white",
                "ethnicity.white").doesNotContain("ethnicity.black");
        assertThat(keys("A Black woman with black hair")).contains("ethnicity.black", "black_hair");
        assertThat(keys("her eyes half-closed and her mouth slightly open")).contains("eyes.partly_closed",
                "mouth.slightly_open").doesNotContain("eyes.closed", "mouth.open");
    }

    @Test
    void whatIsSaidOfAFeatureAfterAVerb() {
        assertThat(keys("Her lips are thin and her nose is small.")).contains("thin_lips", "small_nose");
        assertThat(keys("His eyes are blue.")).contains("light_eyes");
        assertThat(keys("His eyebrows are very thick and arched")).contains("bushy_eyebrows", "arched_eyebrows");
        assertThat(keys("Her eyes are not blue")).contains("not light_eyes").doesNotContain("light_eyes");
        assertThat(keys("Is his nose big?")).contains("big_nose");
        assertThat(keys("Is her mouth slightly open?")).contains("mouth.slightly_open").doesNotContain("mouth.open");
        assertThat(keys("Her face is round. She is smiling")).contains("round_face", "emotion.happy");
        // a verb is needed: a list of parts says nothing of them
        assertThat(keys("her nose, thin lips")).containsOnly("gender.female", "thin_lips");
    }

    @Test
    void colourWordsAreAnEthnicityOnlyWhenSaidOfThePerson() {
        assertThat(keys("A young black woman. She is Asian")).contains("ethnicity.black", "ethnicity.asian");
        assertThat(keys("A white, smiling man")).contains("ethnicity.white");
        assertThat(keys("His white teeth are visible and she wears heavy black make-up and a white shirt"))
                .doesNotContain("ethnicity.white", "ethnicity.black");
    }

    @Test
    void ages() {
        List<Mention> m = guard.read("A woman aged between 29 and 39, in a 34-year-old style");
        assertThat(m).anySatisfy(x -> {
            assertThat(x.concept()).isEqualTo("age");
            assertThat(x.low()).isEqualTo(29);
            assertThat(x.high()).isEqualTo(39);
        });
        assertThat(guard.read("a middle-aged man")).anySatisfy(x -> assertThat(x.low()).isEqualTo(38));
    }

    @Test
    void checksAgainstAnAnalysis() {
        FaceAnalysis face = QuestionAnswererTestFaces.woman();
        assertThat(guard.check(face, "A smiling white woman of about 36 with her mouth slightly open and her "
                + "teeth showing.").ok()).isTrue();
        GuardReport bad = guard.check(face, "A smiling man of 70 wearing glasses.");
        assertThat(bad.invented()).contains("gender.male", "eyeglasses").anyMatch(s -> s.startsWith("age"));
        assertThat(bad.missing()).contains("gender.female", "mouth.slightly_open");
        CaptionGuard.Grounding g = guard.score(face, "A smiling woman with freckles.");
        assertThat(g.precision()).isLessThan(1).isGreaterThan(0);
        assertThat(g.recall()).isLessThan(1);
    }

    @Test
    void newAttributesNeedOnlyATableEntry() {
        FaceAnalysis face = QuestionAnswererTestFaces.woman();
        Measurements m = new Measurements(face, Map.of("attributes.eyeglasses", new AttributeReading(0.9, 0.5),
                "attributes.blond_hair", new AttributeReading(0.97, 0.5), // above blond's claim threshold
                "attributes.brown_hair", new AttributeReading(0.6, 0.5),
                "attributes.no_beard", new AttributeReading(0.99, 0.5)));
        TraitBag bag = new TraitComposer().compose(m);
        assertThat(bag.has("eyeglasses")).isTrue();
        assertThat(bag.has("blond_hair")).isTrue();
        assertThat(bag.has("brown_hair")).as("one hair colour").isFalse();
        assertThat(bag.has("no_beard")).as("not said of a woman").isFalse();
        String caption = new BuiltinRealizer().realize(new TraitComposer().sample(bag, 3), 3);
        assertThat(caption).containsAnyOf("glasses", "eyeglasses").contains("blond");
        assertThat(guard.check(bag, caption).ok()).isTrue();
        assertThat(table.get("bald").excludes()).contains("hair.colour");
    }
}
