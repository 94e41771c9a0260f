package io.facescribe.describe.realize;

import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.guard.CaptionGuard;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitCategory;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

import static io.facescribe.describe.realize.English.capitalize;
import static io.facescribe.describe.realize.English.join;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.facescribe.describe.realize.CaptionerModel.AgeWord;
import io.facescribe.describe.realize.CaptionerModel.Variant;
import io.facescribe.describe.realize.English.Pronoun;

/**
 * Says a bag of traits in people's words, as counted from human descriptions ({@link CaptionerModel}): each
 * trait in a frame people use for it (before the noun, after "with", "has", "is wearing", "is", or a clause of
 * its own) with their phrases for it, in the order people say things. Plan, then realise: {@link #plan} picks
 * what a person would say of the face (each trait with the probability people say it), {@link #realize} says
 * exactly the bag it is given. Only the bag's traits fill the frames, so nothing unmeasured is ever said; the
 * describer still checks every caption with the guard. Deterministic per seed; thread-safe.
 */
public final class LearnedRealizer implements Realizer {

    private static final long PLAN_SALT = 0x91A7_3C5DL;
    private static final long REALIZE_SALT = 0x4E2B_88F1L;

    private final CaptionerModel model;
    /** Words the reader takes as a gender as a whole ("young lady"): an age word must not run into one. */
    private final java.util.Set<String> genderPhrases = new java.util.HashSet<>();

