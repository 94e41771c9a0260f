package io.facescribe.qa;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/** A question and its answer, for question-answering data sets. */
public record QaPair(String question, String answer, String topic,
                     @JsonSerialize(using = Rounded.Four.class) double confidence) {
}
