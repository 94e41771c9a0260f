package io.facescribe.describe.style;

import java.util.HashSet;
import java.util.Set;

import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.realize.PhrasePosition;

/**
 * Which of a user's phrases a style may reuse: those whose every word the guard's reader reads as a trait, or is
 * a word that claims nothing (an article, a possessive, a verb that opens a position, an intensifier). A phrase
 * with another word ("big brown eyes", "a dark beard", "a neatly trimmed moustache") would claim something no
 * analysis measures and the guard cannot see, so it is never learned.
 */
final class PhraseWords {

    /** Words a phrase may hold beside those the reader reads as a trait. */
    private static final Set<String> CLAIM_NOTHING = Set.of("a", "an", "the", "her", "his", "their", "pair", "of",
            "very", "quite", "rather", "somewhat", "slightly", "bit", "is", "are", "and", "pos");

    private PhraseWords() {
    }

    /** Whether every word of the phrase is read as a trait or claims nothing ({@code {pos}} counts as "her"). */
    static boolean bare(CaptionReader reader, String phrase) {
        String text = phrase.replace("{pos}", "her");
        Set<String> read = new HashSet<>();
        reader.read(text).forEach(m -> read.addAll(CaptionWords.tokenize(m.text())));
        return CaptionWords.tokenize(text).stream()
                .allMatch(w -> read.contains(w) || CLAIM_NOTHING.contains(w) || PhrasePosition.opens(w));
    }
}
