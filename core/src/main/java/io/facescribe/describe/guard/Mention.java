package io.facescribe.describe.guard;

import io.facescribe.describe.trait.TraitTable;

/**
 * Something a caption says about the face, as the guard reads it.
 *
 * @param concept  a concept of the {@link TraitTable}, {@code age}, an umbrella term or {@code unmeasured:<word>}
 * @param negated  the caption says it is absent ("no glasses")
 * @param low      for age: the youngest age the caption allows
 * @param high     for age: the oldest
 * @param text     the words it was read from
 */
public record Mention(String concept, boolean negated, int low, int high, String text) {
    public String key() {
        return negated ? "not " + concept : concept;
    }
}
