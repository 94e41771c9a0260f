package io.facescribe.describe.guard;

import io.facescribe.describe.trait.Slot;

import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every word a caption may use about a face, and what it means: built from the {@link TraitTable} (each
 * definition's phrases, nouns, synonyms and negations), plus age words, umbrella words ("beard", "make-up")
 * and words for things no analysis measures (clothes, freckles, curly hair ...). Hair adjectives
 * are kept apart: they mean a trait only next to "hair". Immutable and thread-safe.
 */
public final class Lexicon {

    /** How the concept of a word for something never measured begins ({@code unmeasured:tattoo}). */
    static final String UNMEASURED_PREFIX = "unmeasured:";

    /**
     * One phrase of the lexicon.
     *
     * @param tokens   its words as {@link CaptionWords#tokenize} cuts them (articles in front dropped)
     * @param concept  a concept of the table, {@code age}, {@code umbrella:<word>} or {@code unmeasured:<word>}
     * @param negated  the phrase says the trait is absent ("no glasses")
     * @param low      for an age word: the youngest age it allows
     * @param high     for an age word: the oldest
     * @param plain    a negator just before it ("not", "without") denies it
     */
    public record Entry(List<String> tokens, String concept, boolean negated, int low, int high, boolean plain) {
        public Entry {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * An umbrella word: said of any of several traits; a negated umbrella is a trait of its own.
     *
     * @param concept        {@code umbrella:<word>}
     * @param words          how a caption says it
     * @param satisfiedBy    the traits it may stand for
     * @param negatedConcept the trait its negation states ("no beard"), or null
     */
    public record Umbrella(String concept, List<String> words, Set<String> satisfiedBy, String negatedConcept) {
    }

    /** An age word and the years it allows (lenient: "adult" is anything from 18). */
    private record AgeWord(String words, int low, int high) {
    }

    private static final List<AgeWord> AGE_WORDS = List.of(
            new AgeWord("baby", 0, 2), new AgeWord("infant", 0, 2), new AgeWord("newborn", 0, 1),
            new AgeWord("toddler", 1, 4), new AgeWord("preschooler", 3, 6), new AgeWord("preschool age", 3, 6),
            new AgeWord("school age", 5, 13), new AgeWord("child", 0, 13), new AgeWord("kid", 0, 13),
            new AgeWord("little girl", 0, 12), new AgeWord("little boy", 0, 12), new AgeWord("teenager", 12, 20),
            new AgeWord("teenage", 12, 20), new AgeWord("teen", 12, 20), new AgeWord("adolescent", 12, 19),
            new AgeWord("young adult", 18, 32), new AgeWord("young", 0, 35), new AgeWord("youthful", 0, 40),
            new AgeWord("adult", 18, 130), new AgeWord("middle aged", 38, 62), new AgeWord("senior", 58, 130),
            new AgeWord("elderly", 68, 130), new AgeWord("older", 50, 130), new AgeWord("twenties", 20, 29),
            new AgeWord("thirties", 30, 39), new AgeWord("forties", 40, 49), new AgeWord("fifties", 50, 59),
            new AgeWord("sixties", 60, 69), new AgeWord("seventies", 70, 79), new AgeWord("eighties", 80, 89));

    private static final List<Umbrella> UMBRELLAS = List.of(
            new Umbrella("umbrella:beard", List.of("facial hair"),
                    Set.of("beard", "goatee", "mustache", "5_o_clock_shadow", "sideburns"), "no_beard"),
            new Umbrella("umbrella:make-up", List.of("make up", "makeup", "made up", "cosmetics"),
                    Set.of("heavy_makeup", "wearing_lipstick"), null));

    /** Hair words that no analysis measures; they are reported when a caption uses them before "hair". */
    private static final Map<String, String> UNMEASURED_HAIR = Map.ofEntries(
            Map.entry("long", "hair length"), Map.entry("short", "hair length"), Map.entry("medium", "hair length"),
            Map.entry("cropped", "hair length"), Map.entry("curly", "curly hair"), Map.entry("red", "hair colour"),
            Map.entry("auburn", "hair colour"), Map.entry("ginger", "hair colour"), Map.entry("dark", "hair colour"),
            Map.entry("light", "hair colour"), Map.entry("messy", "hair style"), Map.entry("slicked", "hair style"),
            Map.entry("thick", "hair style"), Map.entry("thin", "hair style"), Map.entry("shiny", "hair style"));

    /** Things no analysis measures. */
    private static final List<String> UNMEASURED = List.of("hazel eyes", "freckles", "freckled", "tattoo", "tattoos", "wrinkles", "wrinkled",
            "dimples", "piercing", "shirt", "t shirt", "jacket", "suit", "dress", "blouse", "sweater", "uniform",
            "background", "scar", "mole", "ponytail", "braid", "braids", "curly", "hood", "scarf", "helmet", "microphone", "flag");

    private final TraitTable table;
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Map<String, String> hairWords = new HashMap<>();
    private final java.util.Set<String> personNouns = new java.util.HashSet<>();
    private final Map<String, Umbrella> umbrellas = new HashMap<>();

    public Lexicon(TraitTable table) {
        this.table = table;
        for (TraitDefinition d : table.definitions()) {
            switch (d.slot()) {
                case AGE -> { }
                case HAIR -> {
                    for (String w : concat(d.phrases(), d.synonyms())) {
                        List<String> t = CaptionWords.tokenize(w);
                        if (t.size() == 1) {
                            hairWords.put(t.get(0), d.concept());
                        } else {
                            add(w + " hair", d.concept(), false, true);
                        }
                    }
                    for (String w : d.nouns()) {
                        add(w, d.concept(), false, true);
                        List<String> t = CaptionWords.tokenize(w);
                        if (t.size() == 1) { // "long blonde hair": a noun before "hair" is one of its words
                            hairWords.putIfAbsent(t.get(0), d.concept());
                        }
                    }
                }
                default -> {
                    if (d.slot() == Slot.GENDER) {
                        for (String w : d.surfaceForms()) {
                            List<String> t = CaptionWords.tokenize(w);
                            personNouns.add(t.get(t.size() - 1));
                        }
                    }
                    for (String w : d.surfaceForms()) {
                        add(w, d.concept(), false, d.slot() != Slot.GENDER);
                    }
                    for (String w : d.negations()) {
                        add(w, d.concept(), true, false);
                    }
                }
            }
        }
        UNMEASURED_HAIR.forEach((w, what) -> hairWords.putIfAbsent(CaptionWords.stem(w), UNMEASURED_PREFIX + what));
        for (AgeWord a : AGE_WORDS) {
            addEntry(new Entry(CaptionWords.tokenize(a.words()), "age", false, a.low(), a.high(), false));
        }
        for (Umbrella u : UMBRELLAS) {
            umbrellas.put(u.concept(), u);
            for (String w : u.words()) {
                add(w, u.concept(), false, true);
            }
        }
        for (String w : UNMEASURED) {
            add(w, UNMEASURED_PREFIX + w, false, false);
        }
        byFirstToken.replaceAll((k, l) -> {
            l.sort(Comparator.comparingInt((Entry e) -> -e.tokens().size()));
            return List.copyOf(l);
        });
    }

    public TraitTable table() {
        return table;
    }

    /** The entries whose first word is this token, longest first. */
    public List<Entry> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }

    /** What a hair adjective ("blond", "wavy", "long") means next to "hair": a concept, or null. */
    /** Whether a word is a gender's noun ("woman", "guy", "lady"). */
    public boolean isPersonNoun(String token) {
        return personNouns.contains(token);
    }

    public String hairWord(String token) {
        return hairWords.get(token);
    }

    /** The umbrella of this concept, when it is one. */
    public Optional<Umbrella> umbrella(String concept) {
        return Optional.ofNullable(umbrellas.get(concept));
    }

    private void add(String phrase, String concept, boolean negated, boolean plain) {
        List<String> t = new ArrayList<>(CaptionWords.tokenize(phrase.replace("{pos}", " ")));
        while (t.size() > 1 && (t.get(0).equals("a") || t.get(0).equals("an") || t.get(0).equals("the"))) {
            t.remove(0);
        }
        if (!t.isEmpty()) {
            addEntry(new Entry(t, concept, negated, 0, 0, plain));
        }
    }

    private void addEntry(Entry e) {
        byFirstToken.computeIfAbsent(e.tokens().get(0), k -> new ArrayList<>()).add(e);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
