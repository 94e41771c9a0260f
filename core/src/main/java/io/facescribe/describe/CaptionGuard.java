package io.facescribe.describe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.facescribe.analysis.FaceAnalysis;

/**
 * Reads a caption back into traits and says what it leaves out and what it makes up. The vocabulary comes from
 * the {@link TraitTable} (every phrase, noun, synonym and negation of every definition), plus age words and
 * numbers, umbrella words ("beard", "make-up") and a list of things no analysis measures (eye colour, clothes,
 * freckles, hair length ...). Plurals are folded, "no glasses" / "without a hat" / "clean-shaven" read as
 * negations, "she"/"he" as gender. Thread-safe.
 *
 * <p>It is also a metric: {@link #score} gives the trait precision and recall of any caption against an
 * analysis or against the traits read from reference captions.
 */
public final class CaptionGuard {

    /** How far (years) an age in a caption may be from what the bag states, beyond the bag's own range. */
    public static final int AGE_TOLERANCE = 2;

    private record Pattern(String[] tokens, String concept, boolean negated, int low, int high, boolean plain) {
    }

    /** An age word and the years it allows (lenient: "adult" is anything from 18). */
    private static final Object[][] AGE_WORDS = {
            {"baby", 0, 2}, {"infant", 0, 2}, {"newborn", 0, 1}, {"toddler", 1, 4}, {"preschooler", 3, 6},
            {"preschool age", 3, 6}, {"school age", 5, 13}, {"child", 0, 13}, {"kid", 0, 13}, {"little girl", 0, 12},
            {"little boy", 0, 12}, {"teenager", 12, 20}, {"teenage", 12, 20}, {"teen", 12, 20},
            {"adolescent", 12, 19}, {"young adult", 18, 32}, {"young", 0, 35}, {"youthful", 0, 40},
            {"adult", 18, 130}, {"middle aged", 38, 62}, {"senior", 58, 130}, {"elderly", 68, 130},
            {"older", 50, 130}, {"twenties", 20, 29}, {"thirties", 30, 39}, {"forties", 40, 49},
            {"fifties", 50, 59}, {"sixties", 60, 69}, {"seventies", 70, 79}, {"eighties", 80, 89}};

    /** Umbrella words: said of any of several traits; a negated umbrella means a trait of its own. */
    private record Umbrella(String concept, List<String> words, Set<String> satisfiedBy, String negatedConcept) {
    }

    private static final List<Umbrella> UMBRELLAS = List.of(
            new Umbrella("umbrella:beard", List.of("beard", "bearded", "facial hair"),
                    Set.of("goatee", "mustache", "5_o_clock_shadow", "sideburns"), "no_beard"),
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
    private static final List<String> UNMEASURED = List.of("blue eyes", "green eyes", "brown eyes", "hazel eyes",
            "dark eyes", "grey eyes", "gray eyes", "freckles", "freckled", "tattoo", "tattoos", "wrinkles", "wrinkled",
            "dimples", "piercing", "shirt", "t shirt", "jacket", "suit", "dress", "blouse", "sweater", "uniform",
            "background", "scar", "mole", "ponytail", "braid", "braids", "curly", "long hair", "short hair",
            "shoulder length", "redhead", "hood", "scarf", "helmet", "microphone", "flag");

    private static final Set<String> NEGATORS = Set.of("no", "not", "without", "never", "nor", "neither", "lack",
            "lacking", "isnt", "doesnt", "dont", "arent", "wasnt", "none", "free");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", "and", "but", "with", "while", "who", "or");
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "the", "its", "a", "an");
    private static final Set<String> HAIR_LINKS = Set.of("is", "are", "that", "which", "look", "appear", "seem",
            "quite", "very", "styled", "worn");

    private final TraitTable table;
    private final Map<String, List<Pattern>> patterns = new HashMap<>();
    private final Map<String, String> hairWords = new HashMap<>();
    private final Map<String, Umbrella> umbrellas = new HashMap<>();
    private final TraitComposer composer;
    private final TraitComposer ordinaryComposer;

