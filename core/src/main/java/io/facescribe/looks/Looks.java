package io.facescribe.looks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a face looks like beyond the demographic traits: hair, eyes, lips, nose, brows, face shape, facial
 * hair. One {@link Reading} per {@link LooksTrait}, keyed by the trait's JSON name, in the traits' order.
 */
public record Looks(@JsonValue Map<String, Reading> readings) {

    public Looks {
        readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
    }

    /** Read back from analysis JSON, where the readings are the object itself. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Looks fromJson(Map<String, Reading> readings) {
        return new Looks(readings);
    }

    public Optional<Reading> get(LooksTrait trait) {
        return Optional.ofNullable(readings.get(trait.key()));
    }

    /** The trait's label when measured and allowed in descriptions. */
    public Optional<String> stated(LooksTrait trait) {
        return get(trait).filter(r -> r.stated() && r.known()).map(Reading::label);
    }
}
