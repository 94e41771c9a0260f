package io.facescribe.describe;

import java.util.List;

/**
 * What a caption got wrong against the traits it should state: traits it leaves out and things it says that
 * were not measured (or contradict what was). Concept ids as in {@link TraitTable}; {@code age} for the age,
 * {@code not <concept>} for a denied trait, {@code unmeasured:<word>} for something no analysis measures.
 */
public record GuardReport(List<String> missing, List<String> invented) {
    public GuardReport {
        missing = List.copyOf(missing);
        invented = List.copyOf(invented);
    }

    public boolean ok() {
        return missing.isEmpty() && invented.isEmpty();
    }
}
