package io.facescribe.analysis;

import java.util.Map;

/**
 * The facial expression: the dominant of seven classes, its confidence, and every class's probability
 * (keys in the order angry, disgust, fear, happy, sad, surprise, neutral).
 */
public record Emotion(String dominant, double confidence, Map<String, Double> probabilities) {
    public Emotion {
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
        confidence = Rounding.round(confidence);
    }
}
