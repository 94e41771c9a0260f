package io.facescribe.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;

/**
 * Every fact a face vector holds, each from one estimate: gender, age, ethnicity and expression from the
 * demographic heads, the 40 CelebA attributes from the attribute heads, and, where two of them measure the same
 * fact, the {@link FactHeads} that join them. With fact heads for {@code male} and {@code smiling}, the facts
 * agree by construction: the gender is the more probable side of P(male), the {@code Male} attribute is P(male),
 * the {@code Smiling} attribute is P(smiling), and the emotion's {@code happy} is P(smiling) (the other six
 * emotions keep their proportions). Analysis ({@link FaceAnalyzer}) and the accuracy reports read faces through
 * this one class. Thread-safe.
 */
public final class FactReader {

    /** The facts of one face. */
    public record Facts(Label gender, Age age, Label ethnicity, Emotion emotion, Map<String, Double> attributes) {
    }

    private final Demographics demographics;
    private final AttributeClassifier attributes;
    private final FactHeads facts;

    public FactReader(Demographics demographics, AttributeClassifier attributes, FactHeads facts) {
        this.demographics = demographics;
        this.attributes = attributes;
        this.facts = facts;
    }

    public Demographics demographics() {
        return demographics;
    }

    public AttributeClassifier attributes() {
        return attributes;
    }

    public FactHeads facts() {
        return facts;
    }

    /** @param vector a {@link FaceVector} (or a longer record that starts with one) */
    public Facts read(float[] vector) {
        float[] features = vector.length == AttributeFeatures.SIZE ? vector : Arrays.copyOf(vector, AttributeFeatures.SIZE);
        Map<String, Double> p = attributes.probabilities(features);
        Label gender = demographics.gender(vector);
        Emotion emotion = demographics.emotion(vector);
        if (facts.has("male") || facts.has("smiling") || facts.has("mouthOpen")) {
            Map<String, Double> agreed = new LinkedHashMap<>(p);
            Inputs in = new Inputs(vector, gender, emotion, p);
            if (facts.has("male")) {
                double male = facts.probability("male", in::value);
                agreed.put("Male", male);
                gender = male >= 0.5 ? new Label("male", male) : new Label("female", 1 - male);
            }
            if (facts.has("smiling")) {
                double smile = facts.probability("smiling", in::value);
                agreed.put("Smiling", smile);
                emotion = withHappy(emotion, smile);
            }
            if (facts.has("mouthOpen")) {
                agreed.put("Mouth_Slightly_Open", facts.probability("mouthOpen", in::value));
            }
            p = java.util.Collections.unmodifiableMap(agreed);
        }
        return new Facts(gender, age(demographics.age(vector)), demographics.ethnicity(vector), emotion, p);
    }

    /**
     * The age with the confidence of its range as measured on validation for estimates in the same band
     * ({@code ageRangeCoverage.FROM} in the fact heads' claims), when the fact heads have it.
     */
    private Age age(Age a) {
        double confidence = Double.NaN;
        for (int from : AGE_BANDS) {
            double c = facts.claimThreshold("ageRangeCoverage." + from, Double.NaN);
            if (a.years() >= from && !Double.isNaN(c)) {
                confidence = c;
            }
        }
        return Double.isNaN(confidence) ? a : new Age(a.years(), a.low(), a.high(), confidence, a.estimates());
    }

    /** Lower bounds of the estimate bands the range's coverage is measured by. */
    public static final int[] AGE_BANDS = {0, 10, 18, 30, 45, 60};

    /** One input of the fact heads ({@link FactHeads}) for a face, read from the heads before any fact head joins them. */
    public double input(float[] vector, String name) {
        float[] features = vector.length == AttributeFeatures.SIZE ? vector : Arrays.copyOf(vector, AttributeFeatures.SIZE);
        return FactHeads.value(name, new Inputs(vector, demographics.gender(vector), demographics.emotion(vector),
                attributes.probabilities(features))::value);
    }

    /** The inputs a fact head reads ({@link FactHeads}). */
    private final class Inputs {
        private final float[] vector;
        private final Label gender;
        private final Emotion emotion;
        private final Map<String, Double> attributes;

        Inputs(float[] vector, Label gender, Emotion emotion, Map<String, Double> attributes) {
            this.vector = vector;
            this.gender = gender;
            this.emotion = emotion;
            this.attributes = attributes;
        }

        double value(String name) {
            return switch (name) {
                case "gender" -> FactHeads.logit(gender.label().equals("male") ? gender.confidence() : 1 - gender.confidence());
                case "happy" -> FactHeads.logit(emotion.probabilities().get("happy"));
                case "happyNet" -> vector[FaceVector.block("emotion").offset() + Demographics.EMOTIONS.indexOf("happy")];
                case "child" -> demographics.heads().ageMass(vector, 0, 13);
                case "old" -> demographics.heads().ageMass(vector, 60, 100);
                case "mouthOpenness" -> MOUTH_SCALE * AttributeFeatures.mouthOpenness(vector);
                default -> {
                    Double a = attributes.get(name);
                    if (a == null) {
                        throw new IllegalArgumentException("fact head input " + name + " is unknown");
                    }
                    yield FactHeads.logit(a);
                }
            };
        }
    }

    /** The mouth openness input ({@code mouthOpenness}) is the mesh's lip gap / mouth width times this. */
    public static final double MOUTH_SCALE = 10;

    /**
     * The mouth's state as one estimate: open (slightly or wide) when the joined P(mouth open) ({@code mouthOpen}
     * of the fact heads, written as the {@code Mouth_Slightly_Open} attribute) is at least 0.5, wide open when the
     * mesh's openness also reaches {@link TraitReader#MOUTH_SLIGHTLY}; closed otherwise. The confidence is that
     * of the open/closed decision. Teeth are not shown by a closed mouth. Unchanged without a joined estimate.
     */
    public FaceTraits mouth(FaceTraits traits, Facts facts) {
        Double open = facts.attributes().get("Mouth_Slightly_Open");
        if (!this.facts.has("mouthOpen") || open == null) {
            return traits;
        }
        Label mouth = open < 0.5 ? new Label("closed", 1 - open)
                : new Label(traits.mouthOpenness() >= TraitReader.MOUTH_SLIGHTLY ? "open" : "slightly open", open);
        Label teeth = open < 0.5 && traits.teeth() != null && traits.teeth().label().equals("visible")
                ? new Label("not visible", 1 - open) : traits.teeth();
        return new FaceTraits(traits.eyes(), traits.eyeOpenness(), mouth, traits.mouthOpenness(), teeth);
    }

    /** The emotion with P(happy) set to a smile's probability, the other emotions scaled to the rest. */
    static Emotion withHappy(Emotion e, double smile) {
        Map<String, Double> p = new LinkedHashMap<>(e.probabilities());
        double rest = 1 - p.get("happy");
        int others = p.size() - 1;
        p.replaceAll((k, v) -> k.equals("happy") ? smile : rest <= 1e-9 ? (1 - smile) / others : v * (1 - smile) / rest);
        Map.Entry<String, Double> top = p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new Emotion(top.getKey(), top.getValue(), p);
    }
}
