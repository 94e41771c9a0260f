package io.facescribe.describe;

import static io.facescribe.describe.English.capitalize;
import static io.facescribe.describe.English.join;
import static io.facescribe.describe.English.pick;
import static io.facescribe.describe.English.possessive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.facescribe.describe.English.Pronoun;

/**
 * The default realizer: English from a bag of traits, with no model and no network. Deterministic per seed;
 * several sentence plans and synonyms make different seeds give different captions. Every trait of the bag is
 * said, through its slot (see {@link Slot}); nothing else is. Short captions are one or two sentences; long ones
 * give each group of traits its own sentence. Thread-safe.
 */
public final class BuiltinRealizer implements Realizer {

    public enum Length {
        SHORT, LONG
    }

    /** Adjectives before the noun for each age category. */
    private static final Map<String, List<String>> CATEGORY_WORDS = Map.of(
            "baby", List.of("baby"), "toddler", List.of("toddler"), "preschooler", List.of("preschool-age"),
            "child", List.of("school-age"), "teenager", List.of("teenage"), "young adult", List.of("young adult"),
            "adult", List.of("adult"), "middle-aged adult", List.of("middle-aged"),
            "senior adult", List.of("senior"), "elderly", List.of("elderly"));

    private final Length length;

    public BuiltinRealizer(Length length) {
        this.length = length;
    }

    public BuiltinRealizer() {
        this(Length.SHORT);
    }

    @Override
    public String name() {
        return "builtin";
    }

    private enum EmotionForm {
        PRE, WITH, PREDICATE
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        Random r = new Random(TraitComposer.mix(seed, 0x7EA1_12E5L));
        Pronoun p = English.Pronoun.of(bag.gender());
        double years = bag.years();

        Trait age = null;
        Trait ethnicity = null;
        Trait primary = null;
        Trait secondary = null;
        List<Trait> adjectives = new ArrayList<>();
        List<Trait> hair = new ArrayList<>();
        List<String> with = new ArrayList<>();
        List<String> wearing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int hairAt = -1;
        for (Trait t : bag.all()) {
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
                    if (!d.nouns().isEmpty() && r.nextBoolean()) {
                        with.add(possessive(pick(r, d.nouns()), p));
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
                case WITH, STATE -> with.add(possessive(pick(r, d.phrases()), p));
                case WEARING -> wearing.add(possessive(pick(r, d.phrases()), p));
                case NOTE -> notes.add(pick(r, d.phrases()));
            }
        }
        if (!hair.isEmpty()) {
            hair.sort(Comparator.comparingInt(t -> t.definition().rank()));
            List<String> words = new ArrayList<>();
            for (Trait t : hair) {
                words.add(pick(r, t.definition().phrases()));
            }
            with.add(hairAt, String.join(" ", words) + " hair");
        }

        // the emotion: an adjective before the noun, a "with" noun phrase, or a predicate
        EmotionForm emotionForm = EmotionForm.PREDICATE;
        if (primary != null && secondary == null) {
            int choice = r.nextInt(3);
            if (choice == 0) {
                emotionForm = EmotionForm.PRE;
            } else if (choice == 1 && !primary.definition().nouns().isEmpty()) {
                emotionForm = EmotionForm.WITH;
            }
        }
        String emotionPredicate = null;
        String emotionRelative = null; // the same after "who"
        if (primary != null) {
            String adjective = pick(r, primary.definition().phrases());
            if (emotionForm == EmotionForm.WITH) {
                with.add(r.nextInt(Math.max(1, with.size() + 1)), pick(r, primary.definition().nouns()));
            } else if (emotionForm == EmotionForm.PREDICATE) {
                int verb = r.nextInt(3);
                emotionPredicate = predicate(adjective, p.subject().equals("they"), verb);
                emotionRelative = predicate(adjective, false, verb);
                if (secondary != null) {
                    String more = " and " + pick(r, List.of("slightly ", "a little ", "somewhat ", "partly "))
                            + pick(r, secondary.definition().phrases());
                    emotionPredicate += more;
                    emotionRelative += more;
                }
            } else {
                adjectives.add(0, primary.withAge(null, adjective));
            }
        }

