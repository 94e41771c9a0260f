package io.facescribe.looks;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/**
 * One looks trait of one face.
 *
 * @param label      the value measured ({@code unknown} when the pixels do not allow one)
 * @param confidence how sure (0..1): the calibrated probability of the label where a CelebA head decides it,
 *                   otherwise the share of development faces the measure puts on this side of the rule
 * @param source     what measured it: CelebA heads by name, {@code mesh} measures, {@code pixels}, {@code mask}
 * @param stated     whether descriptions may state it: this value of this trait reached the precision the
 *                   looks calibration asks for on labelled development faces (see docs/looks.md)
 */
public record Reading(String label, @JsonSerialize(using = Rounded.Four.class) double confidence, String source,
                      boolean stated) {

    public static final String UNKNOWN = "unknown";

    public Reading {
        confidence = Math.max(0, Math.min(1, confidence));
    }

    public boolean known() {
        return !UNKNOWN.equals(label);
    }
}
