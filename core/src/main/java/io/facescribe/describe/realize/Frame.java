package io.facescribe.describe.realize;

/**
 * Where in a person's description a trait is said. Learned per trait from human descriptions
 * ({@link CaptionerModel}); the {@link LearnedRealizer} builds one clause per frame.
 */
public enum Frame {
    /** before the noun of the opening phrase: "a <b>young smiling</b> woman" */
    PRE,
    /** after "with" in the opening sentence: "a man <b>with</b> a goatee" */
    WITH,
    /** after "has": "she <b>has</b> high cheekbones" */
    HAS,
    /** after "is wearing": "he <b>is wearing</b> glasses" */
    WEARING,
    /** a predicate after "is": "she <b>is</b> smiling" */
    IS,
    /** a clause of its own about part of the face: "her teeth are visible" */
    CLAUSE
}