    public LearnedRealizer(CaptionerModel model) {
        this.model = model;
        for (TraitDefinition d : TraitTable.standard().definitions()) {
            if (d.slot() == Slot.GENDER) {
                d.surfaceForms().forEach(f -> genderPhrases.add(f.toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    /** With the shipped model. */
    public static LearnedRealizer shipped() {
        return new LearnedRealizer(CaptionerModel.shipped());
    }

    public CaptionerModel model() {
        return model;
    }

    @Override
    public String name() {
        return "learned";
    }

    /**
     * What a person would say of a face with these traits: the gender always (it is the noun), every other
     * trait with the (sharpened) probability that people say it, at least one when there is one to say.
     */
    @Override
    public TraitBag plan(TraitBag bag, long seed) {
        Random r = new Random(TraitComposer.mix(seed, PLAN_SALT));
        double s = model.settings().sharpness();
        double b = model.settings().bias();
        List<Trait> kept = new ArrayList<>();
        Trait best = null;
        double bestP = -1;
        for (Trait t : bag.all()) {
            double u = r.nextDouble();
            if (t.slot() == Slot.GENDER) {
                kept.add(t);
                continue;
            }
            double p = model.mentionOf(key(t));
            if (t.secondary()) {
                p *= 0.5;
            }
            double logit = Math.log(Math.max(p, 1e-4) / Math.max(1 - p, 1e-4));
            double q = 1 / (1 + Math.exp(-(s * logit + b)));
            if (u < q) {
                kept.add(t);
            } else if (t.category() == TraitCategory.F2 && p > bestP) {
                best = t;
                bestP = p;
            }
        }
        if (best != null && kept.stream().noneMatch(t -> t.category() == TraitCategory.F2)) {
            kept.add(best);
        }
        List<Trait> f1 = bag.f1().stream().filter(kept::contains).toList();
        List<Trait> f2 = bag.f2().stream().filter(kept::contains).toList();
        if (f2.stream().anyMatch(Trait::secondary) && f2.stream().noneMatch(t -> t.slot() == Slot.EXPRESSION
                && !t.secondary())) {
            f2 = f2.stream().filter(t -> !t.secondary()).toList();
        }
        return new TraitBag(f1, f2);
    }

    private static String key(Trait t) {
        return t.slot() == Slot.AGE ? "age" : t.concept();
    }

    private record Said(String text, double at) {
    }

    /** The pieces of the caption as they are gathered, each with the position it is said at. */
    private static final class Pieces {
        final List<Trait> pre = new ArrayList<>();
        final Map<Trait, String> preWords = new LinkedHashMap<>();
        final Map<PhrasePosition, List<Said>> said = new EnumMap<>(PhrasePosition.class);
        final Map<PhrasePosition, Double> at = new EnumMap<>(PhrasePosition.class);
        final List<String> clauses = new ArrayList<>();
        final List<Double> clauseAt = new ArrayList<>();

        void add(PhrasePosition f, String text, double position) {
            said.computeIfAbsent(f, k -> new ArrayList<>()).add(new Said(text, position));
            at.merge(f, position, Math::min);
        }

        /** What is said in this frame, in the order people say it. */
        List<String> list(PhrasePosition f) {
            return said.getOrDefault(f, List.of()).stream().sorted(Comparator.comparingDouble(Said::at))
                    .map(Said::text).toList();
        }

        void clause(String text, double position) {
            clauses.add(text);
            clauseAt.add(position);
        }
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        Random r = new Random(TraitComposer.mix(seed, REALIZE_SALT));
        Pronoun p = Pronoun.of(bag.gender());
        double years = bag.years();
        Map<Trait, Double> at = new LinkedHashMap<>();
        for (Trait t : bag.all()) {
            at.put(t, model.positionOf(key(t)) + r.nextGaussian() * model.settings().orderNoise());
        }
        List<Trait> ordered = new ArrayList<>(bag.all());
        ordered.sort(Comparator.comparingDouble(at::get));

        Pieces pieces = new Pieces();
        List<Trait> hair = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Trait t : ordered) {
            double pos = at.get(t);
            TraitDefinition d = t.definition();
            switch (t.slot()) {
                case GENDER -> { }
                case AGE -> age(t, years, pos, p, r, pieces);
                case HAIR -> hair.add(t);
                case NOTE -> notes.add(English.pick(r, d.phrases()));
                default -> say(t, pos, p, r, pieces);
            }
        }
        if (!hair.isEmpty()) {
            hair(hair, at, p, r, pieces);
        }

        // the opening: determiner, words before the noun, the noun, "with ..."
        List<Trait> pre = new ArrayList<>(pieces.pre);
        pre.sort(Comparator.comparingInt(LearnedRealizer::preOrder));
        List<String> words = new ArrayList<>();
        pre.forEach(t -> words.add(pieces.preWords.get(t)));
        String before = words.isEmpty() ? "" : words.get(words.size() - 1) + " ";
        words.add(noun(bag.gender(), years, r, before));
        String head = String.join(" ", words);
        Variant opening = CaptionerModel.draw(model.openings(), r);
        String np = opening == null || opening.text().equals("a") ? English.withIndefinite(head)
                : opening.text() + " " + head;
        List<String> with = pieces.list(PhrasePosition.WITH);
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(capitalize(np) + (with.isEmpty() ? "" : " with " + join(with)), -1));
        String subject = capitalize(p.subject());
        addList(sentences, pieces, PhrasePosition.HAS, subject + " " + p.have() + " ");
        addList(sentences, pieces, PhrasePosition.WEARING, subject + " " + p.be() + " wearing ");
        List<String> predicates = pieces.list(PhrasePosition.IS);
        if (!predicates.isEmpty()) {
            List<String> agreed = predicates.stream().map(x -> agree(x, p)).toList();
            sentences.add(new Sentence(subject + " " + join(agreed), pieces.at.get(PhrasePosition.IS)));
        }
        for (int i = 0; i < pieces.clauses.size(); i++) {
            sentences.add(new Sentence(capitalize(pieces.clauses.get(i)), pieces.clauseAt.get(i)));
        }
        sentences.sort(Comparator.comparingDouble(Sentence::at));
        if (!notes.isEmpty()) {
            sentences.add(new Sentence("The " + English.pick(r, List.of("photo", "picture")) + " is " + join(notes), 2));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String text = sentences.get(i).text();
            // two short statements after the opening are one sentence, as people write them
            if (i > 0 && i + 1 < sentences.size() && words(text) + words(sentences.get(i + 1).text()) <= JOINED_WORDS) {
                text = text + " and " + lowerFirst(sentences.get(i + 1).text());
                i++;
            }
            out.append(text).append('.');
        }
        return out.toString();
    }

    private record Sentence(String text, double at) {
    }

    /** The most words two statements joined by "and" may have. */
    private static final int JOINED_WORDS = 12;

    private static int words(String text) {
        return text.split(" ").length;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "is smiling" said of "they": "are smiling"; "looks calm": "look calm". */
    private static String agree(String predicate, Pronoun p) {
        if (!p.subject().equals("they")) {
            return predicate;
        }
        int space = predicate.indexOf(' ');
        String verb = space < 0 ? predicate : predicate.substring(0, space);
        String rest = space < 0 ? "" : predicate.substring(space);
        String plural = switch (verb) {
            case "is" -> "are";
            case "has" -> "have";
            case "looks", "seems", "appears" -> verb.substring(0, verb.length() - 1);
            default -> verb;
        };
        return plural + rest;
    }

    /** A predicate from the table's own words: "is smiling", "looks calm". */
    private static String predicate(String adjective) {
        return (adjective.endsWith("ing") ? "is " : "looks ") + adjective;
    }

    private static void addList(List<Sentence> sentences, Pieces pieces, PhrasePosition frame, String lead) {
        List<String> items = pieces.list(frame);
        if (!items.isEmpty()) {
            sentences.add(new Sentence(lead + join(items), pieces.at.get(frame)));
        }
    }

    /** Adjectives before the noun in the usual English order: opinion, size/shape, expression, age, origin. */
    private static int preOrder(Trait t) {
        return switch (t.slot()) {
            case ADJECTIVE -> t.definition().rank() <= 1 ? 0 : 1;
            case EXPRESSION -> 2;
            case AGE -> 3;
            case ETHNICITY -> 4;
            default -> 2;
        };
    }

    /** An age word people use that allows these years (and the bag's range); else the number. */
    private void age(Trait t, double years, double pos, Pronoun p, Random r, Pieces pieces) {
        AgeValue a = t.age();
        // the composer's age word, chosen for claim precision: a word of people's is said only when it claims no
        // more than that one (as wide or wider: "adult" never becomes "middle-aged")
        AgeValue.Category chosen = (a.form() == AgeValue.Form.WORD || a.form() == AgeValue.Form.ESTIMATE)
                && a.category() != null && (a.category().equals(AgeValue.ADULT.name())
                || AgeValue.WORDS.stream().anyMatch(w -> w.name().equals(a.category())))
                ? AgeValue.word(a.category()) : null;
        List<Variant> fit = new ArrayList<>();
        List<AgeWord> words = new ArrayList<>();
        for (AgeWord w : model.ageWords()) {
            boolean overlaps = w.high() >= a.low() - CaptionGuard.AGE_TOLERANCE
                    && w.low() <= a.high() + CaptionGuard.AGE_TOLERANCE;
            boolean noNarrower = chosen == null || (w.low() <= chosen.low() + CaptionGuard.AGE_TOLERANCE
                    && w.high() >= chosen.high() - CaptionGuard.AGE_TOLERANCE);
            if (w.allows(years) && overlaps && noNarrower) {
                fit.add(new Variant(w.text(), w.count()));
                words.add(w);
            }
        }
        Variant v = CaptionerModel.draw(fit, r);
        if (v == null && chosen != null) {
            v = new Variant(chosen.name(), 1); // "an adult man": the composer's word when people have none as wide
        }
        if (v != null) {
            pieces.pre.add(t);
            pieces.preWords.put(t, v.text());
            return;
        }
        int n = a.form() == AgeValue.Form.NUMBER ? a.stated() : (int) Math.round(years);
        pieces.clause(p.subject() + " " + p.look() + " about " + n + " years old", pos);
    }

    /** One trait in a frame people use for it, with their words; the table's own words when they never said it. */
    private void say(Trait t, double pos, Pronoun p, Random r, Pieces pieces) {
        TraitDefinition d = t.definition();
        if (t.secondary()) {
            pieces.add(PhrasePosition.IS, "looks " + English.pick(r, List.of("a little ", "slightly ", "somewhat "))
                    + English.pick(r, d.phrases()), pos);
            return;
        }
        Map<PhrasePosition, Integer> counts = model.frames().getOrDefault(t.concept(), Map.of());
        List<Variant> frames = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (!model.phrases(t.concept(), f).isEmpty()) {
                frames.add(new Variant(f.name(), c));
            }
        });
        frames.sort(Comparator.comparing(Variant::text));
        Variant chosen = CaptionerModel.draw(frames, r);
        if (chosen != null) {
            PhrasePosition f = PhrasePosition.valueOf(chosen.text());
            String text = CaptionerModel.draw(model.phrases(t.concept(), f), r).text();
            place(t, f, text, pos, p, pieces);
            return;
        }
        switch (t.slot()) {
            case ETHNICITY, ADJECTIVE -> place(t, PhrasePosition.PRE, English.pick(r, d.phrases()), pos, p, pieces);
            case WEARING -> place(t, PhrasePosition.WEARING, English.pick(r, d.phrases()), pos, p, pieces);
            case EXPRESSION -> place(t, PhrasePosition.IS, predicate(English.pick(r, d.phrases())), pos, p, pieces);
            default -> place(t, PhrasePosition.WITH, English.pick(r, d.phrases()), pos, p, pieces);
        }
    }

    private static void place(Trait t, PhrasePosition f, String text, double pos, Pronoun p, Pieces pieces) {
        String said = English.properAdjectives(English.possessive(text, p));
        if (f == PhrasePosition.PRE) {
            pieces.pre.add(t);
            pieces.preWords.put(t, said);
        } else if (f == PhrasePosition.CLAUSE) {
            pieces.clause(said, pos);
        } else {
            pieces.add(f, said, pos);
        }
    }

    /** The hair phrase: people's adjectives for each hair trait, by rank (texture before colour), then "hair". */
    private void hair(List<Trait> hair, Map<Trait, Double> at, Pronoun p, Random r, Pieces pieces) {
        hair.sort(Comparator.comparingInt(t -> t.definition().rank()));
        List<String> words = new ArrayList<>();
        double pos = 1;
        for (Trait t : hair) {
            Variant v = CaptionerModel.draw(model.hairWords().getOrDefault(t.concept(), List.of()), r);
            words.add(v != null ? v.text() : English.pick(r, t.definition().phrases()));
            pos = Math.min(pos, at.get(t));
        }
        Map<PhrasePosition, Integer> counts = model.frames().getOrDefault("hair", Map.of());
        List<Variant> frames = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (f == PhrasePosition.WITH || f == PhrasePosition.HAS) {
                frames.add(new Variant(f.name(), c));
            }
        });
        frames.sort(Comparator.comparing(Variant::text));
        Variant chosen = CaptionerModel.draw(frames, r);
        PhrasePosition f = chosen == null ? PhrasePosition.WITH : PhrasePosition.valueOf(chosen.text());
        pieces.add(f, String.join(" ", words) + " hair", pos);
    }

    /** People's noun for the person: "girl"/"boy" only for the young, "person" when the gender is not said. */
    private String noun(String gender, double years, Random r, String before) {
        if (gender == null) {
            return !Double.isNaN(years) && years < 13 ? "child" : "person";
        }
        boolean young = !Double.isNaN(years) && years < 20;
        List<Variant> fit = new ArrayList<>();
        for (Variant v : model.nouns().getOrDefault(gender, List.of())) {
            boolean child = v.text().equals("girl") || v.text().equals("boy");
            if ((!child || young) && !genderPhrases.contains(before + v.text())) {
                fit.add(v);
            }
        }
        Variant v = CaptionerModel.draw(fit, r);
        if (v != null) {
            return v.text();
        }
        if (gender.equals("female")) {
            return young ? "girl" : "woman";
        }
        return young ? "boy" : "man";
    }
}
