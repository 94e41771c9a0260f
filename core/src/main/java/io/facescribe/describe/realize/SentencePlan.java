package io.facescribe.describe.realize;

import java.util.List;
import java.util.Random;

/**
 * One way of arranging a face's phrases into sentences ("A woman with ..., wearing .... She is smiling.").
 * The built-in realizer draws a plan per caption; a new arrangement is a new class in its list. A plan says
 * every phrase it is given and nothing else; the photo notes are said after it by the realizer unless the plan
 * says them itself.
 */
interface SentencePlan {

    /** The sentences, capitalised, without their full stops. */
    List<String> sentences(FacePhrases face, Random r);

    /**
     * Whether the plan has something of its own to arrange in this face (a plan that would write what another
     * one writes is not drawn).
     */
    default boolean fits(FacePhrases face) {
        return true;
    }

    /** Whether the plan says the photo notes itself ("A blurry photo of ..."). */
    default boolean saysNotes() {
        return false;
    }
}
