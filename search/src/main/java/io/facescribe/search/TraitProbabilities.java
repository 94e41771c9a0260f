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
 * the analysis did not measure has no entry. Age is not a trait here: see {@link AgeBelief}. Thread-safe.
 */
public final class TraitProbabilities {

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
            probability(d, face, attributes, m).ifPresent(p -> out.put(d.concept(), p));
        }
        return out;
    }

    private static Optional<Double> probability(TraitDefinition d, FaceAnalysis face, Map<String, Double> attributes,
                                                Measurements m) {
        String concept = d.concept();
        if (attributes.containsKey(concept)) {
            return Optional.of(attributes.get(concept));
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
