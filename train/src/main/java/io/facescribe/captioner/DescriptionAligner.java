package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.PhrasePosition;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

/**
 * Reads a person's description of a face with the caption reader and lines each trait it states up with the
 * words that state it: the shortest run of words the reader reads the trait from, the frame it is said in
 * (before the noun, after "with", "has", "is wearing", "is", or a clause of its own) and its place in the
 * description. No labelling by hand: what counts as a trait is what the reader reads. Thread-safe.
 */
public final class DescriptionAligner {

    /** A trait stated in a description, with the words that state it. */
    public record Item(String concept, PhrasePosition frame, String phrase, double position) {
    }

    /** An age word before the noun and the years the reader allows for it. */
    public record AgeWord(String text, int low, int high) {
    }

    /**
     * What one description says, lined up with its words.
     *
     * @param stated   concepts stated (not denied), {@code age} for an age; in order
     * @param mentions everything the reader read (for the text-side trait bags)
     * @param items    stated traits with their frame and words (phrase null when no usable words were found)
     * @param hair     hair words: concept and the adjective before "hair"
     * @param hairFrame the frame of the hair phrase, or null
     * @param ages     age words said before the noun
     * @param noun     the noun of the opening phrase ("woman", "man", ...), or null
     * @param gender   the gender of that noun, or null
     * @param opening  "a", "this" or "the" when the description starts so, else null
     */
    public record Alignment(Set<String> stated, List<Mention> mentions, List<Item> items, List<Item> hair,
                            PhrasePosition hairFrame, List<AgeWord> ages, String noun, String gender, String opening) {
    }

    private static final Set<String> NOUNS = Set.of("man", "woman", "lady", "guy", "gentleman", "girl", "boy",
            "male", "female", "fellow", "gal");
    private static final Set<String> ARTICLES = Set.of("a", "an", "some", "her", "his", "their");
    private static final Set<String> CLAUSE_LEADS = Set.of("her", "his", "their", "the", "both", "and", "upper",
            "lower", "front", "top", "bottom");
    /** Nouns a phrase may be completed with when the reader's words stop before them ("a plump | face"). */
    private static final Set<String> HEADS = Set.of("face", "head", "look", "expression", "smile", "grin", "eyes",
            "lips", "nose", "eyebrows", "brows", "cheeks", "cheekbones", "chin", "beard", "skin", "mouth", "teeth",
            "features", "complexion");
    /** Words a learned phrase may hold besides its trait's own: they say nothing of the face. */
    private static final Set<String> NEUTRAL = Set.of("a", "an", "the", "some", "{pos}", "is", "are", "looks",
            "look", "seems", "seem", "appears", "appear", "to", "be", "very", "quite", "rather", "slightly",
            "somewhat", "fairly", "relatively", "little", "bit", "also", "pair", "of", "and", "both", "set",
            "noticeable", "visible", "showing", "coloured", "colored");
    /** Words after which a phrase may start without an article of its own. */
    private static final Set<String> BARE_BEFORE = Set.of("with", "has", "have", "had", "got", "having", "wearing",
            "wears", "wear", "wore", "and", "a", "an", "some", "her", "his", "their");
    private static final Set<String> IS_VERBS = Set.of("is", "looks", "seems", "appears");
    private static final Set<String> VERBS = Set.of("is", "are", "appear", "appears", "seem", "seems", "look",
            "looks");

    private final CaptionGuard guard;
    private final TraitTable table;

    public DescriptionAligner(CaptionGuard guard) {
        this.guard = guard;
        this.table = guard.table();
    }

    private record Word(String surface, String lower, boolean breakAfter) {
    }