    public CaptionGuard(TraitTable table) {
        this.table = table;
        this.composer = new TraitComposer(table, TraitRules.defaults());
        this.ordinaryComposer = new TraitComposer(table, TraitRules.defaults().withOrdinary(true));
        for (TraitDefinition d : table.definitions()) {
            switch (d.slot()) {
                case AGE -> { }
                case HAIR -> {
                    for (String w : concat(d.phrases(), d.synonyms())) {
                        List<String> t = tokenize(w);
                        if (t.size() == 1) {
                            hairWords.put(t.get(0), d.concept());
                        } else {
                            add(w + " hair", d.concept(), false, true);
                        }
                    }
                    for (String w : d.nouns()) {
                        add(w, d.concept(), false, true);
                    }
                }
                default -> {
                    for (String w : d.surfaceForms()) {
                        add(w, d.concept(), false, d.slot() != Slot.GENDER);
                    }
                    for (String w : d.negations()) {
                        add(w, d.concept(), true, false);
                    }
                }
            }
        }
        UNMEASURED_HAIR.forEach((w, what) -> hairWords.putIfAbsent(stem(w), "unmeasured:" + what));
        for (Object[] a : AGE_WORDS) {
            addPattern(new Pattern(tokenize((String) a[0]).toArray(String[]::new), "age", false, (Integer) a[1],
                    (Integer) a[2], false));
        }
        for (Umbrella u : UMBRELLAS) {
            umbrellas.put(u.concept(), u);
            for (String w : u.words()) {
                add(w, u.concept(), false, true);
            }
        }
        for (String w : UNMEASURED) {
            add(w, "unmeasured:" + w, false, false);
        }
        patterns.values().forEach(l -> l.sort(Comparator.comparingInt((Pattern p) -> -p.tokens().length)));
    }

