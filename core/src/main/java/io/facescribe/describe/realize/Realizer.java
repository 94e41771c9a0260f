package io.facescribe.describe.realize;

import io.facescribe.describe.trait.TraitBag;

/** Turns a bag of traits into one caption. */
public interface Realizer {
    /** The name recorded with each caption ("builtin", "tags", "llm:<model>"). */
    String name();

    /** A caption that states every trait of the bag and nothing else; the same bag and seed give the same text. */
    String realize(TraitBag bag, long seed);
}
