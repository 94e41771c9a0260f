package io.facescribe.grounding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;

/**
 * Trait precision and recall of captions as a caption metric, reported beside BLEU and CIDEr: each candidate
 * is read back into traits by the {@link CaptionGuard} and compared with the face's measured analysis when one
 * is known for the image, otherwise with the traits read from the reference captions.
 */
public final class GroundingScorer implements CaptionScorer {

    public static final String PRECISION = "TraitPrecision";
    public static final String RECALL = "TraitRecall";

    private final CaptionGuard guard;
    private final Map<String, FaceAnalysis> analyses;

    /** Against the references only. */
    public GroundingScorer() {
        this(Map.of());
    }

    /** Against measured analyses, keyed by image id (images without one fall back to the references). */
    public GroundingScorer(Map<String, FaceAnalysis> analyses) {
        this.guard = CaptionGuard.standard();
        this.analyses = Map.copyOf(analyses);
    }

    @Override
    public String name() {
        return "grounding";
    }

    @Override
    public List<String> keys() {
        return List.of(PRECISION, RECALL);
    }

    @Override
    public boolean wantsRawCaptions() {
        return true;
    }

    @Override
    public MetricResult score(Corpus corpus) {
        Map<String, Map<String, Double>> perImage = new LinkedHashMap<>();
        double precision = 0;
        double recall = 0;
        for (String id : corpus.imageIds()) {
            FaceAnalysis face = analyses.get(id);
            String candidate = corpus.candidate(id);
            CaptionGuard.Grounding g = face != null ? guard.score(face, candidate)
                    : guard.score(corpus.references(id), candidate);
            precision += g.precision();
            recall += g.recall();
            perImage.put(id, Map.of(PRECISION, g.precision(), RECALL, g.recall()));
        }
        int n = Math.max(1, corpus.size());
        return new MetricResult(Map.of(PRECISION, precision / n, RECALL, recall / n), perImage);
    }
}
