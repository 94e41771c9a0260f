package io.facescribe.describe.trait;

/**
 * Where a trait goes in a sentence. The realizer knows slots, not traits: a new measured trait is a new
 * {@link TraitDefinition} in one of these slots.
 */
public enum Slot {
    /** apparent age (special forms: number, bracket, category) */
    AGE,
    /** the head noun: woman, man, girl, boy, person */
    GENDER,
    /** adjective before the noun, after age: "a young white woman" */
    ETHNICITY,
    /** adjective before the noun, before age, ordered by rank: "an attractive, chubby ..." */
    ADJECTIVE,
    /** one adjective of the hair noun phrase, ordered by rank (length, texture, colour): "long wavy blond hair" */
    HAIR,
    /** a noun phrase after "with" or "has": "glasses", "a goatee"; {pos} stands for her/his/their */
    WITH,
    /** a noun phrase after "wearing": "a hat", "earrings" */
    WEARING,
    /** facial expression: phrases are adjectives ("smiling"), nouns are noun phrases ("a smile") */
    EXPRESSION,
    /** a state of part of the face, said after "with": "{pos} eyes closed" */
    STATE,
    /** a note about the photo: blurry, black and white */
    NOTE
}
