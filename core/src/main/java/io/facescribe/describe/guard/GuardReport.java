package io.facescribe.describe.guard;

import io.facescribe.describe.trait.TraitTable;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a caption got wrong against the traits it should state: traits it leaves out and things it says that
 * were not measured (or contradict what was). Concept ids as in {@link TraitTable}; {@code age} for the age,
 * {@code not <concept>} for a denied trait, {@code unmeasured:<word>} for something no analysis measures.
 * Traits left out on purpose to fit a token budget are listed in {@code dropped}, not in {@code missing}: they
 * do not fail the caption. {@code policy} is the policy a caption's text was accepted under ({@code strict} or
 * {@code no-invented}); null for a report that judged nothing.
 */
public record GuardReport(List<String> missing, List<String> invented,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dropped,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String policy) {
    public GuardReport {
        missing = List.copyOf(missing);
        invented = List.copyOf(invented);
        dropped = List.copyOf(dropped);
    }

    public GuardReport(List<String> missing, List<String> invented) {
        this(missing, invented, List.of(), null);
    }

    /** The same findings, with these traits noted as dropped for length. */
    public GuardReport withDropped(List<String> value) {
        return new GuardReport(missing, invented, value, policy);
    }

    /** The same findings, noting the policy (its flag, {@code strict} or {@code no-invented}) they were judged under. */
    public GuardReport withPolicy(String flag) {
        return new GuardReport(missing, invented, dropped, flag);
    }

    public boolean ok() {
        return missing.isEmpty() && invented.isEmpty();
    }
}
