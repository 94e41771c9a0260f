package io.facescribe.describe.guard;

import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds what a text states (mentions, from a {@link CaptionReader}) against the traits it should state, and says
 * what it leaves out and what it makes up. Against a bag, exactly the bag; against measurements, the traits the
 * composer draws from them, with the usual states (eyes open, ...) and a probable second emotion also allowed
 * and the age anywhere in the analysis' range, widened by a fifteenth and the tolerance. Thread-safe.
 */
public final class TraitChecker {

    /** How far (years) an age in a caption may be from what the bag states, beyond the bag's own range. */
    public static final int AGE_TOLERANCE = 2;

    private final Lexicon lexicon;
    private final TraitComposer composer;
    private final TraitComposer ordinaryComposer;

    public TraitChecker(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.composer = new TraitComposer(lexicon.table(), TraitRules.defaults());
        this.ordinaryComposer = new TraitComposer(lexicon.table(), TraitRules.defaults().withOrdinary(true));
    }

    /** The traits a caption of these measurements must state (the composer's bag with the default rules). */
    public TraitBag expected(Measurements m) {
        return composer.compose(m);
    }

    /** What the mentions leave out of the bag and what they say beyond it. */
    public GuardReport check(TraitBag bag, List<Mention> mentions) {
        return compare(bag, Set.of(), AGE_TOLERANCE, mentions);
    }

    /** What the mentions leave out of the measured traits and what they say beyond them. */
    public GuardReport check(Measurements m, List<Mention> mentions) {
        TraitBag expected = expected(m);
        Set<String> allowed = new LinkedHashSet<>();
        ordinaryComposer.compose(m).all().forEach(t -> allowed.add(t.concept()));
        // a coarser word of a group (priority below 0: "dark hair") is true too when a finer one of it is stated
        for (io.facescribe.describe.trait.TraitDefinition d : lexicon.table().definitions()) {
            if (d.priority() < 0 && d.group() != null && d.read(m).map(r -> r.present()).orElse(false)
                    && expected.all().stream().anyMatch(t -> d.group().equals(t.definition().group()))) {
                allowed.add(d.concept());
            }
        }
        if (m.face().emotion() != null) {
            m.face().emotion().probabilities().forEach((k, v) -> {
                if (v >= composer.rules().emotionSecondMin()) {
                    allowed.add("emotion." + k);
                }
            });
        }
        int tolerance = AGE_TOLERANCE + (int) Math.ceil(expected.years() / 15.0);
        return compare(expected, allowed, Double.isNaN(expected.years()) ? AGE_TOLERANCE : tolerance, mentions);
    }

    private GuardReport compare(TraitBag bag, Set<String> alsoAllowed, int ageTolerance, List<Mention> mentions) {
        Set<String> expected = new LinkedHashSet<>();
        bag.all().forEach(t -> expected.add(t.concept()));
        Set<String> found = new LinkedHashSet<>();
        Set<String> invented = new LinkedHashSet<>();
        Trait age = bag.bySlot(Slot.AGE).orElse(null);
        for (Mention m : mentions) {
            String concept = m.concept();
            boolean negated = m.negated();
            Optional<Lexicon.Umbrella> umbrella = lexicon.umbrella(concept);
            if (umbrella.isPresent()) {
                Lexicon.Umbrella u = umbrella.get();
                if (negated && u.negatedConcept() != null) {
                    concept = u.negatedConcept();
                    negated = false;
                } else if (!negated && u.satisfiedBy().stream().anyMatch(expected::contains)) {
                    continue;
                } else {
                    invented.add(m.key());
                    continue;
                }
            }
            if (concept.equals("age")) {
                if (age == null || m.high() < age.age().low() - ageTolerance
                        || m.low() > age.age().high() + ageTolerance) {
                    invented.add("age " + m.text());
                } else {
                    found.add("age");
                }
                continue;
            }
            if (negated) {
                invented.add("not " + concept);
                continue;
            }
            if (expected.contains(concept)) {
                found.add(concept);
            } else if (!alsoAllowed.contains(concept)) {
                invented.add(concept);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : expected) {
            if (!found.contains(c)) {
                missing.add(c);
            }
        }
        return new GuardReport(missing, List.copyOf(invented));
    }
}
