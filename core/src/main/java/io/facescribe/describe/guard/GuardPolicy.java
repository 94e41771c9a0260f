package io.facescribe.describe.guard;

import io.facescribe.OptionException;

import java.util.Locale;

/**
 * What the guard accepts from a realizer other than the built-in one. Nothing invented is ever accepted.
 */
public enum GuardPolicy {
    /** every trait of the caption's bag said, nothing else (the default for data sets) */
    STRICT,
    /**
     * nothing said that was not measured; traits may be left out, as people leave them out (the learned
     * realizer then says what a person would say, the LLM may drop a trait)
     */
    NO_INVENTED;

    public boolean accepts(GuardReport report) {
        return this == STRICT ? report.ok() : report.invented().isEmpty();
    }

    /** The report, noting that it was accepted under this policy. */
    public GuardReport stamp(GuardReport report) {
        return report.withPolicy(flag());
    }

    /** "strict" or "no-invented". */
    public String flag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static GuardPolicy parse(String value) {
        for (GuardPolicy p : values()) {
            if (p.flag().equalsIgnoreCase(value.strip())) {
                return p;
            }
        }
        throw new OptionException("guard", "is strict or no-invented, not '" + value + "'");
    }
}
