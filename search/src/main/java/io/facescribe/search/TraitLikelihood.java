package io.facescribe.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

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
     * @param p   a concept's probability on the face, NaN when it was not measured
     * @param age the face's age belief, or null
     * @return the probability that the face shows what the query trait says, NaN when not measured
     */
    public double probability(Mention m, ToDoubleFunction<String> p, AgeBelief age) {
        if (m.concept().equals("age")) {
            return age == null ? Double.NaN : age.within(m.low(), m.high());
        }
        Optional<Lexicon.Umbrella> u = lexicon.umbrella(m.concept());
        double present;
        if (u.isPresent()) {
            double none = u.get().negatedConcept() == null ? Double.NaN : p.applyAsDouble(u.get().negatedConcept());
            if (!Double.isNaN(none)) {
                present = 1 - none;
            } else {
                present = Double.NaN;
                for (String c : u.get().satisfiedBy()) {
                    double v = p.applyAsDouble(c);
                    present = Double.isNaN(present) || v > present ? v : present;
                }
            }
        } else {
            present = p.applyAsDouble(m.concept());
        }
        return m.negated() ? 1 - present : present;
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
