package io.facescribe.describe;

import io.facescribe.describe.trait.Measurements;

import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.GuardReport;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.realize.TagRealizer;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitCategory;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.facescribe.describe.clip.ClipTokenizer;
import io.facescribe.testing.TestClip;
import org.junit.jupiter.api.Test;

/** Tags, trigger words, excluded traits and the CLIP token budget, over seeded random faces. */
class CaptionFormatTest {

    private final TraitTable table = TraitTable.standard();

    private static DescribeOptions options(CaptionFormat format) {
        return DescribeOptions.defaults().withCaptions(3).withSeed(5).withRules(TraitRules.defaults().withOrdinary(true))
                .withFormat(format);
    }

    @Test
    void tagsStateTheirBagAndNothingElse() {
        CaptionGuard guard = new CaptionGuard(table);
        TraitComposer composer = new TraitComposer(table, TraitRules.defaults().withOrdinary(true));
        Random random = new Random(8);
        List<String> failures = new ArrayList<>();
        for (CaptionFormat.TagStyle style : CaptionFormat.TagStyle.values()) {
            TagRealizer tags = new TagRealizer(style);
            for (int i = 0; i < 5_000; i++) {
                TraitBag bag = composer.sample(composer.compose(RandomFaces.measurements(random, table)), i);
                String caption = tags.realize(bag, i);
                GuardReport report = guard.checkTags(bag, caption);
                if (!report.ok() && failures.size() < 10) {
                    failures.add(caption + "\n    " + report);
                }
                assertThat(caption.split(", ")).hasSize(bag.all().size());
                if (style == CaptionFormat.TagStyle.UNDERSCORES) {
                    assertThat(caption.split(", ")).allSatisfy(t -> assertThat(t).doesNotContain(" ", ",")
                            .doesNotStartWith("a_").doesNotStartWith("an_"));
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void triggerAndTagsThroughTheDescriber() {
        Describer d = Describer.create(options(CaptionFormat.plain().withForm(CaptionFormat.Form.TAGS)
                .withTrigger("ohwx").withTagStyle(CaptionFormat.TagStyle.UNDERSCORES)));
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            FaceDescription f = d.describe(RandomFaces.measurements(random, table));
            for (Caption c : f.captions()) {
                assertThat(c.text()).startsWith("ohwx, ");
                assertThat(c.realizer()).isEqualTo("tags");
                assertThat(c.guard().ok()).as(c.text() + " " + c.guard()).isTrue();
            }
        }
    }

    @Test
    void excludedTraitsAreNeverSaid() {
        Describer d = Describer.create(options(CaptionFormat.plain()
                .withExcluded(Set.of("ethnicity", "emotion", "eyeglasses"))));
        Random random = new Random(4);
        for (int i = 0; i < 300; i++) {
            FaceDescription f = d.describe(RandomFaces.measurements(random, table));
            for (Caption c : f.captions()) {
                List<String> said = CaptionGuard.standard().read(c.text()).stream().map(Mention::concept).toList();
                assertThat(said).noneMatch(s -> s.startsWith("ethnicity.") || s.startsWith("emotion.")
                        || s.equals("eyeglasses"));
                assertThat(c.guard().ok()).as(c.text()).isTrue();
            }
        }
    }

    @Test
    void unknownTraitNamesListTheValidOnes() {
        assertThat(table.resolve(List.of("hair.colour", "Eyeglasses", "pose")))
                .contains("blond_hair", "gray_hair", "eyeglasses", "pose.turned", "pose.up", "pose.down");
        assertThatThrownBy(() -> table.resolve(List.of("eyeglasses", "freckles")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown trait freckles")
                .hasMessageContaining("valid names:").hasMessageContaining("wearing_hat")
                .hasMessageContaining("emotion.happy");
    }

    @Test
    void importanceIsF1FirstThenBySlotAndTable() {
        TraitComposer composer = new TraitComposer(table, TraitRules.defaults().withOrdinary(true));
        Random random = new Random(6);
        for (int i = 0; i < 500; i++) {
            List<Trait> sorted = new ArrayList<>(composer.compose(RandomFaces.measurements(random, table)).all());
            sorted.sort(table.importance());
            int lastF1 = -1;
            int firstF2 = sorted.size();
            for (int k = 0; k < sorted.size(); k++) {
                if (sorted.get(k).category() == TraitCategory.F1) {
                    lastF1 = k;
                } else {
                    firstF2 = Math.min(firstF2, k);
                }
            }
            assertThat(lastF1).isLessThan(firstF2);
            if (!sorted.isEmpty() && sorted.get(0).category() == TraitCategory.F1 && sorted.stream().anyMatch(
                    t -> t.slot() == Slot.GENDER)) {
                assertThat(sorted.get(0).slot()).isEqualTo(Slot.GENDER);
            }
        }
    }

    @Test
    void everyCaptionFitsItsTokenBudgetByDroppingTheLeastImportantTraits() {
        ClipTokenizer clip = TestClip.tokenizer();
        Random random = new Random(12);
        for (int budget : List.of(20, 30, 77)) {
            for (CaptionFormat.Form form : CaptionFormat.Form.values()) {
                CaptionFormat format = CaptionFormat.plain().withForm(form).withTrigger("ohwx").withMaxClipTokens(budget);
                DescribeOptions o = options(format);
                Describer d = new Describer(o, new TraitComposer(table, o.rules()), null, new CaptionGuard(table), 1,
                        clip::countWithMarkers);
                int dropping = 0;
                for (int i = 0; i < 150; i++) {
                    FaceDescription f = d.describe(RandomFaces.measurements(random, table));
                    for (Caption c : f.captions()) {
                        assertThat(clip.countWithMarkers(c.text())).as(c.text()).isLessThanOrEqualTo(budget);
                        assertThat(c.guard().ok()).as(c.text() + " " + c.guard()).isTrue();
                        assertThat(c.text()).startsWith("ohwx");
                        List<String> dropped = c.guard().dropped();
                        if (!dropped.isEmpty()) {
                            dropping++;
                            // nothing dropped is more important than anything said
                            TraitBag sampled = d.sampled(f.traits(), c.seed());
                            List<Trait> kept = sampled.all().stream().filter(t -> !dropped.contains(t.concept())).toList();
                            for (String gone : dropped) {
                                Trait g = sampled.find(gone).orElseThrow();
                                assertThat(kept).allSatisfy(k -> assertThat(table.importance().compare(k, g))
                                        .as(k.concept() + " kept before " + gone).isLessThan(0));
                            }
                        }
                    }
                }
                if (budget == 20) {
                    assertThat(dropping).as("captions cut at 20 tokens").isGreaterThan(300);
                }
            }
        }
    }

    @Test
    void aBudgetTooSmallForAnyCaptionSaysSo() {
        ClipTokenizer clip = TestClip.tokenizer();
        DescribeOptions o = options(CaptionFormat.plain().withTrigger("ohwx").withMaxClipTokens(4));
        Describer d = new Describer(o, new TraitComposer(table, o.rules()), null, new CaptionGuard(table), 1,
                clip::countWithMarkers);
        assertThatThrownBy(() -> d.describe(RandomFaces.measurements(new Random(1), table)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-clip-tokens 4 is too small");
    }

    @Test
    void thePlainFormatChangesNothing() {
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            Measurements m = RandomFaces.measurements(random, table);
            DescribeOptions o = DescribeOptions.defaults().withCaptions(3).withSeed(i);
            assertThat(Describer.create(o.withFormat(CaptionFormat.plain())).describe(m))
                    .isEqualTo(Describer.create(o).describe(m));
            assertThat(Describer.create(o).describe(m).captions())
                    .allSatisfy(c -> assertThat(c.guard().dropped()).isEmpty());
        }
    }
}