        // the noun phrase: determiner, adjectives in natural order, noun, age after the noun when it goes there
        adjectives.sort(Comparator.comparingInt(t -> t.slot() == Slot.EXPRESSION ? 1 : t.definition().rank() <= 1
                ? 0 : 2));
        List<String> pre = new ArrayList<>();
        List<String> predicateAdjectives = new ArrayList<>();
        for (Trait t : adjectives) {
            String word = t.slot() == Slot.EXPRESSION ? t.phrase() : pick(r, t.definition().phrases());
            if (pre.size() >= 2 && t.slot() != Slot.EXPRESSION) {
                predicateAdjectives.add(word);
            } else {
                pre.add(word);
            }
        }
        String postAge = null;
        if (age != null) {
            AgeValue a = age.age();
            switch (a.form()) {
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
        if (ethnicity != null) {
            pre.add(pick(r, ethnicity.definition().phrases()));
        }
        pre.add(noun(bag.gender(), years, r));
        String head = String.join(" ", pre);
        String np = English.withIndefinite(head) + (postAge == null ? "" : (postAge.startsWith("who") ? " " : ", ")
                + postAge + (postAge.startsWith("who") ? "" : ","));

        List<String> sentences = new ArrayList<>();
        if (length == Length.LONG) {
            sentences.add(capitalize(pick(r, List.of("This is ", "The photo shows ", "Here is ", "We see "))) + np);
            List<String> rest = new ArrayList<>();
            if (!with.isEmpty()) {
                rest.add(capitalize(p.subject()) + " " + p.have() + " " + join(with));
            }
            if (!wearing.isEmpty()) {
                rest.add(capitalize(p.subject()) + " " + p.be() + " wearing " + join(wearing));
            }
            if (emotionPredicate != null) {
                rest.add(capitalize(p.subject()) + " " + emotionPredicate);
            }
            if (!predicateAdjectives.isEmpty()) {
                rest.add(capitalize(p.subject()) + " " + p.look() + " " + join(predicateAdjectives));
            }
            java.util.Collections.shuffle(rest, r);
            sentences.addAll(rest);
            if (!notes.isEmpty()) {
                sentences.add("The " + pick(r, List.of("photo", "image", "picture")) + " is " + join(notes));
            }
            return finish(sentences);
        }

        int plan = r.nextInt(4);
        boolean notesInIntro = false;
        if (plan == 1 || (!notes.isEmpty() && r.nextBoolean())) {
            plan = 1;
            notesInIntro = true;
        }
        String body = np;
        List<String> extra = new ArrayList<>();
        if (!predicateAdjectives.isEmpty()) {
            extra.add(capitalize(p.subject()) + " " + p.look() + " " + join(predicateAdjectives));
        }
        switch (plan) {
            case 2 -> { // two sentences: the person, then what they have and wear
                if (emotionPredicate != null && postAge == null) {
                    body += " who " + emotionRelative;
                    emotionPredicate = null;
                }
                List<String> parts = new ArrayList<>();
                if (!with.isEmpty()) {
                    parts.add(p.have() + " " + join(with));
                }
                if (!wearing.isEmpty()) {
                    parts.add(p.be() + " wearing " + join(wearing));
                }
                if (emotionPredicate != null) {
                    parts.add(emotionPredicate);
                }
                sentences.add(capitalize(body));
                if (!parts.isEmpty()) {
                    sentences.add(capitalize(p.subject()) + " " + join(parts));
                }
            }
            case 3 -> { // wearing first
                if (!wearing.isEmpty()) {
                    body += " wearing " + join(wearing);
                }
                if (!with.isEmpty()) {
                    body += (wearing.isEmpty() ? " with " : ", with ") + join(with);
                }
                sentences.add(capitalize(body));
                if (emotionPredicate != null) {
                    sentences.add(capitalize(p.subject()) + " " + emotionPredicate);
                }
            }
            default -> { // with first, optionally introduced ("A photo of ...")
                if (!with.isEmpty()) {
                    body += " with " + join(with);
                }
                if (!wearing.isEmpty()) {
                    body += (with.isEmpty() ? " " : ", ") + "wearing " + join(wearing);
                }
                if (plan == 1) {
                    String kind = pick(r, List.of("photo", "portrait", "picture", "close-up"));
                    String intro;
                    if (notesInIntro && !notes.isEmpty()) {
                        intro = English.withIndefinite(String.join(", ", notes) + " " + kind) + " of ";
                        notes.clear();
                    } else {
                        intro = pick(r, List.of("a " + kind + " of ", "this is ", "the " + kind + " shows ", "here is "));
                    }
                    body = intro + body;
                }
                sentences.add(capitalize(body));
                if (emotionPredicate != null) {
                    sentences.add(capitalize(p.subject()) + " " + emotionPredicate);
                }
            }
        }
        sentences.addAll(extra);
        if (!notes.isEmpty()) {
            sentences.add("The " + pick(r, List.of("photo", "image", "picture")) + " is " + join(notes));
        }
        return finish(sentences);
    }

    /** "is smiling", "looks sad", "appears sad", "seems sad" (plural: "are", "look", ...). */
    private static String predicate(String adjective, boolean plural, int verb) {
        if (adjective.endsWith("ing")) {
            return (plural ? "are " : "is ") + adjective;
        }
        String v = List.of("look", "appear", "seem").get(verb);
        return v + (plural ? " " : "s ") + adjective;
    }

    private static String noun(String gender, double years, Random r) {
        boolean young = !Double.isNaN(years) && years < 18;
        if ("female".equals(gender)) {
            return young ? "girl" : pick(r, List.of("woman", "woman", "lady"));
        }
        if ("male".equals(gender)) {
            return young ? "boy" : pick(r, List.of("man", "man", "gentleman"));
        }
        return !Double.isNaN(years) && years < 13 ? "child" : pick(r, List.of("person", "person", "individual"));
    }

    private static String finish(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String t = s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
            sb.append(t.replace(",,", ",")).append('.');
        }
        return sb.toString();
    }
}
