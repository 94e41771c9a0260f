package io.facescribe.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import io.facescribe.describe.guard.Lexicon;
import io.facescribe.describe.guard.Mention;

/**
 * How probable one trait of a query is on one face, from the face's trait probabilities: the probability itself,
 * one minus it when negated, an age range's probability under the face's {@link AgeBelief}, and for an umbrella
 * word ("a beard") one minus the probability of its negation's trait (no beard) where that was measured, else the
 * most probable of the traits it stands for. Unmeasured on this face: NaN. Thread-safe.
 */
public final class TraitLikelihood {

    /** Probabilities are kept inside [FLOOR, 1 - FLOOR] so that one confident miss does not outweigh all else. */
    public static final double FLOOR = 1e-3;

    private final Lexicon lexicon;

    public TraitLikelihood(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The trait concepts whose probabilities this query trait reads ({@code age} for an age range). */
    public Set<String> concepts(Mention m) {
        Set<String> out = new LinkedHashSet<>();
        Optional<Lexicon.Umbrella> u = lexicon.umbrella(m.concept());
        if (u.isPresent()) {
            if (u.get().negatedConcept() != null) {
                out.add(u.get().negatedConcept());
            }
            out.addAll(u.get().satisfiedBy());
        } else {
            out.add(m.concept());
        }
        return out;
    }

    /**
     * A query trait resolved against the slots of a probability array, so that it is evaluated face after face
     * without looking anything up.
     *
     * @param age     an age range [low, high]
     * @param negated the query says it is absent
     * @param direct  the slot of the one concept it reads, or -1
     * @param none    for an umbrella: the slot of its negation's trait (no beard), or -1
     * @param any     for an umbrella: the slots of the traits it stands for
     */
    public record Resolved(boolean age, int low, int high, boolean negated, int direct, int none, List<Integer> any) {
        public Resolved {
            any = List.copyOf(any);
        }
    }

    /** Resolves a query trait; {@code slot} gives each concept of {@link #concepts(Mention)} its place. */
    public Resolved resolve(Mention m, ToIntFunction<String> slot) {
        if (m.concept().equals("age")) {
            return new Resolved(true, m.low(), m.high(), m.negated(), -1, -1, List.of());
        }
        Optional<Lexicon.Umbrella> u = lexicon.umbrella(m.concept());
        if (u.isEmpty()) {
            return new Resolved(false, 0, 0, m.negated(), slot.applyAsInt(m.concept()), -1, List.of());
        }
        int none = u.get().negatedConcept() == null ? -1 : slot.applyAsInt(u.get().negatedConcept());
        List<Integer> any = u.get().satisfiedBy().stream().map(slot::applyAsInt).toList();
        return new Resolved(false, 0, 0, m.negated(), -1, none, any);
    }

    /**
     * The probability that the face shows what a resolved query trait says.
     *
     * @param p   each slot's probability on the face, NaN when it was not measured
     * @param age the face's age belief, or null
     * @return the probability that the face shows what the query trait says, NaN when not measured
     */
    public static double probability(Resolved r, double[] p, AgeBelief age) {
        double present;
        if (r.age()) {
            present = age == null ? Double.NaN : age.within(r.low(), r.high());
        } else if (r.direct() >= 0) {
            present = p[r.direct()];
        } else if (r.none() >= 0 && !Double.isNaN(p[r.none()])) {
            present = 1 - p[r.none()];
        } else {
            present = Double.NaN;
            for (int i : r.any()) {
                present = Double.isNaN(present) || p[i] > present ? p[i] : present;
            }
        }
        return r.negated() ? 1 - present : present;
    }

    /** Kept away from 0 and 1 ({@link #FLOOR}); 0.5 when not measured. */
    public static double bounded(double p) {
        return Double.isNaN(p) ? 0.5 : Math.max(FLOOR, Math.min(1 - FLOOR, p));
    }

    /** Every concept any trait of the query reads. */
    public List<String> concepts(List<Mention> traits) {
        Set<String> all = new LinkedHashSet<>();
        traits.forEach(m -> all.addAll(concepts(m)));
        all.remove("age");
        return new ArrayList<>(all);
    }
}