    public Alignment align(String text) {
        List<List<Word>> sentences = sentences(text);
        int total = sentences.stream().mapToInt(List::size).sum();
        Set<String> stated = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Item> hair = new ArrayList<>();
        List<AgeWord> ages = new ArrayList<>();
        PhrasePosition hairFrame = null;
        String noun = null;
        String gender = null;
        String opening = null;
        int offset = 0;
        for (int k = 0; k < sentences.size(); k++) {
            List<Word> w = sentences.get(k);
            if (w.isEmpty()) {
                continue;
            }
            if (k == 0) {
                String first = w.get(0).lower();
                opening = first.equals("an") ? "a" : Set.of("a", "this", "the").contains(first) ? first : null;
            }
            List<Mention> read = guard.read(join(w, 0, w.size()));
            mentions.addAll(read);
            int nounAt = -1;
            if (k == 0) {
                for (int i = 0; i < w.size(); i++) {
                    if (NOUNS.contains(w.get(i).lower())) {
                        Optional<TraitDefinition> d = genderOf(w.get(i).lower());
                        if (d.isPresent()) {
                            nounAt = i;
                            noun = w.get(i).lower();
                            gender = d.get().concept().substring("gender.".length());
                        }
                        break;
                    }
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Mention m : read) {
                if (m.negated()) {
                    continue;
                }
                boolean age = m.concept().equals("age");
                Optional<TraitDefinition> d = table.find(m.concept());
                if (!age && d.isEmpty()) {
                    continue;
                }
                String key = age ? "age" : m.concept();
                stated.add(key);
                if (d.isPresent() && d.get().slot() == Slot.GENDER) {
                    continue;
                }
                if (!seen.add(key + m.low() + "-" + m.high())) {
                    continue;
                }
                int[] span = span(w, m);
                if (span == null) {
                    items.add(new Item(key, null, null, (offset + w.size() / 2.0) / total));
                    continue;
                }
                double position = (offset + span[0]) / (double) total;
                PhrasePosition frame = frame(w, span, k, nounAt);
                if (age) {
                    if (frame == PhrasePosition.PRE) {
                        ages.add(new AgeWord(join(w, span[0], span[1]).toLowerCase(Locale.ROOT), m.low(), m.high()));
                    }
                    items.add(new Item(key, frame, null, position));
                } else if (d.get().slot() == Slot.HAIR) {
                    String adjective = hairWord(w, span, m.concept());
                    hair.add(new Item(key, frame, adjective, position));
                    if (hairFrame == null) {
                        hairFrame = frame;
                    }
                } else {
                    PhrasePosition f = frame != null && allowed(d.get().slot(), frame) ? frame : null;
                    items.add(new Item(key, f, f == null ? null : phrase(w, span, f, m.concept()), position));
                }
            }
            offset += w.size();
        }
        return new Alignment(stated, mentions, items, hair, hairFrame, ages, noun, gender, opening);
    }

    /** The frames a trait of this slot can be said in (a hat is worn, not "is"; an ethnicity goes before the noun). */
    static boolean allowed(Slot slot, PhrasePosition frame) {
        return switch (slot) {
            case ADJECTIVE -> frame == PhrasePosition.PRE || frame == PhrasePosition.IS || frame == PhrasePosition.WITH || frame == PhrasePosition.HAS;
            case EXPRESSION -> frame != PhrasePosition.WEARING;
            case WEARING -> frame == PhrasePosition.WEARING || frame == PhrasePosition.WITH;
            case WITH -> frame == PhrasePosition.WITH || frame == PhrasePosition.HAS || frame == PhrasePosition.CLAUSE;
            case STATE -> frame == PhrasePosition.WITH || frame == PhrasePosition.HAS || frame == PhrasePosition.CLAUSE || frame == PhrasePosition.IS;
            case ETHNICITY -> frame == PhrasePosition.PRE;
            default -> false;
        };
    }

    private Optional<TraitDefinition> genderOf(String word) {
        for (Mention m : guard.read(word)) {
            Optional<TraitDefinition> d = table.find(m.concept());
            if (d.isPresent() && d.get().slot() == Slot.GENDER && !m.negated()) {
                return d;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- words

    private static List<List<Word>> sentences(String text) {
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String s = raw;
            while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(0))) {
                s = s.substring(1);
            }
            int end = s.length();
            while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
                end--;
            }
            String tail = s.substring(end);
            s = s.substring(0, end);
            if (!s.isEmpty()) {
                cur.add(new Word(s, s.toLowerCase(Locale.ROOT), tail.contains(",") || tail.contains(";")));
            }
            if (tail.contains(".") || tail.contains("!") || tail.contains("?")) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                }
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static String join(List<Word> w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.get(i).surface());
            if (w.get(i).breakAfter() && i < to - 1) {
                sb.append(',');
            }
        }
        return sb.toString();
    }

    private boolean reads(List<Word> w, int from, int to, Mention m) {
        for (Mention r : guard.read(join(w, from, to))) {
            if (r.concept().equals(m.concept()) && !r.negated() && r.low() == m.low() && r.high() == m.high()) {
                return true;
            }
        }
        return false;
    }

    /** The shortest run of words [from, to) the reader reads this mention from, or null. */
    private int[] span(List<Word> w, Mention m) {
        int to = -1;
        for (int j = 1; j <= w.size(); j++) {
            if (reads(w, 0, j, m)) {
                to = j;
                break;
            }
        }
        if (to < 0) {
            return null;
        }
        for (int i = to - 1; i >= 0; i--) {
            if (reads(w, i, to, m)) {
                return new int[] {i, to};
            }
        }
        return null;
    }

    /** Where the words are said: a clause of their own, before the noun, or after the nearest frame word. */
    private static PhrasePosition frame(List<Word> w, int[] span, int sentence, int nounAt) {
        boolean verb = false;
        for (int i = span[0]; i < span[1]; i++) {
            verb |= VERBS.contains(w.get(i).lower());
        }
        if (verb) {
            return PhrasePosition.CLAUSE;
        }
        if (sentence == 0 && nounAt >= 0 && span[1] <= nounAt) {
            return PhrasePosition.PRE;
        }
        for (int i = span[0] - 1; i >= 0; i--) {
            java.util.Optional<PhrasePosition> p = PhrasePosition.after(w.get(i).lower());
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    /** The words for the trait in that frame, her/his/their as {pos}, when they read back as exactly the trait. */
    private String phrase(List<Word> w, int[] span, PhrasePosition frame, String concept) {
        int end = span[1];
        while (frame != PhrasePosition.PRE && end < w.size() && end - span[1] < 2 && !boundary(w, end)
                && HEADS.contains(w.get(end).lower())) {
            end++;
        }
        if (frame != PhrasePosition.PRE && !boundary(w, end)) {
            return null;
        }
        if (end != span[1]) {
            span = new int[] {span[0], end};
        }
        List<int[]> tries = new ArrayList<>();
        switch (frame) {
            case CLAUSE -> {
                int from = span[0];
                while (from > 0 && CLAUSE_LEADS.contains(w.get(from - 1).lower()) && !w.get(from - 1).breakAfter()) {
                    from--;
                }
                while (from < span[0] && w.get(from).lower().equals("and")) {
                    from++;
                }
                tries.add(new int[] {from, span[1]});
            }
            case WITH, HAS, WEARING -> {
                for (int back = 1; back <= 3 && span[0] - back >= 0; back++) {
                    Word b = w.get(span[0] - back);
                    if (b.breakAfter() || b.lower().equals("and") || b.lower().equals("with")) {
                        break;
                    }
                    if (ARTICLES.contains(b.lower())) {
                        tries.add(new int[] {span[0] - back, span[1]});
                        break;
                    }
                }
                // a bare noun only where no word was left out before it ("wearing a red | hat": not "hat")
                Word before = span[0] == 0 ? null : w.get(span[0] - 1);
                if (before == null || before.breakAfter() || BARE_BEFORE.contains(before.lower())) {
                    tries.add(span);
                }
            }
            case IS -> {
                for (int back = 1; back <= 4 && span[0] - back >= 0; back++) {
                    String b = w.get(span[0] - back).lower();
                    if (IS_VERBS.contains(b)) {
                        tries.add(new int[] {span[0] - back, span[1]});
                        break;
                    }
                }
            }
            default -> tries.add(span);
        }
        for (int[] t : tries) {
            String text = pos(join(w, t[0], t[1]).toLowerCase(Locale.ROOT));
            if (text.contains(",") || (frame == PhrasePosition.CLAUSE && text.split(" ").length < 3)) {
                continue;
            }
            if (readsExactly(text.replace("{pos}", "their"), concept) && licensed(text, concept)) {
                return text;
            }
        }
        return null;
    }

    /** Whether a phrase may end before word {@code at}: the end of the sentence, a comma, "and", "with". */
    private static boolean boundary(List<Word> w, int at) {
        if (at >= w.size() || w.get(at - 1).breakAfter()) {
            return true;
        }
        String next = w.get(at).lower();
        return Set.of("and", "with", "but", "while", "as", "which", "that", "on", "in", "under", "around", "over",
                "who", "to").contains(next);
    }

    /** The adjective before "hair" for a hair trait (one of several in a row), when it reads back as exactly the trait. */
    private String hairWord(List<Word> w, int[] span, String concept) {
        int hairAt = -1;
        for (int i = span[0]; i < span[1]; i++) {
            if (w.get(i).lower().equals("hair")) {
                hairAt = i;
            }
        }
        if (hairAt < 0 && span[1] < w.size() && w.get(span[1]).lower().equals("hair")) {
            hairAt = span[1]; // "blonde" is read on its own; "hair" follows
        }
        if (hairAt <= span[0]) {
            return null;
        }
        // "long, straight, blond hair": the word for this trait among the adjectives before "hair"
        for (int i = hairAt - 1; i >= span[0]; i--) {
            String word = w.get(i).lower();
            if (word.matches("[a-z]+") && readsExactly(word + " hair", concept)) {
                return word;
            }
        }
        return null;
    }

    /**
     * Whether every word of a phrase is a word of the trait's own table entry or a word that says nothing of
     * the face ("a", "{pos}", "is", "very"): "a red cap" reads as a hat but says its colour, which nothing
     * measures, so it is not learned.
     */
    private boolean licensed(String text, String concept) {
        Set<String> own = table.find(concept).map(d -> words(String.join(" ", d.surfaceForms())))
                .orElse(Set.of());
        for (String word : words(text)) {
            if (!own.contains(word) && !NEUTRAL.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z0-9'{}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private boolean readsExactly(String text, String concept) {
        List<Mention> read = guard.read(text);
        return read.size() == 1 && read.get(0).concept().equals(concept) && !read.get(0).negated();
    }

    private static String pos(String text) {
        return (" " + text + " ").replace(" her ", " {pos} ").replace(" his ", " {pos} ")
                .replace(" their ", " {pos} ").strip();
    }
}
