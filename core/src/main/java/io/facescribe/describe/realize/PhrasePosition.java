package io.facescribe.describe.realize;

import java.util.Map;
import java.util.Optional;

/**
 * Where in a person's description a trait is said (called the trait's "frame" in the captioner model's JSON).
 * Learned per trait from human descriptions ({@link CaptionerModel}); the {@link LearnedRealizer} builds one
 * clause per position. {@link #after(String)} is the one table of the words that open a position ("with",
 * "has", "wearing", "is"), used both where the captioner is trained and where a style is learned.
 */
public enum PhrasePosition {
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
    CLAUSE;

    /** The words (lower case, as the caption reader tokenises) that open a position for the phrase after them. */
    private static final Map<String, PhrasePosition> OPENERS = Map.ofEntries(
            Map.entry("with", WITH),
            Map.entry("has", HAS), Map.entry("have", HAS), Map.entry("had", HAS), Map.entry("got", HAS),
            Map.entry("having", HAS),
            Map.entry("wearing", WEARING), Map.entry("wears", WEARING), Map.entry("wear", WEARING),
            Map.entry("wore", WEARING),
            Map.entry("is", IS), Map.entry("are", IS), Map.entry("was", IS), Map.entry("be", IS),
            Map.entry("looks", IS), Map.entry("look", IS), Map.entry("seems", IS), Map.entry("seem", IS),
            Map.entry("appears", IS), Map.entry("appear", IS));

    /** The position a phrase right after this word is said in ("wearing" → WEARING), if the word opens one. */
    public static Optional<PhrasePosition> after(String word) {
        return Optional.ofNullable(OPENERS.get(word));
    }

    /** Whether this word opens a position. */
    public static boolean opens(String word) {
        return OPENERS.containsKey(word);
    }
}
