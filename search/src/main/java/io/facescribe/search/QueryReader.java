package io.facescribe.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.Mention;

/**
 * Reads a search query with the caption guard's own reader, so a query understands exactly the words a caption is
 * checked with: every phrase and synonym of the trait table, negations ("no glasses", "without a beard"), age
 * words and numbers ("a child", "in her 30s"), gender words and pronouns. What it cannot use is kept apart: words
 * for things no analysis measures ("tattoo") and content words the reader does not know. Thread-safe.
 */
public final class QueryReader {

    /** Words a query may hold that ask for nothing by themselves. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "with", "and", "or", "of", "in", "on", "at",
            "to", "for", "is", "are", "who", "has", "have", "having", "wearing", "wear", "wears", "person", "people",
            "persons", "photo", "photos", "picture", "pictures", "image", "images", "face", "faces", "someone",
            "somebody", "look", "looks", "looking", "very", "no", "not", "without", "some", "their", "them", "that",
            "which", "showing", "show", "shows", "one", "any", "all", "find", "me", "by", "from", "but", "her", "his",
            "she", "he", "eyes", "eye", "hair", "mouth", "lips", "nose", "open", "s", "year", "years", "old", "aged",
            "age", "around", "about", "between", "over", "under", "than", "more", "less", "much", "bit", "quite",
            "slightly", "rather", "also", "both", "being", "be", "it", "its", "this", "these", "those", "there");

    private final CaptionReader reader;

    public QueryReader(CaptionReader reader) {
        this.reader = reader;
    }

    public FaceQuery read(String text) {
        List<Mention> mentions = reader.read(text);
        Map<String, Mention> traits = new LinkedHashMap<>();
        Set<String> unmeasured = new LinkedHashSet<>();
        Set<String> covered = new LinkedHashSet<>();
        for (Mention m : mentions) {
            covered.addAll(words(m.text()));
            if (m.concept().startsWith("unmeasured:")) {
                unmeasured.add(m.text());
            } else {
                String key = m.concept().equals("age") ? m.concept() + m.low() + "-" + m.high() : m.key();
                traits.putIfAbsent(key, m);
            }
        }
        for (String w : words(text)) {
            if (!covered.contains(w) && !covered.contains(singular(w)) && !FILLER.contains(w)
                    && !w.chars().allMatch(Character::isDigit)) {
                unmeasured.add(w);
            }
        }
        return new FaceQuery(text, new ArrayList<>(traits.values()), new ArrayList<>(unmeasured));
    }

    /** Lower-case words, apostrophes dropped ("o'clock" is one word). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").split("[^\\p{L}\\p{N}]+", -1)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The singular as the caption reader folds it ("glasses" -> "glass", "earrings" -> "earring"). */
    private static String singular(String w) {
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
