package io.facescribe.describe.trait;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The traits of one face, split as text2face does: F1 (age, gender, ethnicity) and F2 (everything else, the
 * photo notes last). Immutable; the order is the order they are to be said in.
 */
public record TraitBag(List<Trait> f1, List<Trait> f2) {
    public TraitBag {
        f1 = List.copyOf(f1);
        f2 = List.copyOf(f2);
    }

    @JsonIgnore
    public List<Trait> all() {
        List<Trait> all = new ArrayList<>(f1);
        all.addAll(f2);
        return all;
    }

    public Optional<Trait> find(String concept) {
        return all().stream().filter(t -> t.concept().equals(concept)).findFirst();
    }

    public boolean has(String concept) {
        return find(concept).isPresent();
    }

    public Optional<Trait> bySlot(Slot slot) {
        return all().stream().filter(t -> t.slot() == slot).findFirst();
    }

    public List<Trait> allBySlot(Slot slot) {
        return all().stream().filter(t -> t.slot() == slot).toList();
    }

    /** The bag without this trait. */
    public TraitBag without(Trait trait) {
        return new TraitBag(f1.stream().filter(t -> t != trait).toList(), f2.stream().filter(t -> t != trait).toList());
    }

    /** The bag without the traits of these concepts. */
    public TraitBag without(java.util.Set<String> concepts) {
        if (concepts.isEmpty()) {
            return this;
        }
        return new TraitBag(f1.stream().filter(t -> !concepts.contains(t.concept())).toList(),
                f2.stream().filter(t -> !concepts.contains(t.concept())).toList());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return f1.isEmpty() && f2.isEmpty();
    }

    /** "female", "male", or null when the gender is not stated. */
    @JsonIgnore
    public String gender() {
        return bySlot(Slot.GENDER).map(t -> t.concept().substring("gender.".length())).orElse(null);
    }

    /** The analysis' age estimate, or NaN when the age is not stated. */
    @JsonIgnore
    public double years() {
        return bySlot(Slot.AGE).map(t -> t.age().years()).orElse(Double.NaN);
    }

    /** The bag as "F1: ...; F2: ..." for logs and prompts. */
    @Override
    public String toString() {
        return "F1: " + String.join(", ", f1.stream().map(Trait::phrase).toList()) + "; F2: "
                + String.join(", ", f2.stream().map(Trait::phrase).toList());
    }
}
