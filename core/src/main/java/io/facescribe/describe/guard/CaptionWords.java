package io.facescribe.describe.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the lexicon and the caption reader cut text into words, so that both see a phrase the same way: lower
 * case, apostrophes dropped, "," and "." kept as tokens (";" and ":" read as ",", "!" and "?" as "."), plurals
 * folded.
 */
public final class CaptionWords {

    private CaptionWords() {
    }

    /** Pronouns: they stand for the person but are not a caption's word for them. */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("she", "he", "her", "his", "they",
            "their", "him", "hers", "them");

    /** Whether a word is a pronoun ("she", "his", "them"), not a noun for the person. */
    public static boolean isPronoun(String word) {
        return PRONOUNS.contains(word);
    }

    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String s = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
                continue;
            }
            if (cur.length() > 0) {
                out.add(stem(cur.toString()));
                cur.setLength(0);
            }
            if (c == ',' || c == ';' || c == ':') {
                out.add(",");
            } else if (c == '.' || c == '!' || c == '?') {
                out.add(".");
            }
        }
        return out;
    }

    /** The singular of a plural word ("glasses" stays, "earrings" -> "earring", "beaches" -> "beach"). */
    public static String stem(String w) {
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !Character.isDigit(w.charAt(0))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A whole number of one to three digits. */
    public static boolean isNumber(String t) {
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
