package io.facescribe.describe.style;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.realize.PhrasePosition;
import io.facescribe.describe.guard.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns a {@link StyleProfile} from a person's own captions: keywords by TF-IDF against the
 * {@link StyleBackground} (as UAPT takes a user's context), and what the caption reader reads in them: which
 * traits they say, where, and in which words; how they open and name the person; length and punctuation.
 * Useful from about five captions. Thread-safe.
 */
public final class StyleLearner {

    /** Keywords kept in a profile. */
    static final int KEYWORDS = 30;
    /** Words kept per trait and person names kept. */
    static final int WORDS = 5;
    /** Captions kept as examples. */
    static final int EXAMPLES = 6;
    /** Phrases kept per trait. */
    static final int PHRASES = 12;
    private static final java.util.regex.Pattern SENTENCE_ENDS = java.util.regex.Pattern.compile("[.!?]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[.!?;/|]+");
    private static final java.util.regex.Pattern ITEMS = java.util.regex.Pattern.compile("[,.!?;/|]+");
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private final CaptionReader reader;
    private final StyleBackground background;

    public StyleLearner(CaptionReader reader, StyleBackground background) {
        this.reader = reader;
        this.background = background;
    }

    /** With the standard lexicon and the shipped background. */
    public static StyleLearner standard() {
        return new StyleLearner(CaptionGuard.standard().reader(), StyleBackground.shipped());
    }

    public StyleProfile learn(List<String> captions, Map<String, Object> provenance) {
        if (captions.isEmpty()) {
            throw new IllegalArgumentException("no captions to learn a style from (one caption per line, or JSONL "
                    + "with a \"caption\" field)");
        }
        int n = captions.size();
        Map<String, Integer> tf = new HashMap<>();
        int allWords = 0;
        double sentences = 0;
        double commas = 0;
        int stops = 0;
        int bangs = 0;
        Map<String, Integer> said = new HashMap<>();
        Map<String, Double> positionSum = new HashMap<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        Map<String, Integer> openings = new HashMap<>();
        Map<String, Integer> persons = new HashMap<>();
        Map<String, Map<String, Integer>> phrases = new HashMap<>();
        Map<StyleProfile.Form, Integer> forms = new java.util.EnumMap<>(StyleProfile.Form.class);
        Map<String, Map<String, Integer>> keys = new HashMap<>();
        List<Integer> wordCounts = new ArrayList<>();
        List<Integer> traitCounts = new ArrayList<>();
        int lower = 0;
        int upper = 0;
        int secondPerson = 0;
        Map<String, Long> separators = new HashMap<>();
        Map<String, Integer> openers = new HashMap<>();
        for (String caption : captions) {
            phrases(caption).forEach((c, ps) -> ps.forEach(x -> phrases.computeIfAbsent(c, k -> new HashMap<>())
                    .merge(x, 1, Integer::sum)));
            List<String> w = StyleBackground.words(caption);
            w.forEach(x -> tf.merge(x, 1, Integer::sum));
            allWords += w.size();
            sentences += java.util.Arrays.stream(SENTENCE_ENDS.split(caption, 0)).filter(s -> !s.isBlank()).count();
            commas += caption.chars().filter(c -> c == ',').count();
            String end = caption.strip();
            stops += end.endsWith(".") ? 1 : 0;
            bangs += end.endsWith("!") ? 1 : 0;
            if (!w.isEmpty()) {
                openings.merge(w.get(0).equals("an") ? "a" : w.get(0), 1, Integer::sum);
            }
            StyleProfile.Form form = formOf(caption);
            forms.merge(form, 1, Integer::sum);
            lower += caption.equals(caption.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            upper += caption.equals(caption.toUpperCase(java.util.Locale.ROOT))
                    && caption.chars().anyMatch(Character::isLetter) ? 1 : 0;
            secondPerson += w.stream().anyMatch(SECOND_PERSON::contains) ? 1 : 0;
            String inside = caption.strip().replaceAll("[.!?]+$", "");
            SEPARATORS.forEach((mark, sep) -> separators.merge(sep, inside.chars().filter(c -> c == mark).count(),
                    Long::sum));
            wordCounts.add(StyleFit.words(caption));
            Set<String> seen = new java.util.HashSet<>();
            boolean named = false;
            List<Said> items = said(caption, form);
            for (int i = 0; i < items.size(); i++) {
                Said x = items.get(i);
                Mention m = x.mention();
                if (m.negated() || reader.unmeasured(m)) {
                    continue;
                }
                String c = m.concept();
                if (!named && reader.namesPerson(m)) {
                    persons.merge(x.words(), 1, Integer::sum);
                    named = true;
                }
                words.computeIfAbsent(c, k -> new HashMap<>()).merge(x.words(), 1, Integer::sum);
                if (x.key() != null) {
                    keys.computeIfAbsent(c, k -> new HashMap<>()).merge(x.key(), 1, Integer::sum);
                }
                if (seen.add(c)) {
                    said.merge(c, 1, Integer::sum);
                    positionSum.merge(c, x.position(), Double::sum);
                }
            }
            traitCounts.add(seen.size());
            if (form == StyleProfile.Form.SENTENCES) {
                opener(caption, items).ifPresent(o -> openers.merge(o, 1, Integer::sum));
            }
        }
        List<StyleProfile.Keyword> keywords = new ArrayList<>();
        int docs = background.documents();
        for (var e : tf.entrySet()) {
            double idf = Math.log((docs + 1.0) / (background.wordDocuments(e.getKey()) + 1.0)) + 1;
            keywords.add(new StyleProfile.Keyword(e.getKey(), round(e.getValue() / (double) allWords * idf)));
        }
        keywords.sort(Comparator.comparingDouble(StyleProfile.Keyword::weight).reversed()
                .thenComparing(StyleProfile.Keyword::word));
        List<StyleProfile.TraitStyle> traits = new ArrayList<>();
        Set<String> concepts = new TreeSet<>(background.concepts().keySet());
        concepts.addAll(said.keySet());
        for (String c : concepts) {
            int k = said.getOrDefault(c, 0);
            double mine = (k + 0.5) / (n + 1.0);
            double theirs = (background.conceptDocuments(c) + 0.5) / (docs + 1.0);
            Double pos = k == 0 ? null : round(positionSum.get(c) / k);
            traits.add(new StyleProfile.TraitStyle(c, round(k / (double) n), round(mine / theirs), pos,
                    top(words.getOrDefault(c, Map.of()), WORDS), phraseList(phrases.getOrDefault(c, Map.of()))));
        }
        traits.sort(Comparator.comparing((StyleProfile.TraitStyle t) -> t.position() == null)
                .thenComparingDouble(t -> t.position() == null ? -t.lift() : t.position()));
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("captions", n);
        prov.put("background", background.provenance().getOrDefault("source", "custom") + ", "
                + background.documents() + " descriptions");
        return new StyleProfile(prov, keywords.subList(0, Math.min(KEYWORDS, keywords.size())),
                new StyleProfile.Length(round(allWords / (double) n), round(sentences / n)), traits,
                top(openings, WORDS), top(persons, WORDS),
                new StyleProfile.Punctuation(round(commas / n), round(stops / (double) n), round(bangs / (double) n)),
                captions.subList(0, Math.min(EXAMPLES, n)),
                new StyleProfile.Shape(forms.entrySet().stream().max(Map.Entry.<StyleProfile.Form, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey(),
                        round(lower / (double) n), separator(separators),
                        wordCounts.stream().sorted().toList(), traitCounts.stream().sorted().toList(),
                        keyOf(keys), round(n / (n + 5.0)), secondPerson * 2 > n ? List.of() : top(openers, OPENERS),
                        round(upper / (double) n), secondPerson * 2 > n));
    }

    /** Marks that end one part of a caption before the next, and the separator each is written as. */
    private static final Map<Character, String> SEPARATORS = Map.of('.', ". ", ';', "; ", '/', " / ", '|', " | ");
    /** Words of a writer who speaks to the person. */
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "youre");

    /** The separator the user ends parts with most often; ". " when they use none. */
    private static String separator(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().equals(". ")))
                .map(Map.Entry::getKey).orElse(". ");
    }

    private static Map<String, String> keyOf(Map<String, Map<String, Integer>> keys) {
        Map<String, String> out = new java.util.TreeMap<>();
        keys.forEach((c, k) -> out.put(c, top(k, 1).get(0).text()));
        return out;
    }

    /**
     * Something a caption says, as the user wrote it.
     *
     * @param mention  what the reader reads
     * @param words    the user's words for it ("grinning"; in a key-value list the value, "long" of "hair: long")
     * @param key      the key it is listed under in a key-value caption, or null
     * @param position where in the caption (0 first, 1 last)
     */
    record Said(Mention mention, String words, String key, double position) {
    }

    /** What a caption says, read as the guard reads a caption of its form (tags one by one, key-value items). */
    List<Said> said(String caption, StyleProfile.Form form) {
        List<Said> out = new ArrayList<>();
        if (form == StyleProfile.Form.KEY_VALUE) {
            List<CaptionReader.Keyed> items = reader.readKeyed(caption);
            for (int i = 0; i < items.size(); i++) {
                CaptionReader.Keyed k = items.get(i);
                for (Mention m : k.mentions()) {
                    out.add(new Said(m, k.key() == null ? surface(m.text(), caption)
                            : k.value().toLowerCase(java.util.Locale.ROOT), k.key(),
                            i / (double) Math.max(1, items.size())));
                }
            }
            return out;
        }
        String joined = String.join(" ", CaptionWords.tokenize(caption));
        List<Mention> mentions = form == StyleProfile.Form.TAGS ? reader.readTags(caption) : reader.read(caption);
        for (Mention m : mentions) {
            // at a word's start: "he" is not in "here", "his" not in "this"
            int at = (" " + joined + " ").indexOf(" " + m.text() + " ");
            out.add(new Said(m, surface(m.text(), caption), null,
                    at < 0 || joined.isEmpty() ? 0.5 : at / (double) joined.length()));
        }
        return out;
    }

    /** Articles dropped from the end of an opener ("the photograph shows a"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /**
     * Words an opener ends with: it shows, presents or introduces the face ("the photograph shows", "this is an image
     * of"); a lead ending in another word holds something the reader could not read ("an old").
     */
    private static final Set<String> OPENER_ENDS = Set.of("shows", "show", "depicts", "depict", "presents", "present",
            "is", "of", "see", "features", "feature", "captures", "capture", "portrays", "portray", "displays",
            "display", "contains", "here");
    /** Words an opener has at least and at most. */
    private static final int OPENER_MIN = 2;
    private static final int OPENER_MAX = 6;

    /**
     * The words a sentence caption leads in with before the first thing it says of the face, without a final
     * article ("The photograph shows a young woman" → "the photograph shows"), when they say nothing themselves.
     */
    private java.util.Optional<String> opener(String caption, List<Said> items) {
        if (items.isEmpty()) {
            return java.util.Optional.empty();
        }
        Said earliest = items.stream().min(Comparator.comparingDouble(Said::position)).orElseThrow();
        String first = SPACE.split(earliest.mention().text(), 0)[0];
        String[] words = SPACES.split(caption.strip(), 0);
        List<String> lead = new ArrayList<>();
        for (String w : words) {
            String t = w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (CaptionWords.tokenize(t).contains(first) || w.matches(".*[.,;:!?]$")) {
                break;
            }
            lead.add(t);
        }
        while (!lead.isEmpty() && ARTICLES.contains(lead.get(lead.size() - 1))) {
            lead.remove(lead.size() - 1);
        }
        if (lead.size() < OPENER_MIN || lead.size() > OPENER_MAX || lead.size() == words.length
                || !OPENER_ENDS.contains(lead.get(lead.size() - 1)) || lead.stream().anyMatch(SECOND_PERSON::contains)
                || !reader.read(String.join(" ", lead)).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", lead));
    }

    /** Words that tell a sentence from a list of fragments. */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "looks", "look",
            "appears", "seems", "wearing", "wears", "shows", "show", "depicts", "smiles", "sits", "stands");
    /** A part of this many words or more is a sentence even without a verb. */
    private static final int SENTENCE_WORDS = 8;
    /** A tag has at most this many words. */
    private static final int TAG_WORDS = 4;

    /**
     * The form of one caption: {@code key: value} items; else sentences when a part has a verb or is long; else
     * tags when it is one comma-separated list of short items; else fragments.
     */
    public static StyleProfile.Form formOf(String caption) {
        if (CaptionReader.isKeyValue(caption)) {
            return StyleProfile.Form.KEY_VALUE;
        }
        String lower = caption.toLowerCase(java.util.Locale.ROOT);
        List<String> parts = java.util.Arrays.stream(PARTS.split(lower, 0)).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        boolean verb = java.util.Arrays.stream(NON_LETTERS.split(lower, 0)).anyMatch(VERBS::contains);
        boolean longPart = parts.stream().anyMatch(x -> StyleFit.words(x) >= SENTENCE_WORDS);
        if (verb || longPart) {
            return StyleProfile.Form.SENTENCES;
        }
        List<String> items = java.util.Arrays.stream(ITEMS.split(lower, 0)).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        if (parts.size() == 1 && items.size() >= 2 && items.stream().allMatch(x -> SPACES.split(x, 0).length <= TAG_WORDS)) {
            return StyleProfile.Form.TAGS;
        }
        return StyleProfile.Form.FRAGMENTS;
    }

    /** Words that carry no trait and are no loss when the reader skips them. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "with", "and", "or", "but", "is",
            "are", "was", "were", "be", "her", "his", "their", "she", "he", "they", "it", "its", "has", "have", "had",
            "in", "on", "at", "to", "this", "that", "which", "who", "whose", "as", "well", "by", "for", "from", "very",
            "quite", "rather", "slightly", "somewhat", "looks", "look", "appears", "appear", "seems", "seem", "wearing",
            "wears", "photo", "photograph", "picture", "image", "portrait", "shows", "depicts", "here", "we", "see",
            "person", "subject", "yes", "no", "not", "also", "into", "towards", "toward", "camera", "pair", "some",
            "you", "your", "wear", "re");

    /**
     * What the reader could not read in these captions: how many captions it read no trait in, and the words it
     * skipped (beyond function words), most frequent first.
     *
     * @param unreadCaptions captions with no trait read
     * @param words          skipped words with how many captions hold them
     */
    public record Unread(int unreadCaptions, List<StyleProfile.Count> words) {
    }

    public Unread unread(List<String> captions) {
        int none = 0;
        Map<String, Integer> skipped = new HashMap<>();
        for (String caption : captions) {
            StyleProfile.Form form = formOf(caption);
            List<Said> said = said(caption, form);
            Set<String> covered = new java.util.HashSet<>();
            boolean any = false;
            for (Said x : said) {
                if (!reader.unmeasured(x.mention())) {
                    covered.addAll(CaptionWords.tokenize(x.mention().text()));
                    covered.addAll(CaptionWords.tokenize(x.words()));
                    any = true;
                }
            }
            if (form == StyleProfile.Form.KEY_VALUE) {
                reader.readKeyed(caption).forEach(k -> {
                    if (k.key() != null) {
                        covered.addAll(CaptionWords.tokenize(k.key()));
                    }
                });
            }
            none += any ? 0 : 1;
            new java.util.TreeSet<>(CaptionWords.tokenize(caption)).forEach(t -> {
                if (!covered.contains(t) && !FUNCTION_WORDS.contains(t) && t.chars().allMatch(Character::isLetter)
                        && t.length() > 1) {
                    skipped.merge(t, 1, Integer::sum);
                }
            });
        }
        return new Unread(none, top(skipped, KEYWORDS));
    }

    private static final Set<String> LIST_BREAKS = Set.of(",", "and");
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", "and", "with", "but");
    /** Words between a position's opening word and the trait kept in a phrase ("a bright smile"). */
    private static final int MODIFIERS = 3;
    /** Slots said in words of their own (nouns, hair and age words), not in phrases. */
    private static final Set<Slot> OWN_WORDS = java.util.EnumSet.of(Slot.GENDER, Slot.AGE, Slot.HAIR);

    /** A mention of a caption and the token it starts at (-1 when its words were not found). */
    private record Placed(Mention mention, int start) {
    }

    /**
     * Per concept, the phrases of this caption in the form "POSITION text": each trait the reader finds with the
     * few words before it back to the word that opens its {@link PhrasePosition} ("has a bright smile": HAS "a
     * bright smile"); a list goes on in the position it began in; a trait before the person's noun is PRE. A
     * phrase is kept only when the reader reads it as that trait and nothing else. Traits said in words of their
     * own (gender, age, hair) have no phrases here.
     */
    Map<String, List<String>> phrases(String caption) {
        List<String> tok = CaptionWords.tokenize(caption);
        boolean[] claimed = new boolean[tok.size()];
        List<Placed> placed = place(tok, claimed, reader.read(caption));
        int noun = placed.stream().filter(p -> p.start() >= 0 && reader.namesPerson(p.mention()))
                .mapToInt(Placed::start).findFirst().orElse(-1);
        Map<String, List<String>> out = new HashMap<>();
        for (Placed p : placed) {
            phrase(tok, claimed, p, noun, caption).ifPresent(text -> out.computeIfAbsent(p.mention().concept(),
                    k -> new ArrayList<>()).add(text));
        }
        return out;
    }

    /** Each mention at the first unclaimed run of its words, those words then claimed. */
    private static List<Placed> place(List<String> tok, boolean[] claimed, List<Mention> mentions) {
        List<Placed> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<String> words = List.of(SPACE.split(m.text(), 0));
            int start = find(tok, claimed, words);
            for (int k = 0; start >= 0 && k < words.size(); k++) {
                claimed[start + k] = true;
            }
            out.add(new Placed(m, start));
        }
        return out;
    }

    /** The trait's phrase in the form "POSITION text", when the caption says it in one the reader reads back. */
    private java.util.Optional<String> phrase(List<String> tok, boolean[] claimed, Placed p, int noun,
                                              String caption) {
        Mention m = p.mention();
        java.util.Optional<TraitDefinition> trait = reader.trait(m).filter(d -> !OWN_WORDS.contains(d.slot()));
        if (p.start() < 0 || m.negated() || trait.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (java.util.Arrays.stream(SPACE.split(m.text(), 0)).anyMatch(CLAUSE_VERBS::contains)) {
            return clause(tok, claimed, p, caption);
        }
        int j = p.start() - 1;
        List<String> mods = new ArrayList<>();
        while (j >= 0 && !claimed[j] && !PhrasePosition.opens(tok.get(j)) && !LIST_BREAKS.contains(tok.get(j))
                && !tok.get(j).equals(".")) {
            mods.add(0, tok.get(j));
            j--;
        }
        String verb = j >= 0 && PhrasePosition.opens(tok.get(j)) ? tok.get(j) : null;
        PhrasePosition position = verb != null ? PhrasePosition.after(verb).orElseThrow()
                : j >= 0 && LIST_BREAKS.contains(tok.get(j)) ? listPosition(tok, j) : null;
        if (position == null && noun >= 0 && p.start() < noun && !tok.subList(0, p.start()).contains(".")) {
            position = PhrasePosition.PRE;
            mods.clear();
        }
        int after = p.start() + SPACE.split(m.text(), 0).length;
        boolean fits = position != null && mods.size() <= MODIFIERS
                // the phrase must end where the trait's words end ("a round chubby face" is no phrase for chubby)
                && (position == PhrasePosition.PRE || after >= tok.size() || PHRASE_ENDS.contains(tok.get(after)))
                && (position == PhrasePosition.WEARING) == (trait.get().slot() == Slot.WEARING)
                && (position != PhrasePosition.IS || (verb != null && (mods.isEmpty() || !mods.get(0).equals("wearing"))));
        if (!fits) {
            return java.util.Optional.empty();
        }
        String tokens = String.join(" ", mods) + (mods.isEmpty() ? "" : " ") + m.text();
        if (position == PhrasePosition.IS) {
            tokens = thirdPerson(verb) + " " + tokens;
        }
        String text = surface(tokens, caption);
        List<Mention> read = reader.read(text).stream().filter(x -> reader.trait(x)
                .map(d -> d.slot() != Slot.GENDER).orElse(true)).toList();
        if (read.size() != 1 || !read.get(0).concept().equals(m.concept()) || read.get(0).negated()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(position.name() + " " + text.replaceAll("\\b(her|his|their)\\b", "{pos}"));
    }

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile(" ");
    /** Verbs that make a trait's words a clause of their own ("her teeth are visible"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were");
    /** Words a clause about part of the face opens with before the part ("his nose is small"). */
    private static final Set<String> CLAUSE_LEADS = Set.of("her", "his", "their", "the", "both", "upper");
    /** A clause phrase has at least this many words. */
    private static final int CLAUSE_WORDS = 3;

    /**
     * The clause a trait is said in ("CLAUSE {pos} nose is small"), from the words that open it ("his") to the end
     * of the trait's words, when the reader reads it back as exactly the trait.
     */
    private java.util.Optional<String> clause(List<String> tok, boolean[] claimed, Placed p, String caption) {
        Mention m = p.mention();
        int from = p.start();
        // "her" may be claimed as the person's pronoun; it still opens the clause
        while (from > 0 && (!claimed[from - 1] || CaptionWords.isPronoun(tok.get(from - 1)))
                && CLAUSE_LEADS.contains(tok.get(from - 1))) {
            from--;
        }
        int after = p.start() + SPACE.split(m.text(), 0).length;
        if ((after < tok.size() && !PHRASE_ENDS.contains(tok.get(after))) || after - from < CLAUSE_WORDS) {
            return java.util.Optional.empty();
        }
        String text = surface(String.join(" ", tok.subList(from, after)), caption);
        List<Mention> read = reader.read(text).stream().filter(x -> reader.trait(x)
                .map(d -> d.slot() != Slot.GENDER).orElse(true)).toList();
        if (read.size() != 1 || !read.get(0).concept().equals(m.concept()) || read.get(0).negated()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PhrasePosition.CLAUSE.name() + " " + text.replaceAll("\\b(her|his|their)\\b", "{pos}"));
    }

    /** A list goes on in the position it began in: the nearest opening word before it in the sentence. */
    private static PhrasePosition listPosition(List<String> tok, int from) {
        for (int k = from; k >= 0 && !tok.get(k).equals("."); k--) {
            java.util.Optional<PhrasePosition> p = PhrasePosition.after(tok.get(k));
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    /** "are" → "is", "look" → "looks": the verb as said of one person. */
    private static String thirdPerson(String verb) {
        return switch (verb) {
            case "are" -> "is";
            case "look" -> "looks";
            case "seem" -> "seems";
            case "appear" -> "appears";
            default -> verb;
        };
    }

    private static int find(List<String> tok, boolean[] claimed, List<String> words) {
        outer:
        for (int s = 0; s + words.size() <= tok.size(); s++) {
            for (int k = 0; k < words.size(); k++) {
                if (claimed[s + k] || !tok.get(s + k).equals(words.get(k))) {
                    continue outer;
                }
            }
            return s;
        }
        return -1;
    }

    private static List<StyleProfile.Phrase> phraseList(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(PHRASES).map(e -> {
                    int space = e.getKey().indexOf(' ');
                    return new StyleProfile.Phrase(e.getKey().substring(space + 1), e.getKey().substring(0, space),
                            e.getValue());
                }).toList();
    }

    /**
     * The words as the caption has them ("spectacles", "clean-shaven") for the reader's tokens ("spectacle",
     * "clean shaven"); the tokens when they cannot be found.
     */
    static String surface(String tokens, String caption) {
        StringBuilder re = new StringBuilder("\\b");
        String[] parts = SPACE.split(tokens, 0);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("[\\s-]+");
            }
            re.append(java.util.regex.Pattern.quote(parts[i])).append("(?:e?s)?");
        }
        re.append("\\b");
        String lower = caption.toLowerCase(java.util.Locale.ROOT).replace("'", "").replace("\u2019", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(lower);
        return m.find() ? m.group() : tokens;
    }

    private static List<StyleProfile.Count> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new StyleProfile.Count(e.getKey(), e.getValue())).toList();
    }

    /** Openers kept in a profile (every caption of a user who always leads in counts toward how often they do). */
    static final int OPENERS = 12;

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
