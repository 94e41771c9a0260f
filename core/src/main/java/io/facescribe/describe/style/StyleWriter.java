package io.facescribe.describe.style;

import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.realize.Realizer;
import io.facescribe.describe.realize.TagRealizer;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a bag in the shape of a user's captions ({@link StyleProfile.Shape}): sentences from the realizer it
 * wraps, or the user's own forms (fragments, {@code key: value} lists, tags) in the user's words for each
 * trait; then the user's case and final punctuation. A word of the user's is used for a trait only when the
 * caption reader reads it back as that trait (an age word only when it fits the measured age); otherwise the
 * trait's tag from the trait table. States exactly the bag's traits. Immutable; thread-safe.
 */
public final class StyleWriter implements Realizer {

    /** How far outside an age word's range the measured age may be for the word to be used. */
    private static final int AGE_SLACK = 3;

    private final StyleProfile style;
    private final StyleProfile.Shape shape;
    private final CaptionReader reader;
    private final Realizer sentences;
    private final Map<String, StyleProfile.TraitStyle> by;

    /**
     * @param sentences writes sentences when the user writes sentences, and names the captions
     */
    public StyleWriter(StyleProfile style, CaptionReader reader, Realizer sentences) {
        this.style = style;
        this.shape = style.shapeOrSentences();
        this.reader = reader;
        this.sentences = sentences;
        this.by = style.byConcept();
    }

    public StyleProfile.Form form() {
        return shape.form();
    }

    @Override
    public String name() {
        return sentences.name();
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        String text = switch (shape.form()) {
            case SENTENCES -> openedBy(sentences.realize(bag, seed), seed);
            case TAGS -> String.join(", ", bag.all().stream().map(t -> word(t, bag)).toList());
            case FRAGMENTS -> String.join(shape.separator(), capitalised(fragments(bag)));
            case KEY_VALUE -> String.join(shape.separator(), capitalised(keyValues(bag)));
        };
        return finish(text);
    }

    /** Mixed into the seed of the opener draw. */
    private static final long OPENER_SALT = 0x0BE7E5L;
    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile(
            "^(?:(?:The photo shows|The picture shows|The portrait shows|This is|Here is|We see)\\s+)?(?:A|An|The|This)\\s+(\\S)");

    /**
     * The sentence led in as the user leads in ("The photograph shows a young woman ..."), as often as they do,
     * when it opens with a determiner and the person.
     */
    private String openedBy(String text, long seed) {
        int total = style.examples().isEmpty() ? 0 : shape.words().size();
        int with = shape.openers().stream().mapToInt(StyleProfile.Count::count).sum();
        java.util.regex.Matcher m = DETERMINER.matcher(text);
        if (with == 0 || total == 0 || !m.find()
                || reader.read(text.substring(m.start(1)).split("[\\s,.]+")[0]).isEmpty()) {
            return text;
        }
        java.util.Random r = new java.util.Random(seed ^ OPENER_SALT);
        if (r.nextDouble() >= with / (double) total) {
            return text;
        }
        int pick = r.nextInt(with);
        String opener = shape.openers().get(0).text();
        for (StyleProfile.Count c : shape.openers()) {
            pick -= c.count();
            if (pick < 0) {
                opener = c.text();
                break;
            }
        }
        String rest = text.substring(m.start(1));
        String article = "aeiouAEIOU".indexOf(rest.charAt(0)) >= 0 ? "an " : "a ";
        return Character.toUpperCase(opener.charAt(0)) + opener.substring(1) + " " + article + rest;
    }

