package io.facescribe.describe.realize;

import io.facescribe.describe.Caption;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.FaceDescription;

import io.facescribe.describe.RandomFaces;

import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Default captions lead with what people lead with: the first sentence says the gender and an age word ("a young
 * woman"), then, when the hair was measured, the hair ("with long brown hair"), before any other trait; only
 * the photo notes, an emotion or adjectives before the noun ("a smiling young woman") may come earlier. Every
 * plan of both lengths, over seeded random faces; the text2face order (training captions) does not lead so.
 */
class PeopleLeadTest {

    /** Every present trait stated (no claim thresholds): the order is under test, not which traits are sure enough. */
    private static final TraitTable TABLE = TraitTable.standard().ungated();
    private static final CaptionGuard GUARD = new CaptionGuard(TABLE);
    private static final Pattern AGE_WORD = Pattern.compile("\\b(young|middle-aged|older|elderly|adult)\\b");

    @Test
    void everyPlanLeadsWithGenderAgeWordThenHair() {
        TraitComposer composer = new TraitComposer(TABLE, TraitRules.defaults());
        List<SentencePlan> plans = new ArrayList<>();
        for (BuiltinRealizer.Length length : BuiltinRealizer.Length.values()) {
            plans.addAll(length.plans);
        }
        BuiltinRealizer realizer = new BuiltinRealizer();
        Random random = new Random(2024);
        List<String> failures = new ArrayList<>();
        int withHair = 0;
        for (int i = 0; i < 3_000; i++) {
            TraitBag bag = composer.sample(composer.compose(RandomFaces.measurements(random, TABLE)), i);
            withHair += bag.allBySlot(Slot.HAIR).isEmpty() ? 0 : 1;
            for (SentencePlan plan : plans) {
                String caption = realizer.realize(bag, i, plan);
                lead(bag, caption).ifPresent(why -> {
                    if (failures.size() < 10) {
                        failures.add(plan + ": " + caption + "\n    " + why + "\n    bag: " + bag);
                    }
                });
            }
        }
        assertThat(withHair).as("faces with hair among the random ones").isGreaterThan(500);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theDescriberLeadsSoForEverySeed() {
        Describer describer = Describer.create(DescribeOptions.defaults().withCaptions(5));
        Random random = new Random(99);
        for (int i = 0; i < 300; i++) {
            Measurements m = RandomFaces.measurements(random, TABLE);
            FaceDescription d = describer.describe(m);
            for (Caption c : d.captions()) {
                TraitBag said = describer.sampled(d.traits(), c.seed());
                assertThat(lead(said, c.text())).as(c.text()).isEmpty();
            }
        }
    }

    @Test
    void text2faceCaptionsKeepExactAgesAndARandomOrder() {
        TraitComposer composer = new TraitComposer(TABLE, TraitRules.text2face());
        BuiltinRealizer realizer = new BuiltinRealizer();
        Random random = new Random(5);
        int notLed = 0;
        int numbers = 0;
        for (int i = 0; i < 500; i++) {
            TraitBag bag = composer.sample(composer.compose(RandomFaces.measurements(random, TABLE)), i);
            String caption = realizer.realize(bag, i);
            notLed += lead(bag, caption).isPresent() ? 1 : 0;
            numbers += bag.bySlot(Slot.AGE).filter(t -> t.age().form() == AgeValue.Form.NUMBER).isPresent() ? 1 : 0;
        }
        assertThat(notLed).as("text2face captions that do not lead with gender, an age word and hair").isGreaterThan(100);
        assertThat(numbers).as("text2face captions with the age as a number").isGreaterThan(100);
    }

    /** Why the caption does not lead as people do, or empty when it does. */
    static Optional<String> lead(TraitBag bag, String caption) {
        int stop = caption.indexOf(". ");
        String first = stop < 0 ? caption : caption.substring(0, stop);
        Optional<Trait> age = bag.bySlot(Slot.AGE);
        Optional<Trait> gender = bag.bySlot(Slot.GENDER);
        List<Mention> said = GUARD.read(first);
        if (gender.isPresent() && said.stream().noneMatch(m -> m.concept().equals(gender.get().concept()))) {
            return Optional.of("the first sentence does not say the gender");
        }
        int after = 0;
        if (age.isPresent()) {
            Matcher word = AGE_WORD.matcher(first);
            if (!word.find() || !word.group(1).equals(age.get().age().category())) {
                return Optional.of("the first sentence does not say the age word " + age.get().age().category());
            }
            after = word.end();
            Set<Slot> before = Set.of(Slot.NOTE, Slot.ADJECTIVE, Slot.EXPRESSION);
            for (Mention m : GUARD.read(first.substring(0, word.start()))) {
                if (!TABLE.find(m.concept()).map(d -> before.contains(d.slot())).orElse(false)) {
                    return Optional.of(m.text() + " comes before the age word");
                }
            }
        }
        if (bag.allBySlot(Slot.HAIR).isEmpty()) {
            return Optional.empty();
        }
        int hair = first.indexOf(" hair", after);
        if (hair < 0) {
            return Optional.of("the first sentence does not say the hair after the age");
        }
        for (Mention m : GUARD.read(first.substring(after, hair + " hair".length()))) {
            Optional<TraitDefinition> d = TABLE.find(m.concept());
            boolean person = m.concept().equals("age") // "child", "girl": the noun
                    || d.map(x -> x.slot() == Slot.GENDER || x.slot() == Slot.ETHNICITY).orElse(false);
            if (!person && !d.map(x -> x.slot() == Slot.HAIR).orElse(false)) {
                return Optional.of(m.text() + " comes between the person and the hair");
            }
        }
        return Optional.empty();
    }
}
