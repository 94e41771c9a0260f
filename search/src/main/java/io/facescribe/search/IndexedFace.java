package io.facescribe.search;

import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FaceBox;

/**
 * One face as the index holds it.
 *
 * @param face          its number in the image (0 = the largest)
 * @param box           where it is
 * @param probabilities each trait concept measured on it, with the probability that it is present
 * @param age           what the analysis believes of its age, or null when not measured
 * @param captions      its captions (searched as text for words no trait stands for)
 */
public record IndexedFace(int face, FaceBox box, Map<String, Double> probabilities, AgeBelief age,
                          List<String> captions) {
    public IndexedFace {
        probabilities = Map.copyOf(probabilities);
        captions = List.copyOf(captions);
    }

    public static IndexedFace of(int face, FaceAnalysis analysis, List<String> captions, TraitProbabilities traits) {
        return new IndexedFace(face, analysis.box(), traits.of(analysis),
                analysis.age() == null ? null : AgeBelief.of(analysis.age()), captions);
    }
}
