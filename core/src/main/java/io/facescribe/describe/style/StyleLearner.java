package io.facescribe.describe.style;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.realize.Frame;
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

    private static final Set<String> PRONOUNS = Set.of("she", "he", "her", "his", "they", "their", "him", "hers",
            "them");

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
        for (String caption : captions) {
            phrases(caption).forEach((c, ps) -> ps.forEach(x -> phrases.computeIfAbsent(c, k -> new HashMap<>())
                    .merge(x, 1, Integer::sum)));
            List<String> w = StyleBackground.words(caption);
            w.forEach(x -> tf.merge(x, 1, Integer::sum));
            allWords += w.size();
            sentences += java.util.Arrays.stream(caption.split("[.!?]+")).filter(s -> !s.isBlank()).count();
            commas += caption.chars().filter(c -> c == ',').count();
            String end = caption.strip();
            stops += end.endsWith(".") ? 1 : 0;
            bangs += end.endsWith("!") ? 1 : 0;
            if (!w.isEmpty()) {
                openings.merge(w.get(0).equals("an") ? "a" : w.get(0), 1, Integer::sum);
            }
            String joined = String.join(" ", CaptionWords.tokenize(caption));
            List<Mention> mentions = reader.read(caption);
            Set<String> seen = new java.util.HashSet<>();
            boolean named = false;
            for (Mention m : mentions) {
                if (m.negated() || m.concept().startsWith("unmeasured:")) {
                    continue;
                }
                String c = m.concept();
                if (!named && c.startsWith("gender.") && !PRONOUNS.contains(m.text())) {
                    persons.merge(surface(m.text(), caption), 1, Integer::sum);
                    named = true;
                }
                words.computeIfAbsent(c, k -> new HashMap<>()).merge(surface(m.text(), caption), 1, Integer::sum);
                if (seen.add(c)) {
                    said.merge(c, 1, Integer::sum);
                    int at = joined.indexOf(m.text());
                    double pos = at < 0 || joined.isEmpty() ? 0.5 : at / (double) joined.length();
                    positionSum.merge(c, pos, Double::sum);
                }
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
                captions.subList(0, Math.min(EXAMPLES, n)));
    }

    /** Frame words: the frame of the trait phrases that follow them. */
    private static final Map<String, Frame> FRAME_WORDS = Map.ofEntries(Map.entry("with", Frame.WITH),
            Map.entry("has", Frame.HAS), Map.entry("have", Frame.HAS), Map.entry("had", Frame.HAS),
            Map.entry("wearing", Frame.WEARING), Map.entry("wears", Frame.WEARING), Map.entry("is", Frame.IS),
            Map.entry("are", Frame.IS), Map.entry("looks", Frame.IS), Map.entry("look", Frame.IS),
            Map.entry("seems", Frame.IS), Map.entry("seem", Frame.IS), Map.entry("appears", Frame.IS),
            Map.entry("appear", Frame.IS));
    private static final Set<String> LIST_BREAKS = Set.of(",", "and");
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", "and", "with", "but");
    /** Words between a frame word and the trait kept in a phrase ("a bright smile"). */
    private static final int MODIFIERS = 3;

    /**
     * Per concept, the phrases of this caption in the form "FRAME text": each trait the reader finds with the few
     * words before it back to its frame word ("has a bright smile": HAS "a bright smile"); a list goes on in the
     * frame it began in; a trait before the person's noun is PRE. A phrase is kept only when the reader reads it
     * as that trait and nothing else. Hair, gender and age are said in words of their own (nouns, hair and age
     * words) and have no phrases here.
     */
    Map<String, List<String>> phrases(String caption) {
        List<String> tok = CaptionWords.tokenize(caption);
        boolean[] claimed = new boolean[tok.size()];
        List<Mention> mentions = reader.read(caption);
        int[] starts = new int[mentions.size()];
        int noun = -1;
        for (int i = 0; i < mentions.size(); i++) {
            List<String> words = List.of(mentions.get(i).text().split(" "));
            starts[i] = find(tok, claimed, words);
            if (starts[i] >= 0) {
                for (int k = 0; k < words.size(); k++) {
                    claimed[starts[i] + k] = true;
                }
                if (noun < 0 && mentions.get(i).concept().startsWith("gender.")
                        && !PRONOUNS.contains(mentions.get(i).text())) {
                    noun = starts[i];
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String c = m.concept();
            if (starts[i] < 0 || m.negated() || c.startsWith("unmeasured:") || c.startsWith("gender.")
                    || c.equals("age") || c.endsWith("_hair") || c.startsWith("umbrella:")) {
                continue;
            }
            int start = starts[i];
            int j = start - 1;
            List<String> mods = new ArrayList<>();
            while (j >= 0 && !claimed[j] && !FRAME_WORDS.containsKey(tok.get(j)) && !LIST_BREAKS.contains(tok.get(j))
                    && !tok.get(j).equals(".")) {
                mods.add(0, tok.get(j));
                j--;
            }
            Frame frame = null;
            String verb = null;
            if (j >= 0 && FRAME_WORDS.containsKey(tok.get(j))) {
                frame = FRAME_WORDS.get(tok.get(j));
                verb = tok.get(j);
            } else if (j >= 0 && LIST_BREAKS.contains(tok.get(j))) {
                for (int k = j; k >= 0 && !tok.get(k).equals("."); k--) {
                    if (FRAME_WORDS.containsKey(tok.get(k))) {
                        frame = FRAME_WORDS.get(tok.get(k));
                        break;
                    }
                }
            }
            if (frame == null && noun >= 0 && start < noun && !tok.subList(0, start).contains(".")) {
                frame = Frame.PRE;
                mods.clear();
            }
            if (frame == null || mods.size() > MODIFIERS) {
                continue;
            }
            // the phrase must end where the trait's words end ("a round chubby face" is not a phrase for chubby)
            int after = start + m.text().split(" ").length;
            if (frame != Frame.PRE && after < tok.size() && !PHRASE_ENDS.contains(tok.get(after))) {
                continue;
            }
            TraitDefinition d = reader.lexicon().table().definitions().stream()
                    .filter(x -> x.concept().equals(c)).findFirst().orElse(null);
            if (d == null || (frame == Frame.WEARING) != (d.slot() == Slot.WEARING)) {
                continue;
            }
            if (frame == Frame.IS && !mods.isEmpty() && mods.get(0).equals("wearing")) {
                continue;
            }
            String tokens = String.join(" ", mods) + (mods.isEmpty() ? "" : " ") + m.text();
            if (frame == Frame.IS) {
                if (verb == null) {
                    continue;
                }
                tokens = (verb.equals("are") ? "is" : verb.equals("look") ? "looks" : verb.equals("seem") ? "seems"
                        : verb.equals("appear") ? "appears" : verb) + " " + tokens;
            }
            String text = surface(tokens, caption);
            List<Mention> read = reader.read(text).stream().filter(x -> !x.concept().startsWith("gender.")).toList();
            if (read.size() != 1 || !read.get(0).concept().equals(c) || read.get(0).negated()) {
                continue;
            }
            text = text.replaceAll("\\b(her|his|their)\\b", "{pos}");
            out.computeIfAbsent(c, k -> new ArrayList<>()).add(frame.name() + " " + text);
        }
        return out;
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
        String[] parts = tokens.split(" ");
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

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
