package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

import java.util.Map;

/**
 * Apparent age in years (the median of the age head) with a plausible range (low..high: its 20% and 80%
 * quantiles), the confidence that the true age lies in that range (how often it did on the validation split),
 * and what individual networks estimated.
 */
public record Age(@JsonSerialize(using = Rounded.One.class) double years,
                  @JsonSerialize(using = Rounded.One.class) double low,
                  @JsonSerialize(using = Rounded.One.class) double high,
                  @JsonSerialize(using = Rounded.Four.class) double confidence,
                  @JsonSerialize(contentUsing = Rounded.One.class) Map<String, Double> estimates) {
    public Age {
        estimates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(estimates));
    }
}
