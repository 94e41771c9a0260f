package io.facescribe.qa;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/**
 * An answer to a question about a photo.
 *
 * @param question   the question as asked
 * @param text       the answer in a sentence, with its confidence when there is one
 * @param supported  false when the analysis cannot answer ("I can't tell from this photo")
 * @param confidence the analysis' confidence in what the answer states (0 when not supported)
 * @param topic      what the question was read as: a concept of the trait table, {@code age}, {@code count},
 *                   {@code location}, {@code emotion}, {@code hair colour}, ... or {@code unknown}
 */
public record Answer(String question, String text, boolean supported,
                     @JsonSerialize(using = Rounded.Four.class) double confidence, String topic) {
    public static final String CANNOT_TELL = "I can't tell from this photo.";

    static Answer cannotTell(String question, String topic) {
        return new Answer(question, CANNOT_TELL, false, 0, topic);
    }
}
