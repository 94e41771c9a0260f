package io.facescribe.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one evaluation produced: corpus scores under the toolkit's key names ({@code Bleu_1} … {@code Bleu_4},
 * {@code METEOR}, {@code ROUGE_L}, {@code CIDEr}) followed by any extra scorers' keys (e.g. grounding scores), and
 * per image the same keys. Immutable.
 */
public record EvaluationReport(Map<String, Double> scores, Map<String, Map<String, Double>> perImage) {
    public EvaluationReport {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        perImage.forEach((id, m) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        perImage = Collections.unmodifiableMap(copy);
    }

    /** Merges scorer results in the given order; per-image maps follow {@code imageIds}. */
    static EvaluationReport merge(List<String> imageIds, List<MetricResult> results) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Map<String, Double>> perImage = new LinkedHashMap<>();
        for (String id : imageIds) perImage.put(id, new LinkedHashMap<>());
        for (MetricResult r : results) {
            scores.putAll(r.scores());
            r.perImage().forEach((id, m) -> perImage.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(m));
        }
        return new EvaluationReport(scores, perImage);
    }

    public double score(String key) {
        Double v = scores.get(key);
        if (v == null) throw new IllegalArgumentException("no score " + key + " in " + scores.keySet());
        return v;
    }
}
