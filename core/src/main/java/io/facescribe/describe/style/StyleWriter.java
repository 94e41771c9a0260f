package io.facescribe.describe.style;

import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.realize.Realizer;
import io.facescribe.describe.realize.TagRealizer;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitDefinition;

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
    private final StyleProfile.Form form;
    private final CaptionReader reader;
    private final Realizer sentences;
    private final Map<String, StyleProfile.TraitStyle> by;
    /** Tags asked for in another form than the user's, in these words (null: the user's own form). */
    private final CaptionFormat.TagStyle tags;

    /**
     * @param sentences writes sentences when the user writes sentences, and names the captions
     */
    public StyleWriter(StyleProfile style, CaptionReader reader, Realizer sentences) {
        this(style, reader, sentences, null);
    }

    /**
     * @param tags when not null, tags are asked for whatever form the user writes in ({@code --as tags}): the
     *             user's words, order, choice of traits and case, as a tag list in this tag style
     */
    public StyleWriter(StyleProfile style, CaptionReader reader, Realizer sentences, CaptionFormat.TagStyle tags) {
        this.style = style;
        this.shape = style.shapeOrSentences();
        this.form = tags != null ? StyleProfile.Form.TAGS : shape.form();
        this.tags = tags;
        this.reader = reader;
        this.sentences = sentences;
        this.by = style.byConcept();
    }

    /** The form the captions are written in: the user's, or tags when tags were asked for. */
    public StyleProfile.Form form() {
        return form;
    }

    /**
     * The realizer's name when it writes the sentences; "style:tags", "style:fragments" or "style:key-value"
     * when this writer writes the user's list form itself.
     */
    @Override
    public String name() {
        return form == StyleProfile.Form.SENTENCES ? sentences.name()
                : "style:" + form.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        String text = switch (form) {
            case SENTENCES -> separated(openedBy(addressed(sentences(bag, seed)), seed));
            case TAGS -> String.join(", ", bag.all().stream().map(t -> tag(word(t, bag))).toList());
            case FRAGMENTS -> String.join(shape.separator(), capitalised(fragments(bag)));
            case KEY_VALUE -> String.join(shape.separator(), capitalised(keyValues(bag)));
        };
        return finish(text);
    }

    /**
     * Sentences from the realizer, in the user's words; the traits the user says mostly in a clause of their own
     * ("his mouth is closed, and his teeth are visible") said in their clause after the realizer's sentences.
     */
    private String sentences(TraitBag bag, long seed) {
        List<String> clauses = new ArrayList<>();
        List<Trait> rest = new ArrayList<>();
        String pos = bag.all().stream().filter(t -> t.slot() == Slot.GENDER).findFirst()
                .map(t -> t.concept().endsWith("female") ? "her" : t.concept().endsWith(".male") ? "his" : "their")
                .orElse("their");
        for (Trait t : bag.f2()) {
            String c = clause(t, pos);
            if (c == null) {
                rest.add(t);
            } else {
                clauses.add(c);
            }
        }
        TraitBag said = worded(new TraitBag(bag.f1(), rest));
        String text = said.isEmpty() ? "" : sentences.realize(said, seed).strip();
        if (clauses.isEmpty()) {
            return text;
        }
        String joined = clauses.size() == 1 ? clauses.get(0)
                : String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
        String sentence = Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
        return text.isEmpty() ? sentence : text + (text.endsWith(".") ? " " : ". ") + sentence;
    }

    /**
     * The user's clause for a trait ("{pos} mouth is closed" → "his mouth is closed") when they say it in a clause
     * more often than in any other frame and the reader reads it back as exactly the trait; else null.
     */
    private String clause(Trait t, String pos) {
        StyleProfile.TraitStyle s = by.get(concept(t));
        if (s == null || s.phrases().isEmpty()) {
            return null;
        }
        Map<String, Integer> frames = new LinkedHashMap<>();
        s.phrases().forEach(p -> frames.merge(p.frame(), p.count(), Integer::sum));
        int clause = frames.getOrDefault("CLAUSE", 0);
        if (clause == 0 || frames.values().stream().anyMatch(k -> k > clause)) {
            return null;
        }
        for (StyleProfile.Phrase p : s.phrases()) {
            String text = p.text().startsWith("{pos} ") || p.text().startsWith("the ") ? p.text() : "{pos} " + p.text();
            text = text.replace("{pos}", pos);
            List<Mention> read = reader.read(text).stream().filter(m -> !reader.unmeasured(m))
                    .filter(m -> reader.trait(m).map(d -> d.slot() != Slot.GENDER).orElse(true)).toList();
            if (p.frame().equals("CLAUSE") && read.size() == 1 && !read.get(0).negated()
                    && read.get(0).concept().equals(t.concept()) && bare(text)) {
                return text;
            }
        }
        return null;
    }

    /** The user's bare noun with the article the trait table's phrases have ("moustache" → "a moustache"). */
    private static String articled(String phrase, TraitDefinition d) {
        boolean article = d.phrases().stream().anyMatch(x -> x.startsWith("a ") || x.startsWith("an "));
        if (!article || phrase.matches("(?:a|an|the|\\{pos\\}) .*") || phrase.endsWith("s")) {
            return phrase;
        }
        return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
    }

    /** Whether every word of a phrase is read as its trait or claims nothing ({@link PhraseWords}). */
    private boolean bare(String phrase) {
        return PhraseWords.bare(reader, phrase);
    }

    private String tag(String words) {
        return tags == CaptionFormat.TagStyle.UNDERSCORES ? words.replace(' ', '_') : words;
    }

    /** Sentences joined as the user joins them ("she is young; her hair is long"), when not by full stops. */
    private String separated(String text) {
        String sep = shape.separator();
        if (sep.equals(". ")) {
            return text;
        }
        String[] parts = SENTENCE_END.split(text.strip(), 0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i > 0) {
                sb.append(sep);
                p = p.startsWith("I ") ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
            }
            sb.append(i < parts.length - 1 && p.endsWith(".") ? p.substring(0, p.length() - 1) : p);
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    /** Third-person sentences and how they read when spoken to the person. */
    private static final List<String[]> SECOND = List.of(
            new String[] {"\\b(?:She|He|They) is\\b|\\b(?:They) are\\b", "You are"},
            new String[] {"\\b(?:she|he) is\\b|\\bthey are\\b", "you are"},
            new String[] {"\\b(?:She|He) has\\b|\\bThey have\\b", "You have"},
            new String[] {"\\b(?:she|he) has\\b|\\bthey have\\b", "you have"},
            new String[] {"\\b(?:She|He) (look|seem|appear|wear|smile)s\\b|\\bThey (look|seem|appear|wear|smile)\\b",
                    "You $1$2"},
            new String[] {"\\b(?:she|he) (look|seem|appear|wear|smile)s\\b|\\bthey (look|seem|appear|wear|smile)\\b",
                    "you $1$2"},
            new String[] {"\\band is\\b", "and are"},
            new String[] {"\\band has\\b", "and have"},
            new String[] {"\\band (look|seem|appear|wear)s\\b", "and $1"},
            new String[] {"\\b(?:Her|His|Their)\\b", "Your"},
            new String[] {"\\b(?:her|his|their)\\b", "your"});

    /**
     * The caption spoken to the person when the user speaks to them: "A young woman with long hair. She is
     * smiling." becomes "You are a young woman with long hair. You are smiling." Only pronouns and the lead-in
     * change: what is said of the face stays word for word.
     */
    private String addressed(String text) {
        if (!shape.secondPerson()) {
            return text;
        }
        String s = text;
        java.util.regex.Matcher m = DETERMINER.matcher(s);
        if (m.find()) {
            String rest = s.substring(m.start(1));
            String lead = s.substring(0, m.start(1)).strip();
            String last = lead.substring(lead.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            String article = last.equals("the") || last.equals("this") ? "the "
                    : "aeiouAEIOU".indexOf(rest.charAt(0)) >= 0 ? "an " : "a ";
            s = "You are " + article + rest;
        }
        for (String[] r : SECOND) {
            s = s.replaceAll(r[0], r[1]);
        }
        return s;
    }

    /**
     * The bag with the user's own phrases as the words of its traits said after "with"/"has" and "wearing" ("a
     * neatly trimmed mustache", "a pair of earrings"), those that the reader reads back as exactly that trait; the
     * same traits, so the guard checks the same claims.
     */
    private TraitBag worded(TraitBag bag) {
        return new TraitBag(bag.f1().stream().map(t -> worded(t, bag)).toList(),
                bag.f2().stream().map(t -> worded(t, bag)).toList());
    }

    private Trait worded(Trait t, TraitBag bag) {
        StyleProfile.TraitStyle s = by.get(concept(t));
        Slot slot = t.slot();
        if (s == null || (slot != Slot.WITH && slot != Slot.WEARING && slot != Slot.EXPRESSION)) {
            return t;
        }
        java.util.Set<String> frames = slot == Slot.WEARING ? java.util.Set.of("WEARING") : java.util.Set.of("WITH", "HAS");
        List<String> own = s.phrases().stream().filter(p -> frames.contains(p.frame()))
                .map(StyleProfile.Phrase::text).filter(p -> readsAs(p.replace("{pos}", "her"), t, bag))
                .filter(p -> bare(p.replace("{pos}", "her"))).map(p -> articled(p, t.definition())).distinct().toList();
        if (own.isEmpty()) {
            return t;
        }
        TraitDefinition d = t.definition();
        boolean expression = slot == Slot.EXPRESSION;
        TraitDefinition mine = new TraitDefinition(d.concept(), d.source(), d.category(), d.slot(), d.rank(),
                expression ? d.phrases() : own, expression ? own : d.nouns(), d.synonyms(), d.negations(), d.group(),
                d.priority(), d.excludes(), d.sensitive(), d.onlyGender(), d.ordinary(), d.reader(), d.claimThreshold());
        return new Trait(t.concept(), t.phrase(), t.source(), t.confidence(), t.age(), t.secondary(), mine);
    }

    /** Mixed into the seed of the opener draw. */
    private static final long OPENER_SALT = 0x0BE7E5L;
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s,.]+");
    /** A realizer's own lead-in before the person ("The close-up shows", "Here is"). */
    private static final java.util.regex.Pattern INTRO = java.util.regex.Pattern.compile(
            "^(?:(?:The|A|This) (?:photo|picture|portrait|close-up|image|photograph) (?:shows|of|depicts)|This is|Here is"
                    + "|We see)\\s+(?=(?:A|An|The|This|a|an|the|this)\\s)");
    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile(
            "^(?:(?:(?:The|A|This) (?:photo|picture|portrait|close-up|image|photograph) (?:shows|of|depicts)|This is|Here is"
                    + "|We see)\\s+)?(?:A|An|The|This|a|an|the|this)\\s+(\\S)");

    /**
     * The sentence led in as the user leads in ("The photograph shows a young woman ..."), as often as they do,
     * when it opens with a determiner and the person.
     */
    private String openedBy(String text, long seed) {
        int total = style.examples().isEmpty() ? 0 : shape.words().size();
        int with = shape.openers().stream().mapToInt(StyleProfile.Count::count).sum();
        java.util.regex.Matcher m = DETERMINER.matcher(text);
        if (total == 0 || !m.find() || reader.read(WORD_BREAK.split(text.substring(m.start(1)), 0)[0]).isEmpty()) {
            return text;
        }
        java.util.Random r = new java.util.Random(seed ^ OPENER_SALT);
        if (with == 0 || r.nextDouble() >= with / (double) total) {
            // the user does not lead in here: nor does the caption ("Here is a young woman" → "A young woman")
            java.util.regex.Matcher intro = INTRO.matcher(text);
            if (intro.find()) {
                String rest = text.substring(intro.end());
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
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

    /** The user's case and final punctuation (none after tags). */
    private String finish(String text) {
        String s = text.strip();
        if (shape.uppercase() > 0.5) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (shape.lowercase() > 0.5) {
            s = s.toLowerCase(Locale.ROOT);
        }
        boolean stop = style.punctuation().fullStop() > 0.5 && form != StyleProfile.Form.TAGS;
        if (stop && !s.endsWith(".") && !s.endsWith("!") && !s.endsWith("?")) {
            s += ".";
        } else if (!stop && s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private List<String> capitalised(List<String> parts) {
        if (shape.lowercase() > 0.5 || shape.uppercase() > 0.5) {
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
