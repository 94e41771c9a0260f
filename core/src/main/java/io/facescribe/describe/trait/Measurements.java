package io.facescribe.describe.trait;

import java.util.Map;
import java.util.Optional;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.attributes.AttributeClassifier;

/**
 * What the trait definitions read: one face's analysis plus the binary attributes measured for it, by key
 * ({@code attributes.eyeglasses}, ...). Attributes are empty until an attribute classifier fills them; the
 * definitions that read them then simply start to produce traits.
 */
public record Measurements(FaceAnalysis face, Map<String, AttributeReading> attributes) {
    public Measurements {
        attributes = Map.copyOf(attributes);
    }

    /**
     * The face's analysis with its measured CelebA attributes, reconciled with the other analyzers in this one
     * place: attributes the classifier is not reliable on are left out (never stated), attributes measured
     * better elsewhere (Male, Young, Smiling, Mouth_Slightly_Open, Blurry) are not taken from it, and facial
     * hair is not stated for a face measured as a woman.
     */
    public static Measurements of(FaceAnalysis face) {
        if (face.attributes().isEmpty()) {
            return new Measurements(face, Map.of());
        }
        AttributeClassifier classifier = Shipped.CLASSIFIER;
        boolean woman = face.gender() != null && face.gender().label().equals("female")
                && face.gender().confidence() >= 0.8;
        Map<String, AttributeReading> readings = new java.util.LinkedHashMap<>();
        face.attributes().forEach((name, p) -> {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (!classifier.reliable(name) || MEASURED_ELSEWHERE.contains(key)
                    || (woman && FACIAL_HAIR.contains(key))) {
                return;
            }
            readings.put("attributes." + key, new AttributeReading(p, classifier.captionThreshold(name)));
        });
        return new Measurements(face, readings);
    }

    private static final java.util.Set<String> MEASURED_ELSEWHERE =
            java.util.Set.of("male", "young", "smiling", "mouth_slightly_open", "blurry");
    private static final java.util.Set<String> FACIAL_HAIR =
            java.util.Set.of("5_o_clock_shadow", "goatee", "mustache", "no_beard", "sideburns");

    /** The shipped heads, read once. */
    private static final class Shipped {
        static final AttributeClassifier CLASSIFIER = AttributeClassifier.shipped();
    }

    /** The face's looks reading of a trait (empty when looks were not measured). */
    public Optional<io.facescribe.looks.Reading> look(io.facescribe.looks.LooksTrait trait) {
        return face.looks() == null ? Optional.empty() : face.looks().get(trait);
    }

    public Optional<AttributeReading> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }
}
