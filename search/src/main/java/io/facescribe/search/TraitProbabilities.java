package io.facescribe.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.Label;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

/**
 * The probability that each trait of the {@link TraitTable} is present on a face, read from its calibrated analysis:
 * a CelebA attribute's own probability when the face has it (hair colours, glasses, hats, facial hair ...), the
 * gender head's and the ethnicity head's label confidence, each emotion's probability, and for every other trait
 * (looks, eyes, mouth, pose, photo notes) the table's own reading: its confidence on the side it decided. A trait
 * the analysis did not measure has no entry. Age is not a trait here: see {@link AgeBelief}.
 *
 * <p>Two facts have two calibrated estimates: gender (the gender head, and the CelebA {@code Male} head) and a smile
 * (the emotion network's {@code happy}, and the CelebA {@code Smiling} head). Where a face has both, their mean is
 * taken: on the 983 CelebA validation faces it ranks nearly as well as the better one (ROC AUC against the labels:
 * male 0.988 for the mean, 0.953 gender head, 0.993 Male head; smiling 0.965 mean, 0.898 happy, 0.970 Smiling), while
 * not leaning on a head fitted to CelebA crops alone. Thread-safe.
 */
public final class TraitProbabilities {

    /** Concepts that a CelebA head also estimates: the head's name, "!" when it estimates the opposite. */
    private static final Map<String, String> SAME_FACT = Map.of("gender.male", "male", "gender.female", "!male",
            "emotion.happy", "smiling");

    /** Concepts that are a CelebA head read the other way: a beard is the {@code No_Beard} head's "no". */
    private static final Map<String, String> OPPOSITE_HEAD = Map.of("beard", "no_beard");

    private final TraitTable table;

    public TraitProbabilities(TraitTable table) {
        this.table = table;
    }

    /** Every concept of the table the face was measured for, with the probability that it is present. */
    public Map<String, Double> of(FaceAnalysis face) {
        Map<String, Double> attributes = new LinkedHashMap<>();
        face.attributes().forEach((name, p) -> attributes.put(name.toLowerCase(Locale.ROOT), p));
        Measurements m = Measurements.of(face);
        Map<String, Double> out = new LinkedHashMap<>();
        for (TraitDefinition d : table.definitions()) {
            if (d.slot() == Slot.AGE) {
                continue;
            }
            probability(d, face, attributes, m).ifPresent(p -> out.put(d.concept(), withHead(d.concept(), p, attributes)));
        }
        return out;
    }

    private static double withHead(String concept, double p, Map<String, Double> attributes) {
        String head = SAME_FACT.get(concept);
        if (head == null) {
            return p;
        }
        boolean opposite = head.startsWith("!");
        Double q = attributes.get(opposite ? head.substring(1) : head);
        return q == null ? p : (p + (opposite ? 1 - q : q)) / 2;
    }

    private static Optional<Double> probability(TraitDefinition d, FaceAnalysis face, Map<String, Double> attributes,
                                                Measurements m) {
        String concept = d.concept();
        if (attributes.containsKey(concept)) {
            return Optional.of(attributes.get(concept));
        }
        String opposite = OPPOSITE_HEAD.get(concept);
        if (opposite != null && attributes.containsKey(opposite)) {
            return Optional.of(1 - attributes.get(opposite));
        }
        if (d.slot() == Slot.GENDER) {
            return label(face.gender(), concept.substring(concept.indexOf('.') + 1), 2);
        }
        if (d.slot() == Slot.ETHNICITY) {
            return label(face.ethnicity(), concept.substring(concept.indexOf('.') + 1), 5);
        }
        if (concept.startsWith("emotion.") && face.emotion() != null) {
            return Optional.of(face.emotion().probabilities().getOrDefault(concept.substring(8), 0.0));
        }
        return d.read(m).map(r -> r.present() ? r.confidence() : 1 - r.confidence());
    }

    /** A class of a categorical head: its confidence when it won, the rest shared among the other classes. */
    private static Optional<Double> label(Label l, String value, int classes) {
        if (l == null) {
            return Optional.empty();
        }
        return Optional.of(l.label().equals(value) ? l.confidence() : (1 - l.confidence()) / (classes - 1));
    }
}
