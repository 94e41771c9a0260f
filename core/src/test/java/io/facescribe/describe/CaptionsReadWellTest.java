package io.facescribe.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;
import org.junit.jupiter.api.Test;

/**
 * Thousands of built-in captions of random faces read as a person would write them: no two phrases about one
 * feature or that contradict each other, no part of the face named twice.
 */
class CaptionsReadWellTest {

    private static final Pattern SMILE = Pattern.compile("\\b(smil\\w*|happy|cheerful|joyful)\\b");
    private static final Pattern UNPLEASANT = Pattern.compile(
            "\\b(sad|unhappy|angry|fearful|frightened|scared|disgusted)\\b");
    private static final Pattern NEUTRAL = Pattern.compile("\\b(calm|composed|straight face|neutral expression)\\b");
    private static final Pattern EMOTION = Pattern.compile("\\b(smil\\w*|happy|sad|unhappy|angry|fearful|frightened"
            + "|scared|disgusted|surprised|astonished)\\b");
    private static final Pattern POSE = Pattern.compile("\\b(head|face) (turned|tilted|lowered)|chin raised");

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int words(String word, String text) {
        return count(Pattern.compile("\\b" + word + "\\b"), text);
    }

    @Test
    void noCaptionSaysOneFeatureTwiceOrContradictsItself() {
        TraitTable table = TraitTable.standard();
        Random random = new Random(21);
        int captions = 0;
        for (TraitRules.Lead lead : TraitRules.Lead.values()) {
            TraitComposer composer = new TraitComposer(table, TraitRules.defaults().withLead(lead));
            for (BuiltinRealizer.Length length : BuiltinRealizer.Length.values()) {
                BuiltinRealizer realizer = new BuiltinRealizer(length);
                for (int i = 0; i < 1500; i++) {
                    Measurements m = RandomFaces.measurements(random, table);
                    TraitBag bag = composer.sample(composer.compose(m), i);
                    String c = realizer.realize(bag, i).toLowerCase(java.util.Locale.ROOT);
                    captions++;
                    assertThat(SMILE.matcher(c).find() && UNPLEASANT.matcher(c).find()).as(c).isFalse();
                    if (NEUTRAL.matcher(c).find()) {
                        assertThat(EMOTION.matcher(c).find()).as(c).isFalse();
                    }
                    assertThat(count(POSE, c)).as(c).isLessThanOrEqualTo(1);
                    assertThat(words("face", c)).as(c).isLessThanOrEqualTo(1);
                    assertThat(words("head", c)).as(c).isLessThanOrEqualTo(1);
                    assertThat(words("expression", c)).as(c).isLessThanOrEqualTo(1);
                    assertThat(bag.all().stream().filter(t -> t.concept().startsWith("pose.")).count()).as(c)
                            .isLessThanOrEqualTo(1);
                }
            }
        }
        assertThat(captions).isEqualTo(6000);
    }

    @Test
    void wholePhotoPartsReadAsOnePersonEach() {
        List<String> parts = List.of("a smiling young woman with long brown hair", "an older man with glasses");
        assertThat(Describer.photoText(parts)).isEqualTo("Two people: on the left a smiling young woman with long "
                + "brown hair, on the right an older man with glasses.");
        assertThat(Describer.photoText(List.of("a", "b", "c", "d"))).isEqualTo("Four people, from left to right: a, b, c and d.");
    }
}
