package io.facescribe.dataset.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits captions into lower-case words (letters and digits of any script, inner apostrophes and hyphens kept). */
final class Words {

    /** Function words left out of the most-frequent list (they still count for length and vocabulary). */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "without", "about", "as", "into", "onto", "over", "under", "between", "around", "roughly",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "this", "that", "these", "those", "here", "there", "it", "its", "he", "she", "him", "her", "his",
            "hers", "they", "them", "their", "who", "whom", "whose", "which", "what", "where", "when",
            "i", "me", "my", "we", "us", "our", "you", "your", "not", "no", "so", "than", "then", "too", "very",
            "some", "somewhere", "looks", "look", "appears", "seems", "s", "'s");

    private Words() {
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '\u2019' || cp == '-') && word.length() > 0 && i < lower.length()
                    && Character.isLetterOrDigit(lower.codePointAt(i))) {
                word.append(cp == '-' ? '-' : '\'');
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
