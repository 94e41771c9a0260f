package io.facescribe.describe;

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
        for (String caption : captions) {
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
                    top(words.getOrDefault(c, Map.of()), WORDS)));
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
