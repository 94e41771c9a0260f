package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

import java.util.Map;

/**
 * The facial expression: the dominant of seven classes, its confidence, and every class's probability
 * (keys in the order angry, disgust, fear, happy, sad, surprise, neutral).
 */
public record Emotion(String dominant, @JsonSerialize(using = Rounded.Four.class) double confidence,
                      @JsonSerialize(contentUsing = Rounded.Four.class) Map<String, Double> probabilities) {
    public Emotion {
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
    }
}
