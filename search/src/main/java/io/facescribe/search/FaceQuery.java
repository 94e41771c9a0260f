package io.facescribe.search;

import java.util.List;

import io.facescribe.describe.guard.Mention;

/**
 * A description read into what it asks of a face.
 *
 * @param text       the words as given
 * @param traits     the traits asked for, each once, in the order said: a concept of the trait table, an age range
 *                   ({@code age}) or an umbrella ("a beard": any facial hair), negated when the text says it is absent
 * @param unmeasured words that name something no analysis measures ("tattoo"), or that the reader does not know
 */
public record FaceQuery(String text, List<Mention> traits, List<String> unmeasured) {
    public FaceQuery {
        traits = List.copyOf(traits);
        unmeasured = List.copyOf(unmeasured);
    }

    /** How a trait of the query is said back: its words, with "no" in front of a negation said by a word before it. */
    public static String said(Mention m) {
        String first = m.text().split(" ", -1)[0];
        boolean says = List.of("no", "not", "without", "never", "clean").contains(first);
        return m.negated() && !says ? "no " + m.text() : m.text();
    }

    /** What to tell the user about the words that were not used: "'tattoo' is not measured". */
    public List<String> notes() {
        return unmeasured.stream().map(w -> "'" + w + "' is not measured").toList();
    }
}
