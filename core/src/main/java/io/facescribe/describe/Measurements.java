package io.facescribe.describe;

import java.util.Map;
import java.util.Optional;

import io.facescribe.analysis.FaceAnalysis;

/**
 * What the trait definitions read: one face's analysis plus the binary attributes measured for it, by key
 * ({@code attributes.eyeglasses}, ...). Attributes are empty until an attribute classifier fills them; the
 * definitions that read them then simply start to produce traits.
 */
public record Measurements(FaceAnalysis face, Map<String, AttributeReading> attributes) {
    public Measurements {
        attributes = Map.copyOf(attributes);
    }

    public static Measurements of(FaceAnalysis face) {
        return new Measurements(face, Map.of());
    }

    public Optional<AttributeReading> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }
}
