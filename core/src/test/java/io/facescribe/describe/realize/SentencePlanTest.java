package io.facescribe.describe.realize;

import io.facescribe.describe.RandomFaces;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.GuardReport;
import io.facescribe.describe.guard.Lexicon;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.guard.TraitChecker;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Each sentence plan on its own says every trait of its bag and nothing else (not only the mix the realizer
 * draws), so a new plan is held to the guard as soon as it is in a length's list.
 */
class SentencePlanTest {

    @Test
    void everyPlanStatesItsBagAndNothingElse() {
        TraitTable table = TraitTable.standard();
        CaptionGuard guard = new CaptionGuard(table);
        TraitComposer composer = new TraitComposer(table, TraitRules.defaults().withOrdinary(true));
        BuiltinRealizer realizer = new BuiltinRealizer();
        List<SentencePlan> plans = new ArrayList<>();
        for (BuiltinRealizer.Length length : BuiltinRealizer.Length.values()) {
            plans.addAll(length.plans);
        }
        assertThat(plans).hasSizeGreaterThanOrEqualTo(5);
        Random random = new Random(41);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            TraitBag bag = composer.sample(composer.compose(RandomFaces.measurements(random, table)), i);
            for (SentencePlan plan : plans) {
                String caption = realizer.realize(bag, i, plan);
                GuardReport report = guard.check(bag, caption);
                if (!report.ok() && failures.size() < 10) {
                    failures.add(plan + ": " + caption + "\n    " + report);
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theReaderAndCheckerAreWhatTheGuardIs() {
        Lexicon lexicon = new Lexicon(TraitTable.standard());
        CaptionReader reader = new CaptionReader(lexicon);
        TraitChecker checker = new TraitChecker(lexicon);
        String caption = "A smiling woman with glasses, no hat, in her 30s, with freckles and long blond hair.";
        assertThat(reader.read(caption)).isEqualTo(CaptionGuard.standard().read(caption));
        assertThat(reader.read(caption)).extracting(Mention::key).contains("emotion.happy", "gender.female",
                "not wearing_hat", "unmeasured:freckles", "long_hair", "blond_hair");
        TraitBag bag = new TraitBag(List.of(), List.of());
        assertThat(checker.check(bag, reader.read(caption)).invented()).contains("emotion.happy",
                "not wearing_hat", "unmeasured:freckles", "age 30s");
        assertThat(lexicon.hairWord("blond")).isEqualTo("blond_hair");
        assertThat(lexicon.umbrella("umbrella:beard")).get().extracting(Lexicon.Umbrella::negatedConcept)
                .isEqualTo("no_beard");
    }
}
