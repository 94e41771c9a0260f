package io.facescribe.describe.trait;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.facescribe.analysis.Age;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.trait.TraitDefinition.Reading;

/**
 * From a face's measurements to its bag of traits. {@link #compose} gives the face's traits (what was
 * measured, consistent: one hair colour, no "no beard" with a goatee, "bald" over hair colour); {@link #sample}
 * draws one caption's bag from it (the age form, the de-biasing drop of "attractive", the order: what people
 * lead with first, or a random order), from a seed only. Thread-safe.
 */
public final class TraitComposer {

    private final TraitTable table;
    private final TraitRules rules;

    public TraitComposer(TraitTable table, TraitRules rules) {
        this.table = table;
        this.rules = rules;
    }

    public TraitComposer() {
        this(TraitTable.standard(), TraitRules.defaults());
    }

    public TraitTable table() {
        return table;
    }

    public TraitRules rules() {
        return rules;
    }

    public TraitBag compose(FaceAnalysis face) {
        return compose(Measurements.of(face));
    }

    /** The face's traits in table order, age as the analysis' estimate. */
    public TraitBag compose(Measurements m) {
        List<Trait> f1 = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> emotions = new ArrayList<>();
        String gender = null;
        for (TraitDefinition d : table.definitions()) {
            if (d.sensitive() && !rules.includeSensitive()) {
                continue;
            }
            Optional<Reading> reading = d.read(m);
            if (reading.isEmpty() || !reading.get().present()) {
                continue;
            }
            double confidence = reading.get().confidence();
            boolean stated = reading.get().stated();
            switch (d.slot()) {
                case AGE -> f1.add(ageTrait(d, m, confidence));
                case GENDER, ETHNICITY -> {
                    if (stated) {
                        f1.add(new Trait(d.concept(), plain(d.phrases().get(0)), d.source(), confidence, null, false, d));
                        if (d.slot() == Slot.GENDER) {
                            gender = d.concept().substring("gender.".length());
                        }
                    }
                }
                case EXPRESSION -> emotions.add(new Candidate(d, confidence, candidates.size() + emotions.size(), stated));
                default -> {
                    if (stated && (!d.ordinary() || rules.includeOrdinary())) {
                        candidates.add(new Candidate(d, confidence, candidates.size(), true));
                    }
                }
            }
        }
        List<Trait> f2 = new ArrayList<>(emotionTraits(emotions));
        f2.addAll(consistent(candidates, gender));
        f1.sort(Comparator.comparingInt(t -> t.slot().ordinal()));
        List<Trait> notes = f2.stream().filter(t -> t.slot() == Slot.NOTE).toList();
        f2.removeAll(notes);
        f2.addAll(notes);
        return new TraitBag(f1, f2);
    }

    /**
     * One caption's bag, drawn from the face's bag with a seed: "attractive" dropped with the rules' probability
     * when it comes with heavy make-up, F1 and F2 each in a random order (photo notes stay last). Under
     * {@link TraitRules.Lead#PEOPLE} the age is the word people use and what people lead with comes first
     * ({@link TraitTable#lead}: gender, age, then the hair), the rest in the random order; under
     * {@link TraitRules.Lead#TEXT2FACE} the age takes one of three equally likely forms and the order is random.
     */
    public TraitBag sample(TraitBag face, long seed) {
        Random random = new Random(mix(seed, 0x5A3C_1E2DL));
        boolean people = rules.lead() == TraitRules.Lead.PEOPLE;
        List<Trait> f1 = new ArrayList<>();
        for (Trait t : face.f1()) {
            boolean age = t.slot() == Slot.AGE && t.age() != null;
            f1.add(!age ? t : people ? wordAge(t) : sampleAge(t, random));
        }
        List<Trait> f2 = new ArrayList<>(face.f2());
        boolean makeup = f2.stream().anyMatch(t -> t.concept().equals("heavy_makeup"));
        double drop = random.nextDouble();
        if (makeup && drop < rules.attractiveDropWithMakeup()) {
            f2.removeIf(t -> t.concept().equals("attractive"));
        }
        Collections.shuffle(f1, random);
        List<Trait> notes = f2.stream().filter(t -> t.slot() == Slot.NOTE).toList();
        f2.removeAll(notes);
        Collections.shuffle(f2, random);
        if (people) {
            f1.sort(table.lead());
            f2.sort(table.lead());
        }
        f2.addAll(notes);
        return new TraitBag(f1, f2);
    }

    public static long mix(long seed, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The age as estimated, with the word people would use for it ({@link AgeValue#wordFor(double, double, double,
     * Double)}: the age range and P(Young) together) as its category.
     */
    private Trait ageTrait(TraitDefinition d, Measurements m, double confidence) {
        Age age = m.face().age();
        int low = (int) Math.floor(age.low());
        int high = (int) Math.ceil(age.high());
        double years = age.years() < 18 && age.high() >= 18 ? 18 : age.years();
        AgeValue.Category word = AgeValue.wordFor(years, age.low(), age.high(), m.face().attributes().get("Young"));
        AgeValue value = new AgeValue(AgeValue.Form.ESTIMATE, age.years(), low, high, word.name());
        return new Trait(d.concept(), "about " + Math.round(age.years()) + " years old", d.source(), confidence,
                value, false, d);
    }

