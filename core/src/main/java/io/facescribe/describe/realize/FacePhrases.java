package io.facescribe.describe.realize;

import io.facescribe.describe.trait.TraitTable;

import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitDefinition;

import static io.facescribe.describe.realize.English.capitalize;
import static io.facescribe.describe.realize.English.join;
import static io.facescribe.describe.realize.English.pick;
import static io.facescribe.describe.realize.English.possessive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.facescribe.describe.realize.English.Pronoun;

/**
 * What the built-in realizer says about one face, as phrases a {@link SentencePlan} arranges into sentences.
 * Every trait of the bag is in exactly one of them, put there by its {@link Slot}; the words are drawn from the
 * {@link TraitTable} entries with the realizer's random source.
 *
 * @param pronoun          pronouns and verb forms that agree with the stated gender
 * @param person           the noun phrase: "a smiling 34-year-old white woman", "a man, aged about 40,"
 * @param ageAfterNoun     the age follows the noun ("aged about 40", "who looks about 40 years old")
 * @param lead             noun phrases said right after the person, with "with" ("long brown hair"): the hair,
 *                         when the bag leads with it ({@link TraitTable#LEAD}); else empty
 * @param with             noun phrases said after "with" / "has": hair, states, features, maybe the emotion
 * @param wearing          noun phrases said after "wearing"
 * @param notes            notes about the photo ("blurry", "black and white")
 * @param emotionPredicate the emotion as a predicate of the subject ("is smiling", "looks sad"), or null
 * @param emotionRelative  the same after "who" (singular verb), or null
 * @param looks            adjectives said after "looks" when the noun phrase has no room for them
 */
