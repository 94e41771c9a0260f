package io.facescribe.analysis;

import java.util.Map;

/**
 * Apparent age in years (the median of the age head) with a plausible range (low..high: its 20% and 80%
 * quantiles), the confidence that the true age lies in that range (how often it did on the validation split),
 * and what individual networks estimated.
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