    /**
     * The age as the word people use for it ("young", "middle-aged"), claiming the years the word covers, and only
     * a word whose span covers the analysis' range ({@link AgeValue#wordFor}): "adult" when the range runs
     * across two words. An uncertain minor (estimate under 18, range reaching 18) is worded as a young adult: the
     * estimate behind the word is 18, so no realizer calls them a girl or a boy ({@link TraitTable#minor}).
     */
    private static Trait wordAge(Trait t) {
        AgeValue a = t.age();
        double years = a.years() < 18 && a.high() >= 18 ? 18 : a.years();
        AgeValue.Category w = a.category() != null ? AgeValue.word(a.category()) : AgeValue.wordFor(years, a.low(), a.high());
        return t.withAge(new AgeValue(AgeValue.Form.WORD, years, w.low(), w.high(), w.name()), w.name());
    }

    private Trait sampleAge(Trait t, Random random) {
        double years = t.age().years();
        int form = random.nextInt(3);
        double u = random.nextDouble() * 2 - 1;
        if (form == 1 && years < 8) {
            form = random.nextBoolean() ? 0 : 2; // a bracket of +-5 years says little about a small child
        }
        switch (form) {
            case 0 -> {
                int n = (int) Math.max(0, Math.round(years * (1 + u * rules.ageNoise())));
                return t.withAge(new AgeValue(AgeValue.Form.NUMBER, years, n, n, null), n + " years old");
            }
            case 1 -> {
                long y = Math.round(years);
                int low = (int) Math.max(0, y - rules.ageBracket());
                int high = (int) (y + rules.ageBracket());
                return t.withAge(new AgeValue(AgeValue.Form.BRACKET, years, low, high, null),
                        low + " to " + high + " years old");
            }
            default -> {
                AgeValue.Category c = AgeValue.categoryOf(years);
                return t.withAge(new AgeValue(AgeValue.Form.CATEGORY, years, c.low(), c.high(), c.name()), c.name());
            }
        }
    }

    private record Candidate(TraitDefinition definition, double confidence, int order, boolean stated) {
    }

    private List<Trait> emotionTraits(List<Candidate> emotions) {
        if (emotions.isEmpty()) {
            return List.of();
        }
        List<Candidate> sorted = new ArrayList<>(emotions);
        sorted.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparingInt(Candidate::order));
        Candidate top = sorted.get(0);
        if (!top.stated()) { // the most probable expression is not sure enough to be said: none is
            return List.of();
        }
        List<Trait> out = new ArrayList<>();
        out.add(new Trait(top.definition().concept(), top.definition().phrases().get(0), "emotion",
                top.confidence(), null, false, top.definition()));
        if (top.confidence() < rules.emotionDominance() && sorted.size() > 1
                && sorted.get(1).confidence() >= rules.emotionSecondMin() && sorted.get(1).stated()
                && compatible(top.definition().concept(), sorted.get(1).definition().concept())) {
            Candidate second = sorted.get(1);
            out.add(new Trait(second.definition().concept(), "partly " + second.definition().phrases().get(0),
                    "emotion", second.confidence(), null, true, second.definition()));
        }
        return out;
    }

    /**
     * Whether a second emotion reads well beside the first: never beside a neutral face ("fearful and partly
     * composed"), a smile only with surprise ("unhappy and a little smiling" is not said), the unpleasant ones and
     * surprise with each other.
     */
    static boolean compatible(String first, String second) {
        if (first.equals("emotion.neutral") || second.equals("emotion.neutral")) {
            return false;
        }
        if (first.equals("emotion.happy") || second.equals("emotion.happy")) {
            return first.equals("emotion.surprise") || second.equals("emotion.surprise");
        }
        return true;
    }

    /** Keeps the traits that can be said together: by priority, then confidence; one per group. */
    private List<Trait> consistent(List<Candidate> candidates, String gender) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.definition().priority())
                .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
                .thenComparingInt(Candidate::order));
        List<Candidate> kept = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (Candidate c : sorted) {
            TraitDefinition d = c.definition();
            if (d.onlyGender() != null && !d.onlyGender().equals(gender)) {
                continue;
            }
            if (d.group() != null && groups.contains(d.group())) {
                continue;
            }
            boolean clash = false;
            for (Candidate k : kept) {
                if (excludes(k.definition(), d) || excludes(d, k.definition())) {
                    clash = true;
                    break;
                }
            }
            if (clash) {
                continue;
            }
            kept.add(c);
            if (d.group() != null) {
                groups.add(d.group());
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::order));
        List<Trait> out = new ArrayList<>();
        for (Candidate c : kept) {
            TraitDefinition d = c.definition();
            String phrase = plain(d.phrases().get(0)) + (d.slot() == Slot.HAIR ? " hair" : "");
            out.add(new Trait(d.concept(), phrase, d.source(), c.confidence(), null, false, d));
        }
        return out;
    }

    private static boolean excludes(TraitDefinition a, TraitDefinition b) {
        return a.excludes().contains(b.concept()) || (b.group() != null && a.excludes().contains(b.group()));
    }

    /** A phrase with its pronoun slot removed: "{pos} eyes closed" -> "eyes closed". */
    static String plain(String phrase) {
        return phrase.replace("{pos} ", "").replace("{pos}", "");
    }
}