    public static CaptionGuard standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CaptionGuard STANDARD = new CaptionGuard(TraitTable.standard());
    }

    private void add(String phrase, String concept, boolean negated, boolean plain) {
        List<String> t = new ArrayList<>(tokenize(phrase.replace("{pos}", " ")));
        while (t.size() > 1 && (t.get(0).equals("a") || t.get(0).equals("an") || t.get(0).equals("the"))) {
            t.remove(0);
        }
        if (!t.isEmpty()) {
            addPattern(new Pattern(t.toArray(String[]::new), concept, negated, 0, 0, plain));
        }
    }

    private void addPattern(Pattern p) {
        patterns.computeIfAbsent(p.tokens()[0], k -> new ArrayList<>()).add(p);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Lower case, apostrophes dropped, punctuation "," and "." kept as tokens, plurals folded. */
    static List<String> tokenize(String text) {
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

    static String stem(String w) {
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !Character.isDigit(w.charAt(0))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Everything the caption says about the face, in order of appearance (hair words first). */
    public List<Mention> read(String caption) {
        List<String> tok = tokenize(caption);
        int n = tok.size();
        boolean[] used = new boolean[n];
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!tok.get(i).equals("hair") && !tok.get(i).equals("haired")) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            for (int j = i - 1; j >= 0 && !used[j]; j--) {
                String t = tok.get(j);
                if (hairWords.containsKey(t)) {
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
                    if (hairWords.containsKey(t)) {
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
                    out.add(new Mention(hairWords.get(tok.get(w)), false, 0, 0, tok.get(w) + " hair"));
                }
            }
        }
        int i = 0;
        while (i < n) {
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
            if (isNumber(t) || (t.endsWith("s") && isNumber(t.substring(0, t.length() - 1)))) {
                i = number(tok, used, i, out);
                continue;
            }
            i++;
        }
        return out;
    }

    private int match(List<String> tok, boolean[] used, int start, List<Mention> out) {
        List<Pattern> candidates = patterns.get(tok.get(start));
        if (candidates == null) {
            return start;
        }
        for (Pattern p : candidates) {
            int k = 1;
            int j = start + 1;
            List<String> skipped = new ArrayList<>();
            while (k < p.tokens().length && j < tok.size() && !used[j]) {
                if (tok.get(j).equals(p.tokens()[k])) {
                    k++;
                    j++;
                } else if (POSSESSIVES.contains(tok.get(j))) {
                    skipped.add(tok.get(j));
                    j++;
                } else {
                    break;
                }
            }
            if (k < p.tokens().length) {
                continue;
            }
            for (int u = start; u < j; u++) {
                used[u] = true;
            }
            String text = String.join(" ", tok.subList(start, j));
            boolean negated = p.negated() || (p.plain() && negatedBefore(tok, start));
            out.add(new Mention(p.concept(), negated, p.low(), p.high(), text));
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

    private void matchWord(String word, List<Mention> out) {
        List<Pattern> ps = patterns.get(word);
        if (ps != null) {
            for (Pattern p : ps) {
                if (p.tokens().length == 1) {
                    out.add(new Mention(p.concept(), false, 0, 0, word));
                    return;
                }
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

    private static boolean isNumber(String t) {
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

    private static int number(List<String> tok, boolean[] used, int i, List<Mention> out) {
        String t = tok.get(i);
        if (!isNumber(t)) { // "30s"
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
        if (j < tok.size() && isNumber(tok.get(j)) && Integer.parseInt(tok.get(j)) > a) {
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

    // ---------------------------------------------------------------------------------------------- checking

    /** What the caption leaves out of the bag and what it says beyond it. */
    public GuardReport check(TraitBag bag, String caption) {
        return compare(bag, Set.of(), AGE_TOLERANCE, read(caption));
    }

    /**
     * Checks a caption against an analysis: it must state the traits the composer draws from it and may
     * also state the usual states (eyes open, ...) and the second emotion; the age may be anywhere in the
     * analysis' range, widened by a fifteenth and the tolerance.
     */
    public GuardReport check(FaceAnalysis face, String caption) {
        return check(Measurements.of(face), caption);
    }

    public GuardReport check(Measurements m, String caption) {
        TraitBag expected = composer.compose(m);
        Set<String> allowed = new LinkedHashSet<>();
        ordinaryComposer.compose(m).all().forEach(t -> allowed.add(t.concept()));
        if (m.face().emotion() != null) {
            m.face().emotion().probabilities().forEach((k, v) -> {
                if (v >= composer.rules().emotionSecondMin()) {
                    allowed.add("emotion." + k);
                }
            });
        }
        int tolerance = AGE_TOLERANCE + (int) Math.ceil(expected.years() / 15.0);
        return compare(expected, allowed, Double.isNaN(expected.years()) ? AGE_TOLERANCE : tolerance, read(caption));
    }

    private GuardReport compare(TraitBag bag, Set<String> alsoAllowed, int ageTolerance, List<Mention> mentions) {
        Set<String> expected = new LinkedHashSet<>();
        bag.all().forEach(t -> expected.add(t.concept()));
        Set<String> found = new LinkedHashSet<>();
        Set<String> invented = new LinkedHashSet<>();
        Trait age = bag.bySlot(Slot.AGE).orElse(null);
        for (Mention m : mentions) {
            String concept = m.concept();
            boolean negated = m.negated();
            Umbrella u = umbrellas.get(concept);
            if (u != null) {
                if (negated && u.negatedConcept() != null) {
                    concept = u.negatedConcept();
                    negated = false;
                } else if (!negated && u.satisfiedBy().stream().anyMatch(expected::contains)) {
                    continue;
                } else {
                    invented.add(m.key());
                    continue;
                }
            }
            if (concept.equals("age")) {
                if (age == null) {
                    invented.add("age " + m.text());
                } else if (m.high() < age.age().low() - ageTolerance || m.low() > age.age().high() + ageTolerance) {
                    invented.add("age " + m.text());
                } else {
                    found.add("age");
                }
                continue;
            }
            if (negated) {
                invented.add("not " + concept);
                continue;
            }
            if (expected.contains(concept)) {
                found.add(concept);
            } else if (!alsoAllowed.contains(concept)) {
                invented.add(concept);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : expected) {
            if (!found.contains(c)) {
                missing.add(c);
            }
        }
        return new GuardReport(missing, List.copyOf(invented));
    }

    /** Trait precision and recall of a caption, with the report they come from. */
    public record Grounding(double precision, double recall, int said, int expected, GuardReport report) {
    }

    public Grounding score(FaceAnalysis face, String caption) {
        return score(Measurements.of(face), caption);
    }

    public Grounding score(Measurements m, String caption) {
        GuardReport report = check(m, caption);
        int expected = composer.compose(m).all().size();
        return grounding(report, expected, distinct(read(caption)));
    }

    /** Precision and recall of a caption against the traits read from reference captions. */
    public Grounding score(List<String> references, String caption) {
        Set<String> reference = new LinkedHashSet<>();
        for (String r : references) {
            reference.addAll(keys(read(r)));
        }
        Set<String> said = keys(read(caption));
        List<String> missing = reference.stream().filter(k -> !said.contains(k)).toList();
        List<String> invented = said.stream().filter(k -> !reference.contains(k)).toList();
        return grounding(new GuardReport(missing, invented), reference.size(), said.size());
    }

    private static Grounding grounding(GuardReport report, int expected, int said) {
        double precision = said == 0 ? 1 : Math.max(0, (said - report.invented().size()) / (double) said);
        double recall = expected == 0 ? 1 : Math.max(0, (expected - report.missing().size()) / (double) expected);
        return new Grounding(precision, recall, said, expected, report);
    }

    private static int distinct(List<Mention> mentions) {
        return keys(mentions).size();
    }

    private static Set<String> keys(List<Mention> mentions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Mention m : mentions) {
            keys.add(m.concept().equals("age") ? "age" : m.key());
        }
        return keys;
    }

    public TraitTable table() {
        return table;
    }
}
