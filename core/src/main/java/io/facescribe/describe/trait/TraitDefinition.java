package io.facescribe.describe.trait;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One trait the describer can state: which measurement it reads, how it is said, how it is recognised in a
 * caption and which other traits it cannot stand with. The realizer and the guard are driven by a table of
 * these ({@link TraitTable}); adding a measured trait means adding one entry.
 *
 * @param concept    stable id, e.g. {@code eyeglasses}, {@code hair.blond}, {@code emotion.happy}
 * @param source     key of the measurement it comes from, e.g. {@code attributes.eyeglasses}, {@code traits.eyes}
 * @param category   F1 or F2
 * @param slot       where it goes in a sentence
 * @param rank       order inside its slot (adjective order; hair: 1 length, 2 texture, 3 colour)
 * @param phrases    what the built-in realizer writes (one is chosen per caption); {@code {pos}} is her/his/their
 * @param nouns      noun-phrase forms, for slots that have both (expression: "a smile")
 * @param synonyms   further ways a caption may say it (only recognised, never written)
 * @param negations  ways a caption says it is absent ("no glasses")
 * @param group      exclusivity group: at most one trait of a group is stated (one hair colour), or null
 * @param priority   higher wins a conflict whatever the confidence ("bald" over a hair colour)
 * @param excludes   concepts or groups this one cannot be stated with
 * @param sensitive  left out when sensitive traits are switched off
 * @param onlyGender stated only for this gender ("female"/"male"), or null
 * @param ordinary   the usual state (eyes open, mouth closed): stated only when asked for
 * @param reader     reads the measurement: present or not, with its confidence; empty when not measured
 * @param claimThreshold the confidence from which a present trait is stated (said in captions and tags): chosen
 *                   for claim precision on validation by {@code ./facescribe-workshop train claims} ({@code trait.CONCEPT}
 *                   in {@code facts.json}); 0 when none was chosen
 */
public record TraitDefinition(String concept, String source, TraitCategory category, Slot slot, int rank,
                              List<String> phrases, List<String> nouns, List<String> synonyms,
                              List<String> negations, String group, int priority, Set<String> excludes,
                              boolean sensitive, String onlyGender, boolean ordinary,
                              Function<Measurements, Optional<Reading>> reader, double claimThreshold) {

    /**
     * A measurement read for one definition: whether the trait is present, how sure the analysis is, and whether
     * it is sure enough to be stated ({@link TraitDefinition#claimThreshold}); only a present trait is stated.
     */
    public record Reading(boolean present, double confidence, boolean stated) {
        public Reading(boolean present, double confidence) {
            this(present, confidence, present);
        }
    }

    public TraitDefinition {
        phrases = List.copyOf(phrases);
        nouns = List.copyOf(nouns);
        synonyms = List.copyOf(synonyms);
        negations = List.copyOf(negations);
        excludes = Set.copyOf(excludes);
        if (phrases.isEmpty() && slot != Slot.AGE) {
            throw new IllegalArgumentException(concept + ": no phrase");
        }
    }

    /** The measurement, stated only when present with at least the {@link #claimThreshold}. */
    public Optional<Reading> read(Measurements m) {
        return reader.apply(m).map(r -> r.stated() && r.confidence() < claimThreshold ? new Reading(true, r.confidence(), false) : r);
    }

    /** This definition with another claim threshold. */
    public TraitDefinition withClaimThreshold(double threshold) {
        return new TraitDefinition(concept, source, category, slot, rank, phrases, nouns, synonyms, negations, group, priority,
                excludes, sensitive, onlyGender, ordinary, reader, threshold);
    }

    /** Every positive surface form: phrases, nouns and synonyms. */
    public List<String> surfaceForms() {
        return java.util.stream.Stream.of(phrases, nouns, synonyms).flatMap(List::stream).toList();
    }

    /** A binary attribute read from {@link Measurements#attributes()} with the threshold that came with it. */
    public static Builder attribute(String name, Slot slot) {
        String key = "attributes." + name;
        return new Builder(name, key, slot, m -> m.attribute(key)
                .map(a -> new Reading(a.present(), a.confidence())));
    }

    public static Builder of(String concept, String source, Slot slot,
                             Function<Measurements, Optional<Reading>> reader) {
        return new Builder(concept, source, slot, reader);
    }

    /** Builds a definition; everything but the phrases has a default. */
    public static final class Builder {
        private final String concept;
        private final String source;
        private final Slot slot;
        private final Function<Measurements, Optional<Reading>> reader;
        private TraitCategory category = TraitCategory.F2;
        private int rank;
        private List<String> phrases = List.of();
        private List<String> nouns = List.of();
        private List<String> synonyms = List.of();
        private List<String> negations = List.of();
        private String group;
        private int priority;
        private Set<String> excludes = Set.of();
        private boolean sensitive;
        private String onlyGender;
        private boolean ordinary;

        Builder(String concept, String source, Slot slot, Function<Measurements, Optional<Reading>> reader) {
            this.concept = concept;
            this.source = source;
            this.slot = slot;
            this.reader = reader;
        }

        public Builder f1() {
            category = TraitCategory.F1;
            return this;
        }

        public Builder rank(int value) {
            rank = value;
            return this;
        }

        public Builder phrases(String... values) {
            phrases = List.of(values);
            return this;
        }

        public Builder nouns(String... values) {
            nouns = List.of(values);
            return this;
        }

        public Builder synonyms(String... values) {
            synonyms = List.of(values);
            return this;
        }

        public Builder negations(String... values) {
            negations = List.of(values);
            return this;
        }

        public Builder group(String value) {
            group = value;
            return this;
        }

        public Builder priority(int value) {
            priority = value;
            return this;
        }

        public Builder excludes(String... values) {
            excludes = Set.of(values);
            return this;
        }

        public Builder sensitive() {
            sensitive = true;
            return this;
        }

        public Builder onlyFor(String gender) {
            onlyGender = gender;
            return this;
        }

        public Builder ordinary() {
            ordinary = true;
            return this;
        }

        public TraitDefinition build() {
            return new TraitDefinition(concept, source, category, slot, rank, phrases, nouns, synonyms, negations,
                    group, priority, excludes, sensitive, onlyGender, ordinary, reader, 0);
        }
    }
}