    /** The user's case and final punctuation. */
    private String finish(String text) {
        String s = text.strip();
        if (shape.lowercase() > 0.5) {
            s = s.toLowerCase(Locale.ROOT);
        }
        boolean stop = style.punctuation().fullStop() > 0.5;
        if (stop && !s.endsWith(".") && !s.endsWith("!") && !s.endsWith("?")) {
            s += ".";
        } else if (!stop && s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private List<String> capitalised(List<String> parts) {
        if (shape.lowercase() > 0.5) {
            return parts;
        }
        return parts.stream().map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .toList();
    }

    /**
     * Fragments as people write them: the person ("young woman"), the hair ("long brown hair"), then one
     * fragment per trait, in the bag's order.
     */
    private List<String> fragments(TraitBag bag) {
        List<String> out = new ArrayList<>();
        List<String> person = new ArrayList<>();
        List<String> hair = new ArrayList<>();
        int personAt = -1;
        int hairAt = -1;
        for (Trait t : bag.all()) {
            Slot slot = t.slot();
            if (slot == Slot.GENDER || slot == Slot.ETHNICITY || slot == Slot.AGE && !word(t, bag).matches(".*\\d.*")) {
                if (personAt < 0) {
                    personAt = out.size();
                    out.add("");
                }
                person.add(slot == Slot.GENDER ? "\u0000" + word(t, bag) : word(t, bag));
            } else if (slot == Slot.HAIR) {
                if (hairAt < 0) {
                    hairAt = out.size();
                    out.add("");
                }
                hair.add(hairWord(t, bag));
            } else {
                out.add(word(t, bag));
            }
        }
        if (personAt >= 0) {
            // the noun last: "young white woman"
            List<String> words = new ArrayList<>(person.stream().filter(w -> !w.startsWith("\u0000")).toList());
            person.stream().filter(w -> w.startsWith("\u0000")).forEach(w -> words.add(w.substring(1)));
            out.set(personAt, String.join(" ", words));
        }
        if (hairAt >= 0) {
            out.set(hairAt, String.join(" ", hair) + " hair");
        }
        return out;
    }

    /** {@code key: value} parts: the traits under the user's key for them, in order of first use. */
    private List<String> keyValues(TraitBag bag) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (Trait t : bag.all()) {
            String key = keyOf(t);
            String value = key == null ? null : value(t, key, bag);
            if (value == null) {
                parts.computeIfAbsent("\u0000" + parts.size(), k -> new ArrayList<>()).add(word(t, bag));
            } else {
                parts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        List<String> out = new ArrayList<>();
        parts.forEach((key, values) -> out.add(key.startsWith("\u0000") ? String.join(", ", values)
                : key + ": " + String.join(", ", values)));
        return out;
    }

    /** The user's key for this trait, or for another of its group or slot ("mood" for any expression). */
    private String keyOf(Trait t) {
        String concept = concept(t);
        String key = shape.keys().get(concept);
        if (key != null) {
            return key;
        }
        for (Map.Entry<String, String> e : shape.keys().entrySet()) {
            var d = reader.lexicon().table().find(e.getKey());
            if (d.isPresent() && (t.definition().group() != null && t.definition().group().equals(d.get().group())
                    || d.get().slot() == t.slot())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The value for a trait under a key: the user's, else its tag; one that reads back as the trait under it. */
    private String value(Trait t, String key, TraitBag bag) {
        List<String> candidates = new ArrayList<>(own(t));
        candidates.add(t.slot() == Slot.HAIR ? t.phrase() : TagRealizer.tag(t, bag));
        for (String v : candidates) {
            if (readsAs(key + ": " + v, t, bag)) {
                return v;
            }
        }
        return null;
    }

    /** The user's words for a trait that read back as it, else its tag. */
    private String word(Trait t, TraitBag bag) {
        for (String w : own(t)) {
            if (readsAs(w, t, bag)) {
                return w;
            }
        }
        return TagRealizer.tag(t, bag);
    }

    /** A hair adjective: the user's ("wavy" of their "wavy hair"), else the table's. */
    private String hairWord(Trait t, TraitBag bag) {
        for (String w : own(t)) {
            String adjective = w.endsWith(" hair") ? w.substring(0, w.length() - " hair".length()) : w;
            if (!adjective.contains(" ") && readsAs(adjective + " hair", t, bag)) {
                return adjective;
            }
        }
        return t.phrase();
    }

    private List<String> own(Trait t) {
        StyleProfile.TraitStyle s = by.get(concept(t));
        return s == null ? List.of() : s.words().stream().map(StyleProfile.Count::text)
                .filter(w -> !CaptionWords.isPronoun(w)).toList();
    }

    private static String concept(Trait t) {
        return t.slot() == Slot.AGE ? "age" : t.concept();
    }

    /** Whether the reader reads these words as exactly this trait (an age word: one that fits the age). */
    private boolean readsAs(String words, Trait t, TraitBag bag) {
        List<Mention> read = reader.read(words).stream().filter(m -> !reader.unmeasured(m)).toList();
        if (read.size() != 1 || read.get(0).negated()) {
            return false;
        }
        Mention m = read.get(0);
        if (t.slot() == Slot.AGE) {
            double years = bag.years();
            return m.concept().equals("age") && !Double.isNaN(years) && years >= m.low() - AGE_SLACK
                    && years <= m.high() + AGE_SLACK;
        }
        return m.concept().equals(t.concept());
    }
}
