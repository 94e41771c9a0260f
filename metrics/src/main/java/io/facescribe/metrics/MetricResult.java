package io.facescribe.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one scorer produced: corpus-level scores under the toolkit's key names (e.g. {@code Bleu_1}, {@code CIDEr})
 * and, per image id, that image's scores under the same names. Immutable; iteration order is preserved.
 */
public record MetricResult(Map<String, Double> scores, Map<String, Map<String, Double>> perImage) {
    public MetricResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        perImage.forEach((id, m) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        perImage = Collections.unmodifiableMap(copy);
    }

    /** Corpus score for {@code key}; throws if this result has no such key. */
    public double score(String key) {
        Double v = scores.get(key);
        if (v == null) throw new IllegalArgumentException("no score " + key + " in " + scores.keySet());
        return v;
    }
}
