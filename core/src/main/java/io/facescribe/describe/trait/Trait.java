package io.facescribe.describe.trait;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One word of the bag: what it says, the measurement it came from and how sure the analysis was.
 *
 * @param concept    the trait's id in the {@link TraitTable} (e.g. {@code emotion.happy}, {@code eyes.closed})
 * @param phrase     a plain statement of it ("happy", "eyes closed", "34 years old")
 * @param source     key of the measurement it came from ({@code emotion}, {@code traits.eyes}, ...)
 * @param confidence the analysis' confidence in it
 * @param age        how the age is stated, for the age trait only
 * @param secondary  for a second emotion stated with the dominant one ("partly surprised")
 * @param definition the table entry (not serialised)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trait(String concept, String phrase, String source,
                    @JsonSerialize(using = Rounded.Four.class) double confidence, AgeValue age,
                    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean secondary,
                    @JsonIgnore TraitDefinition definition) {

    @JsonProperty("category")
    public TraitCategory category() {
        return definition.category();
    }

    @JsonIgnore
    public Slot slot() {
        return definition.slot();
    }

    public Trait withAge(AgeValue value, String newPhrase) {
        return new Trait(concept, newPhrase, source, confidence, value, secondary, definition);
    }
}
