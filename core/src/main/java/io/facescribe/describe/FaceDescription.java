package io.facescribe.describe;

import io.facescribe.describe.trait.TraitBag;

import java.util.List;

/** One face's traits (as measured, before sampling) and its captions. */
public record FaceDescription(TraitBag traits, List<Caption> captions) {
    public FaceDescription {
        captions = List.copyOf(captions);
    }

    /** The first caption's text, or "" when there is none. */
    public String caption() {
        return captions.isEmpty() ? "" : captions.get(0).text();
    }
}
