package io.facescribe.describe;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a caption got wrong against the traits it should state: traits it leaves out and things it says that
 * were not measured (or contradict what was). Concept ids as in {@link TraitTable}; {@code age} for the age,
 * {@code not <concept>} for a denied trait, {@code unmeasured:<word>} for something no analysis measures.
 * Traits left out on purpose to fit a token budget are listed in {@code dropped}, not in {@code missing}: they
 * do not fail the caption.
 */
public record GuardReport(List<String> missing, List<String> invented,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dropped) {
    public GuardReport {
        missing = List.copyOf(missing);
        invented = List.copyOf(invented);
        dropped = List.copyOf(dropped);
    }

    public GuardReport(List<String> missing, List<String> invented) {
        this(missing, invented, List.of());
    }

    /** The same findings, with these traits noted as dropped for length. */
    public GuardReport withDropped(List<String> value) {
        return new GuardReport(missing, invented, value);
    }

    public boolean ok() {
        return missing.isEmpty() && invented.isEmpty();
    }
}
