package io.facescribe.describe.guard;

import io.facescribe.describe.trait.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a text (a caption, a question, a person's description of a face) into what it states about the face,
 * with the {@link Lexicon}'s words: hair adjectives next to "hair", the longest phrase of the lexicon at each
 * word (possessives in between skipped: "her eyes closed"), numbers and ranges as ages, "30s" as a decade.
 * Plurals are folded; "no glasses" / "without a hat" / "clean-shaven" read as negations, "she"/"he" as gender.
 * Thread-safe.
 */
public final class CaptionReader {

    private static final Set<String> NEGATORS = Set.of("no", "not", "without", "never", "nor", "neither", "lack",
            "lacking", "isnt", "doesnt", "dont", "arent", "wasnt", "none", "free");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", "and", "but", "with", "while", "who", "or");
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "the", "its", "a", "an");
    private static final Set<String> HAIR_LINKS = Set.of("is", "are", "that", "which", "look", "appear", "seem",
            "quite", "very", "styled", "worn");

    /** Parts of the face that people say something of after a verb: "her lips are thin". */
    private static final Set<String> FEATURES = Set.of("lip", "nose", "eye", "eyebrow", "brow", "face", "cheek",
            "cheekbone", "skin", "complexion", "chin", "jaw", "jawline", "forehead", "ear", "mouth", "beard");
    /** Words between such a part and what is said of it. */
    private static final Set<String> VERBS = Set.of("is", "are", "look", "appear", "seem", "was", "were");
    private static final Set<String> DEGREES = Set.of("quite", "very", "rather", "slightly", "somewhat", "fairly",
            "pretty", "a", "bit", "little", "extremely", "really", "also", "both", "relatively", "to", "be");
    private static final Set<String> DENIALS = Set.of("not", "isnt", "arent", "never", "nt");

    /** Words for a person or their skin that an ethnicity word may describe (besides the gender nouns). */
    private static final Set<String> PEOPLE = Set.of("person", "people", "child", "kid", "baby", "teen",
            "teenager", "adult", "individual", "skin", "skinned", "complexion", "descent", "origin");
    private static final Set<String> COPULAS = Set.of("is", "are", "look", "seem", "appear", "be", "was");

    private final Lexicon lexicon;

    public CaptionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The trait of the table a mention states, when it states one: empty for ages, umbrella words ("beard") and
     * words for what is never measured ("tattoo").
     */
    public java.util.Optional<io.facescribe.describe.trait.TraitDefinition> trait(Mention m) {
        return lexicon.table().find(m.concept());
    }

    /** Whether a mention is a word for something FaceScribe never measures ("tattoo", "curly hair"). */
    public boolean unmeasured(Mention m) {
        return m.concept().startsWith(Lexicon.UNMEASURED_PREFIX);
    }

    /** Whether a mention names the person with a noun ("woman", "young lady"), not a pronoun. */
    public boolean namesPerson(Mention m) {
        return trait(m).map(d -> d.slot() == Slot.GENDER).orElse(false) && !CaptionWords.isPronoun(m.text());
    }

    /**
     * One {@code key: value} item of a caption written as a list ("hair: long, brown" has the items hair/long and
     * hair/brown), with what it states.
     *
     * @param key      the key, lower case ("hair", "mood", "subject")
     * @param value    the value as written ("long")
     * @param mentions what the value states: read as "value key" ("long hair", "black hair", "smiling mood")
     *                 when that reads as something measured, else read alone
     */
    public record Keyed(String key, String value, List<Mention> mentions) {
        public Keyed {
            mentions = List.copyOf(mentions);
        }
    }

    /** A "key:" at the start of a part of a caption: a few words, a colon. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "^\\s*([\\p{L}][\\p{L} '-]{0,30}?)\\s*:\\s*(.*)$", java.util.regex.Pattern.DOTALL);
    /** Where the parts of a key-value caption end. */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[.;|\\n]+");

    /** Whether the text is written as {@code key: value} items (at least one part begins with "key:"). */
    public static boolean isKeyValue(String text) {
        for (String part : PARTS.split(text)) {
            if (KEY.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a {@code key: value} caption: for each part with a key, one item per comma-separated value;
     * a part without a key is one item with a null key. Empty when the text has no key.
     */
    public List<Keyed> readKeyed(String text) {
        if (!isKeyValue(text)) {
            return List.of();
        }
        List<Keyed> out = new ArrayList<>();
        for (String part : PARTS.split(text)) {
            java.util.regex.Matcher m = KEY.matcher(part);
            if (!m.matches()) {
                if (!part.isBlank()) {
                    out.add(new Keyed(null, part.strip(), readPlain(part)));
                }
                continue;
            }
            String key = m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
            for (String value : m.group(2).split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                List<Mention> keyed = readPlain(value + " " + key);
                boolean measured = keyed.stream().anyMatch(x -> !unmeasured(x));
                out.add(new Keyed(key, value.strip(), measured ? keyed : readPlain(value)));
            }
        }
        return out;
    }

    /**
     * Everything the text says about the face, in order of appearance (hair words first); a caption written as
     * {@code key: value} items is read item by item ({@link #readKeyed}).
     */
    public List<Mention> read(String text) {
        List<Keyed> keyed = readKeyed(text);
        if (!keyed.isEmpty()) {
            return keyed.stream().flatMap(k -> k.mentions().stream()).toList();
        }
        return readPlain(text);
    }

    private List<Mention> readPlain(String text) {
        List<String> tok = CaptionWords.tokenize(text);
        boolean[] used = new boolean[tok.size()];
        List<Mention> out = new ArrayList<>();
        readHair(tok, used, out);
        readPredicates(tok, used, out);
        int i = 0;
        while (i < tok.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            int end = match(tok, used, i, out);
            if (end > i) {
                i = end;
                continue;
            }
            String t = tok.get(i);
            if (CaptionWords.isNumber(t) || (t.endsWith("s") && CaptionWords.isNumber(t.substring(0, t.length() - 1)))) {
                i = number(tok, used, i, out);
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * A tag list ("woman, white, gray hair"): each comma-separated tag read on its own, so that a tag's words
     * never join its neighbour's ("white, gray hair" is an ethnicity and a hair colour, not two hair colours).
     */
    public List<Mention> readTags(String tags) {
        List<Mention> out = new ArrayList<>();
        for (String tag : tags.split(",")) {
            out.addAll(read(tag));
        }
        return out;
    }

    /** "long wavy blond hair", "hair that is blond and wavy": the hair words around each "hair". */
    private void readHair(List<String> tok, boolean[] used, List<Mention> out) {
        int n = tok.size();
        for (int i = 0; i < n; i++) {
            if (!tok.get(i).equals("hair") && !tok.get(i).equals("haired")) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            for (int j = i - 1; j >= 0 && !used[j]; j--) {
                String t = tok.get(j);
                if (lexicon.hairWord(t) != null) {
                    words.add(j);
                } else if (!t.equals("and") && !t.equals(",")) {
                    break;
                }
            }
            int k = i + 1;
            while (k < n && HAIR_LINKS.contains(tok.get(k))) {
                k++;
            }
            if (k > i + 1) {
                for (; k < n && !used[k]; k++) {
                    String t = tok.get(k);
                    if (lexicon.hairWord(t) != null) {
                        words.add(k);
                    } else if (!t.equals("and") && !t.equals(",")) {
                        break;
                    }
                }
            }
            if (!words.isEmpty()) {
                used[i] = true;
                for (int w : words) {
                    used[w] = true;
                    out.add(new Mention(lexicon.hairWord(tok.get(w)), false, 0, 0, tok.get(w) + " hair"));
                }
            }
        }
    }

    /**
     * "Her lips are thin", "his nose looks rather big and pointy", "her eyes are not blue", "is his nose big?": a
     * part of the face, a verb (and degree words), then words the lexicon knows before that part ("thin lips"),
     * read as that phrase.
     */
    private void readPredicates(List<String> tok, boolean[] used, List<Mention> out) {
        int n = tok.size();
        for (int i = 0; i < n; i++) {
            if (used[i] || !FEATURES.contains(tok.get(i))) {
                continue;
            }
            int k = i + 1;
            boolean verb = false;
            boolean denied = false;
            while (k < n && !used[k] && (VERBS.contains(tok.get(k)) || DEGREES.contains(tok.get(k))
                    || DENIALS.contains(tok.get(k)))) {
                verb |= VERBS.contains(tok.get(k));
                denied |= DENIALS.contains(tok.get(k));
                k++;
            }
            // a question: "is his nose big?"
            verb |= i >= 2 && VERBS.contains(tok.get(i - 2)) && POSSESSIVES.contains(tok.get(i - 1));
            if (!verb) {
                continue;
            }
            boolean any = false;
            // a degree word may belong to the phrase ("her mouth is slightly open": "slightly open mouth")
            for (int j = i + 1; j < k; j++) {
                if (DEGREES.contains(tok.get(j)) && predicate(tok, used, j, i, denied, out) > j) {
                    any = true;
                    k = n;
                    break;
                }
            }
            while (k < n && !used[k]) {
                int end = predicate(tok, used, k, i, denied, out);
                if (end == k) {
                    break;
                }
                any = true;
                k = end;
                while (k < n && (tok.get(k).equals(",") || tok.get(k).equals("and") || DEGREES.contains(tok.get(k)))
                        && k + 1 < n && !FEATURES.contains(tok.get(k + 1)) && !POSSESSIVES.contains(tok.get(k + 1))) {
                    k++;
                }
            }
            if (any) {
                used[i] = true;
            }
        }
    }

    /** The longest known phrase "words part" whose words start at {@code k}; returns where they end. */
    private int predicate(List<String> tok, boolean[] used, int k, int part, boolean denied, List<Mention> out) {
        for (int m = Math.min(4, tok.size() - k); m >= 1; m--) {
            List<String> words = new ArrayList<>(tok.subList(k, k + m));
            if (words.contains(",") || words.contains(".")) {
                continue;
            }
            words.add(tok.get(part));
            for (Lexicon.Entry e : lexicon.startingWith(tok.get(k))) {
                if (e.tokens().equals(words)) {
                    for (int u = k; u < k + m; u++) {
                        used[u] = true;
                    }
                    String text = String.join(" ", tok.subList(part, k + m));
                    out.add(new Mention(e.concept(), e.negated() != denied, e.low(), e.high(), text));
                    return k + m;
                }
            }
        }
        return k;
    }

    private int match(List<String> tok, boolean[] used, int start, List<Mention> out) {
        for (Lexicon.Entry e : lexicon.startingWith(tok.get(start))) {
            List<String> words = e.tokens();
            int k = 1;
            int j = start + 1;
            List<String> skipped = new ArrayList<>();
            while (k < words.size() && j < tok.size() && !used[j]) {
                if (tok.get(j).equals(words.get(k))) {
                    k++;
                    j++;
                } else if (POSSESSIVES.contains(tok.get(j))) {
                    skipped.add(tok.get(j));
                    j++;
                } else {
                    break;
                }
            }
            if (k < words.size() || (isEthnicity(e) && !saidOfAPerson(tok, start, j))) {
                continue;
            }
            for (int u = start; u < j; u++) {
                used[u] = true;
            }
            String text = String.join(" ", tok.subList(start, j));
            boolean negated = e.negated() || (e.plain() && negatedBefore(tok, start));
            out.add(new Mention(e.concept(), negated, e.low(), e.high(), text));
            for (String s : skipped) {
                int before = out.size();
                matchWord(s, out);
                if (out.size() > before) {
                    Mention m = out.remove(out.size() - 1);
                    out.add(out.size() - 1, m);
                }
            }
            return j;
        }
        return start;
    }

    private boolean isEthnicity(Lexicon.Entry e) {
        return lexicon.table().find(e.concept()).map(d -> d.slot() == Slot.ETHNICITY).orElse(false);
    }

    /**
     * Whether an ethnicity word at [start, end) is said of the person: before a word for a person or for skin
     * ("a white man", "an Asian young woman", "black-skinned") or after a verb ("she is Asian"); "white teeth",
     * "black make-up" and "a white shirt" are colours.
     */
    private boolean saidOfAPerson(List<String> tok, int start, int end) {
        if (start > 0 && COPULAS.contains(tok.get(start - 1))) {
            return true;
        }
        for (int i = end; i < Math.min(tok.size(), end + 3); i++) {
            String t = tok.get(i);
            if (PEOPLE.contains(t) || lexicon.isPersonNoun(t)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(t) && !t.equals(",")) {
                return false;
            }
        }
        return end >= tok.size() || tok.get(end).equals(".") || tok.get(end).equals(",");
    }

    /** A skipped possessive that is a word of its own ("her": gender). */
    private void matchWord(String word, List<Mention> out) {
        for (Lexicon.Entry e : lexicon.startingWith(word)) {
            if (e.tokens().size() == 1) {
                out.add(new Mention(e.concept(), false, 0, 0, word));
                return;
            }
        }
    }

    private static boolean negatedBefore(List<String> tok, int start) {
        for (int j = start - 1; j >= 0 && j >= start - 4; j--) {
            String t = tok.get(j);
            if (NEGATORS.contains(t)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(t)) {
                return false;
            }
        }
        return false;
    }

    private static int number(List<String> tok, boolean[] used, int i, List<Mention> out) {
        String t = tok.get(i);
        if (!CaptionWords.isNumber(t)) { // "30s"
            int decade = Integer.parseInt(t.substring(0, t.length() - 1));
            used[i] = true;
            out.add(new Mention("age", false, decade, decade + 9, t));
            return i + 1;
        }
        int a = Integer.parseInt(t);
        int j = i + 1;
        if (j < tok.size() && (tok.get(j).equals("to") || tok.get(j).equals("and"))) {
            j++;
        }
        if (j < tok.size() && CaptionWords.isNumber(tok.get(j)) && Integer.parseInt(tok.get(j)) > a) {
            int b = Integer.parseInt(tok.get(j));
            for (int u = i; u <= j; u++) {
                used[u] = true;
            }
            out.add(new Mention("age", false, a, b, a + " to " + b));
            return j + 1;
        }
        used[i] = true;
        out.add(new Mention("age", false, a, a, t));
        return i + 1;
    }
}
