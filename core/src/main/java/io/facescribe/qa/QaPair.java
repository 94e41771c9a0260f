package io.facescribe.qa;

/** A question and its answer, for question-answering data sets. */
public record QaPair(String question, String answer, String topic, double confidence) {
}