record FacePhrases(Pronoun pronoun, String person, boolean ageAfterNoun, List<String> lead, List<String> with,
                   List<String> wearing, List<String> notes, String emotionPredicate, String emotionRelative,
                   List<String> looks) {

    FacePhrases {
        lead = List.copyOf(lead);
        with = List.copyOf(with);
        wearing = List.copyOf(wearing);
        notes = List.copyOf(notes);
        looks = List.copyOf(looks);
    }

    /** Parts of the face that two phrases of one caption should not both name. */
    private static final java.util.Set<String> NOUNS = java.util.Set.of("face", "head", "expression", "look",
            "eyes", "mouth", "lips", "nose", "smile");

    /** Adjectives before the noun for each age category. */
    private static final Map<String, List<String>> CATEGORY_WORDS = Map.of(
            "baby", List.of("baby"), "toddler", List.of("toddler"), "preschooler", List.of("preschool-age"),
            "child", List.of("school-age"), "teenager", List.of("teenage"), "young adult", List.of("young adult"),
            "adult", List.of("adult"), "middle-aged adult", List.of("middle-aged"),
            "senior adult", List.of("senior"), "elderly", List.of("elderly"));

    /** The bag's phrases; the draws from {@code r} are the realizer's first. */
    static FacePhrases of(TraitBag bag, Random r) {
        return new Draft(bag, r).phrases();
    }

    /** The subject pronoun, capitalised to open a sentence: "She", "He", "They". */
    String subject() {
        return capitalize(pronoun.subject());
    }

    /** The person and what they lead with: "a young woman with long brown hair". */
    String personWithLead() {
        return lead.isEmpty() ? person : person + " with " + join(lead);
    }

    /** Everything said after "with", what people lead with first. */
    List<String> leadAndWith() {
        List<String> all = new ArrayList<>(lead);
        all.addAll(with);
        return all;
    }

    /** "She looks attractive and chubby", when some adjectives did not fit before the noun. */
    Optional<String> looksSentence() {
        return looks.isEmpty() ? Optional.empty()
                : Optional.of(subject() + " " + pronoun.look() + " " + join(looks));
    }

    /** How the emotion is said. */
    private enum EmotionForm {
        /** an adjective before the noun: "a smiling woman" */
        PRE,
        /** a noun phrase after "with": "with a smile" */
        WITH,
        /** a predicate: "she is smiling", "he looks sad and slightly surprised" */
        PREDICATE
    }

    /** The phrases while they are drawn, in a fixed order of draws so that a seed always gives the same text. */
    private static final class Draft {
        private final TraitBag bag;
        private final Random r;
        private final Pronoun p;
        private Trait age;
        private Trait ethnicity;
        private Trait primary;
        private Trait secondary;
        private final List<Trait> adjectives = new ArrayList<>();
        private final List<Trait> hair = new ArrayList<>();
        private final List<String> lead = new ArrayList<>();
        private final List<String> with = new ArrayList<>();
        private final List<String> wearing = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int hairAt = -1;
        private String emotionPredicate;
        private String emotionRelative;
        private String postAge;
        private final List<String> looks = new ArrayList<>();
        /** Parts of the face a phrase already named. */
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Draft(TraitBag bag, Random r) {
            this.bag = bag;
            this.r = r;
            this.p = Pronoun.of(bag.gender());
        }

        FacePhrases phrases() {
            for (Trait t : bag.all()) { // a part every phrase of a trait names is taken before the draws begin
                if (t.slot() == Slot.WITH || t.slot() == Slot.STATE) {
                    List<String> options = t.slot() == Slot.STATE ? withNouns(t.definition()) : t.definition().phrases();
                    List<String> common = new ArrayList<>(nouns(options.get(0)));
                    options.forEach(o -> common.retainAll(nouns(o)));
                    used.addAll(common);
                }
            }
            for (Trait t : bag.all()) {
                place(t);
            }
            hair();
            emotion();
            String person = person();
            return new FacePhrases(p, person, postAge != null, lead, with, wearing, notes, emotionPredicate,
                    emotionRelative, looks);
        }

        /** A trait into its slot; hair, age, ethnicity and the emotion wait for the others. */
        private void place(Trait t) {
            TraitDefinition d = t.definition();
            switch (t.slot()) {
                case AGE -> age = t;
                case ETHNICITY -> ethnicity = t;
                case GENDER -> { }
                case EXPRESSION -> {
                    if (t.secondary()) {
                        secondary = t;
                    } else {
                        primary = t;
                    }
                }
                case ADJECTIVE -> {
                    boolean noun = r.nextBoolean();
                    if (!d.nouns().isEmpty() && noun
                            && d.nouns().stream().anyMatch(o -> nouns(o).stream().noneMatch(used::contains))) {
                        with.add(possessive(fresh(d.nouns()), p));
                    } else {
                        adjectives.add(t);
                    }
                }
                case HAIR -> {
                    if (hairAt < 0) {
                        hairAt = with.size();
                    }
                    hair.add(t);
                }
                case WITH -> with.add(possessive(fresh(d.phrases()), p));
                case STATE -> with.add(possessive(fresh(withNouns(d)), p));
                case WEARING -> wearing.add(possessive(pick(r, d.phrases()), p));
                case NOTE -> notes.add(pick(r, d.phrases()));
            }
        }

        /**
         * One of these phrases, drawn, that names no part of the face an earlier phrase named ("a straight face"
         * after "a clean-shaven face" would say "face" twice): the draw is made among the phrases whose nouns are
         * still free, or among all of them when none is. The nouns of the one drawn are then taken.
         */
        private String fresh(List<String> options) {
            List<String> free = options.stream().filter(o -> nouns(o).stream().noneMatch(used::contains)).toList();
            String chosen = pick(r, free.isEmpty() ? options : free);
            used.addAll(nouns(chosen));
            return chosen;
        }

        private static List<String> nouns(String phrase) {
            return java.util.Arrays.stream(phrase.split("[ -]")).filter(NOUNS::contains).toList();
        }

        /** A state said either way: "her eyes half closed" or "half-closed eyes". */
        private static List<String> withNouns(TraitDefinition d) {
            List<String> forms = new ArrayList<>(d.phrases());
            forms.addAll(d.nouns());
            return forms;
        }

        /**
         * One hair noun phrase, adjectives by rank ("long wavy blond hair"): in the lead when the bag leads with
         * the hair (its first F2 trait is one), else where the first hair trait was.
         */
        private void hair() {
            if (hair.isEmpty()) {
                return;
            }
            hair.sort(Comparator.comparingInt(t -> t.definition().rank()));
            List<String> words = new ArrayList<>();
            for (Trait t : hair) {
                words.add(pick(r, t.definition().phrases()));
            }
            String phrase = String.join(" ", words) + " hair";
            if (!bag.f2().isEmpty() && bag.f2().get(0).slot() == Slot.HAIR) {
                lead.add(phrase);
            } else {
                with.add(hairAt, phrase);
            }
        }

        /** The emotion: an adjective before the noun, a "with" noun phrase, or a predicate. */
        private void emotion() {
            EmotionForm form = EmotionForm.PREDICATE;
            if (primary != null && secondary == null) {
                int choice = r.nextInt(3);
                if (choice == 0) {
                    form = EmotionForm.PRE;
                } else if (choice == 1 && !primary.definition().nouns().isEmpty()) {
                    form = EmotionForm.WITH;
                }
            }
            if (primary == null) {
                return;
            }
            String adjective = pick(r, primary.definition().phrases());
            switch (form) {
                case WITH -> with.add(r.nextInt(Math.max(1, with.size() + 1)), fresh(primary.definition().nouns()));
                case PREDICATE -> {
                    int verb = r.nextInt(3);
                    emotionPredicate = predicate(adjective, p.subject().equals("they"), verb);
                    emotionRelative = predicate(adjective, false, verb);
                    if (secondary != null) {
                        String more = " and " + pick(r, List.of("slightly ", "a little ", "somewhat ", "partly "))
                                + pick(r, secondary.definition().phrases());
                        emotionPredicate += more;
                        emotionRelative += more;
                    }
                }
                case PRE -> adjectives.add(0, primary.withAge(null, adjective));
            }
        }

        /** The noun phrase: determiner, adjectives in natural order, noun, the age after the noun when it goes there. */
        private String person() {
            adjectives.sort(Comparator.comparingInt(t -> t.slot() == Slot.EXPRESSION ? 1
                    : t.definition().rank() <= 1 ? 0 : 2));
            List<String> pre = new ArrayList<>();
            for (Trait t : adjectives) {
                String word = t.slot() == Slot.EXPRESSION ? t.phrase() : pick(r, t.definition().phrases());
                if (pre.size() >= 2 && t.slot() != Slot.EXPRESSION) {
                    looks.add(word);
                } else {
                    pre.add(word);
                }
            }
            if (age != null) {
                age(age.age(), pre);
            }
            if (ethnicity != null) {
                pre.add(pick(r, ethnicity.definition().phrases()));
            }
            pre.add(noun(bag.gender(), bag.years(), pre.isEmpty() ? "" : pre.get(pre.size() - 1)));
            String head = String.join(" ", pre);
            if (postAge == null) {
                return English.withIndefinite(head);
            }
            return English.withIndefinite(head) + (postAge.startsWith("who") ? " " + postAge : ", " + postAge + ",");
        }

        /** The age before the noun ("34-year-old", "middle-aged") or after it ({@link #postAge}). */
        private void age(AgeValue a, List<String> pre) {
            switch (a.form()) {
                case WORD -> pre.add(a.category());
                case CATEGORY -> pre.add(pick(r, CATEGORY_WORDS.get(a.category())));
                case NUMBER -> {
                    if (r.nextBoolean()) {
                        pre.add(a.stated() + "-year-old");
                    } else {
                        postAge = pick(r, List.of("aged " + a.stated(), "aged about " + a.stated(),
                                "who looks about " + a.stated() + " years old", "of about " + a.stated()));
                    }
                }
                case BRACKET -> postAge = pick(r, List.of("aged between " + a.low() + " and " + a.high(),
                        "aged " + a.low() + " to " + a.high(), "aged roughly " + a.low() + " to " + a.high(),
                        "somewhere between " + a.low() + " and " + a.high() + " years old",
                        "in the " + a.low() + " to " + a.high() + " age range",
                        "who looks between " + a.low() + " and " + a.high() + " years old"));
                case ESTIMATE -> postAge = "aged about " + Math.round(a.years());
            }
        }

        /**
         * The head noun; never one that makes, with the word before it, another phrase of the gender's table
         * entry ("young lady" is read as the gender alone, and the age would go unsaid).
         */
        private String noun(String gender, double years, String before) {
            boolean young = !Double.isNaN(years) && years < 18;
            if ("female".equals(gender)) {
                return young ? "girl" : pickNoun(List.of("woman", "woman", "lady"), before);
            }
            if ("male".equals(gender)) {
                return young ? "boy" : pickNoun(List.of("man", "man", "gentleman"), before);
            }
            return !Double.isNaN(years) && years < 13 ? "child" : pick(r, List.of("person", "person", "individual"));
        }

        private String pickNoun(List<String> nouns, String before) {
            String noun = pick(r, nouns);
            List<String> gender = bag.bySlot(Slot.GENDER).map(t -> t.definition().surfaceForms()).orElse(List.of());
            if (!before.isEmpty() && gender.contains(before + " " + noun)) {
                return nouns.get(0);
            }
            return noun;
        }
    }

    /** "is smiling", "looks sad", "appears sad", "seems sad" (plural: "are", "look", ...). */
    private static String predicate(String adjective, boolean plural, int verb) {
        if (adjective.endsWith("ing")) {
            return (plural ? "are " : "is ") + adjective;
        }
        String v = List.of("look", "appear", "seem").get(verb);
        return v + (plural ? " " : "s ") + adjective;
    }
}
