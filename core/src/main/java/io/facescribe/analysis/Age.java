package io.facescribe.analysis;

import java.util.Map;

/**
 * Apparent age in years with a plausible range (low..high, about one typical error either side), the
 * confidence that the true age lies in that range, and what each network estimated.
 */
public record Age(double years, double low, double high, double confidence, Map<String, Double> estimates) {
    public Age {
        years = Rounding.round1(years);
        low = Rounding.round1(low);
        high = Rounding.round1(high);
        confidence = Rounding.round(confidence);
        estimates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(estimates));
    }
}
