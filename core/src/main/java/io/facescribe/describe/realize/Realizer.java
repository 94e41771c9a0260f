package io.facescribe.describe.realize;

import io.facescribe.describe.trait.TraitBag;

/** Turns a bag of traits into one caption. */
public interface Realizer {
    /** The name recorded with each caption ("builtin", "tags", "llm:<model>"). */
    String name();

    /** A caption that states every trait of the bag and nothing else; the same bag and seed give the same text. */
    String realize(TraitBag bag, long seed);

    /**
     * The traits of the bag this realizer would say when it may leave some out (the guard's no-invented policy);
     * the caption must then say all of them. A realizer without a plan of its own says the whole bag.
     */
    default TraitBag plan(TraitBag bag, long seed) {
        return bag;
    }

    /**
     * Whether this realizer was given the user's style itself and follows it on its own (an LLM, through its
     * prompt): the describer then neither chooses its traits for the style nor rewrites its captions in the
     * style's shape. A realizer without a style of its own is written in the style's shape by the describer.
     */
    default boolean followsStyleItself() {
        return false;
    }
}
