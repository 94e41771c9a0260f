package io.facescribe.describe.style;

import io.facescribe.describe.realize.LearnedRealizer;

import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.realize.PhrasePosition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.describe.realize.CaptionerModel.AgeWord;
import io.facescribe.describe.realize.CaptionerModel.PhraseKey;
import io.facescribe.describe.realize.CaptionerModel.Variant;

/**
 * A {@link CaptionerModel} bent toward one person's {@link StyleProfile}, for the {@link LearnedRealizer}: each
 * trait said as often as the person says it relative to everyone (its odds times the profile's lift), where
 * the person says it, in the phrases of the model that hold the person's words, with the person's nouns,
 * openings, hair and age words, in one sentence or several as they write. Only weights change: every phrase is
 * still one the model learned for that trait, so the guard reads the same traits as before.
 */
public final class StyledModel {

    /** Share of the draws that go to the user's own words when they have any for a choice. */
    static final double OWN = 0.9;
    /** Integer scale of the mixed counts. */
    private static final int SCALE = 10_000;
    /** Smallest and largest change of a trait's odds of being said. */
    static final double MIN_LIFT = 0.05;
    static final double MAX_LIFT = 20;

    /** Smallest probability of leaving a trait out, so that a trait always said still has finite odds. */
    private static final double MIN_UNSAID = 1e-4;
    /**
     * A person who writes one sentence (at most this many on average) says traits in the opening phrase:
     * positions there weigh {@link #ONE_SENTENCE_BOOST} times more where they have no phrases of their own.
     */
    static final double ONE_SENTENCE = 1.3;
    static final int ONE_SENTENCE_BOOST = 5;
    /**
     * A person who writes several sentences (at least this many on average) says traits in sentences of their
     * own: positions after the opening phrase weigh {@link #MANY_SENTENCES_BOOST} times more.
     */
    static final double MANY_SENTENCES = 2.5;
    static final int MANY_SENTENCES_BOOST = 3;
    /** An age word the person uses weighs this much more per time they used it (1 + 9k times its count). */
    static final int AGE_WORD_BOOST = 9;
    /** An age word the person never uses, when they use others, keeps this share of its count (at least 1). */
    static final int UNUSED_AGE_WORD_DIVISOR = 10;

    private StyledModel() {
    }

    /**
     * The model with each of its choices bent toward the style, one step per choice: how often each trait is
     * said, where, in which phrases, in which positions, with which hair, age and person words, and how a
     * caption opens.
     */
    public static CaptionerModel of(CaptionerModel model, StyleProfile style) {
        Map<String, StyleProfile.TraitStyle> by = style.byConcept();
        Map<String, Object> provenance = new LinkedHashMap<>(model.provenance());
        provenance.put("style", style.provenance());
        return new CaptionerModel(mention(model, by), position(model, by), positions(model, by, style),
                phrases(model, by), hairWords(model, by), ageWords(model, by), nouns(model, by),
                mix(model.openings(), style.openings(), List.of()), model.settings(), provenance);
    }

    /** Each trait's odds of being said times the person's lift (how much more often than everyone they say it). */
    private static Map<String, Double> mention(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        Map<String, Double> mention = new HashMap<>(model.mention());
        by.forEach((c, t) -> {
            double p = model.mentionOf(c);
            double lift = Math.min(MAX_LIFT, Math.max(MIN_LIFT, t.lift()));
            double odds = p / Math.max(MIN_UNSAID, 1 - p) * lift;
            mention.put(c, odds / (1 + odds));
        });
        return mention;
    }

    /** Where in a caption each trait goes: toward the person's place for it, the more the more they said it (k/(k+1)). */
    private static Map<String, Double> position(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        Map<String, Double> position = new HashMap<>(model.position());
        by.forEach((c, t) -> {
            if (t.position() != null) {
                int k = t.words().stream().mapToInt(StyleProfile.Count::count).sum();
                double w = k / (k + 1.0);
                position.put(c, w * t.position() + (1 - w) * model.positionOf(c));
            }
        });
        return position;
    }

    /**
     * The phrases per concept and position: the person's own phrases there when they have any, else the model's
     * with the draws moved to those holding the person's words (and their fitting words added, except as a
     * clause); then the person's phrases in positions the model has none for.
     */
    private static Map<String, List<Variant>> phrases(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        Map<String, List<Variant>> phrases = new HashMap<>();
        model.phrases().forEach((key, variants) -> {
            PhraseKey k = PhraseKey.parse(key);
            List<StyleProfile.Count> own = phrases(by.get(k.concept()), k.position());
            if (!own.isEmpty()) {
                phrases.put(key, mix(variants, own, own));
                return;
            }
            List<StyleProfile.Count> said = words(by.get(k.concept()));
            phrases.put(key, mix(variants, said,
                    k.position() == PhrasePosition.CLAUSE ? List.of() : fitting(variants, said)));
        });
        by.forEach((concept, t) -> {
            for (PhrasePosition position : PhrasePosition.values()) {
                List<StyleProfile.Count> own = phrases(t, position);
                String key = new PhraseKey(concept, position).key();
                if (!own.isEmpty() && !phrases.containsKey(key)) {
                    phrases.put(key, mix(List.of(), own, own));
                }
            }
        });
        return phrases;
    }

    /** The hair adjectives, toward the person's ("wavy" of "wavy hair"); their one-word ones added. */
    private static Map<String, List<Variant>> hairWords(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        Map<String, List<Variant>> hair = new HashMap<>();
        model.hairWords().forEach((c, variants) -> {
            List<StyleProfile.Count> said = hairWords(by.get(c));
            hair.put(c, mix(variants, said, said.stream().filter(w -> !w.text().contains(" ")).toList()));
        });
        return hair;
    }

    /** The nouns for each gender, toward the person's one-word nouns (pronouns left out). */
    private static Map<String, List<Variant>> nouns(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        Map<String, List<Variant>> nouns = new HashMap<>();
        model.nouns().forEach((g, variants) -> {
            List<StyleProfile.Count> said = words(by.get("gender." + g)).stream()
                    .filter(w -> !w.text().contains(" ") && !CaptionWords.isPronoun(w.text())).toList();
            nouns.put(g, mix(variants, said, said));
        });
        return nouns;
    }

    /**
     * The age words: each the person uses weighs 1 + {@link #AGE_WORD_BOOST} times more per use; when they use
     * any, the others keep a {@link #UNUSED_AGE_WORD_DIVISOR}th of their count.
     */
    private static List<AgeWord> ageWords(CaptionerModel model, Map<String, StyleProfile.TraitStyle> by) {
        List<AgeWord> ages = new ArrayList<>();
        List<StyleProfile.Count> said = words(by.get("age"));
        boolean any = model.ageWords().stream().anyMatch(a -> times(a.text(), said) > 0);
        for (AgeWord a : model.ageWords()) {
            int k = times(a.text(), said);
            ages.add(new AgeWord(a.text(), a.low(), a.high(), any && k == 0
                    ? Math.max(1, a.count() / UNUSED_AGE_WORD_DIVISOR) : a.count() * (1 + AGE_WORD_BOOST * k)));
        }
        return ages;
    }

    /**
     * How often each trait is said in each position: {@link #OWN} of it as the person does where they have
     * phrases for it; else the model's counts, leaning to the opening phrase for one-sentence writers and to
     * sentences of their own for writers of several.
     */
    private static Map<String, Map<PhrasePosition, Integer>> positions(CaptionerModel model,
                                                                       Map<String, StyleProfile.TraitStyle> by,
                                                                       StyleProfile style) {
        Map<String, Map<PhrasePosition, Integer>> frames = new HashMap<>();
        double sentences = style.length().sentences();
        java.util.Set<String> concepts = new java.util.HashSet<>(model.frames().keySet());
        concepts.addAll(by.keySet());
        for (String c : concepts) {
            Map<PhrasePosition, Integer> counts = model.frames().getOrDefault(c, Map.of());
            StyleProfile.TraitStyle t = by.get(c);
            Map<PhrasePosition, Integer> f = new EnumMap<>(PhrasePosition.class);
            if (t != null && !t.phrases().isEmpty()) {
                double total = counts.values().stream().mapToInt(Integer::intValue).sum();
                double ownTotal = t.phrases().stream().mapToInt(StyleProfile.Phrase::count).sum();
                for (PhrasePosition position : PhrasePosition.values()) {
                    double own = t.phrases().stream().filter(x -> x.frame().equals(position.name()))
                            .mapToInt(StyleProfile.Phrase::count).sum();
                    double w = (total > 0 ? (1 - OWN) * counts.getOrDefault(position, 0) / total : 0)
                            + OWN * own / ownTotal;
                    if (w > 0) {
                        f.put(position, (int) Math.max(1, Math.round(w * SCALE)));
                    }
                }
            } else {
                counts.forEach((position, n) -> {
                    boolean opening = position == PhrasePosition.PRE || position == PhrasePosition.WITH;
                    int factor = sentences <= ONE_SENTENCE && opening ? ONE_SENTENCE_BOOST
                            : sentences >= MANY_SENTENCES && !opening ? MANY_SENTENCES_BOOST : 1;
                    f.put(position, n * factor);
                });
            }
            if (!f.isEmpty()) {
                frames.put(c, f);
            }
        }
        return frames;
    }

    /** The user's phrases for a trait in one frame. */
    private static List<StyleProfile.Count> phrases(StyleProfile.TraitStyle t, PhrasePosition frame) {
        if (t == null) {
            return List.of();
        }
        return t.phrases().stream().filter(p -> p.frame().equals(frame.name()))
                .map(p -> new StyleProfile.Count(p.text(), p.count())).toList();
    }

    private static List<StyleProfile.Count> words(StyleProfile.TraitStyle t) {
        return t == null ? List.of() : t.words();
    }

    /** "wavy hair" said of wavy_hair: the adjective "wavy". */
    private static List<StyleProfile.Count> hairWords(StyleProfile.TraitStyle t) {
        return words(t).stream().filter(c -> c.text().endsWith(" hair"))
                .map(c -> new StyleProfile.Count(c.text().substring(0, c.text().length() - 5), c.count())).toList();
    }

    /**
     * The user's words that can stand where the model's phrases of a frame stand: as many words as one of them,
     * ending the same way (-ing, -ed, plural or other), so "grinning" goes where "smiling" goes and "spectacles"
     * where "glasses" goes. The guard still reads every caption.
     */
    private static List<StyleProfile.Count> fitting(List<Variant> variants, List<StyleProfile.Count> said) {
        List<StyleProfile.Count> out = new ArrayList<>();
        for (StyleProfile.Count w : said) {
            String[] ws = w.text().split("[\\s-]+");
            if (CaptionWords.isPronoun(w.text())) {
                continue;
            }
            for (Variant v : variants) {
                String[] vs = v.text().split("[\\s-]+");
                if (vs.length == ws.length && ending(vs[vs.length - 1]).equals(ending(ws[ws.length - 1]))) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }

    private static String ending(String word) {
        return word.endsWith("ing") ? "ing" : word.endsWith("ed") ? "ed" : word.endsWith("s") ? "s" : "";
    }

    /**
     * The variants with {@link #OWN} of the draws moved to those holding the user's words (in proportion to how
     * often the user said them), the user's own fitting words added as variants; unchanged when the user has no
     * word for this choice.
     */
    private static List<Variant> mix(List<Variant> variants, List<StyleProfile.Count> said, List<StyleProfile.Count> add) {
        Map<String, Integer> own = new LinkedHashMap<>();
        double total = 0;
        for (Variant v : variants) {
            total += v.count();
            int k = times(v.text(), said);
            if (k > 0) {
                own.put(v.text(), k);
            }
        }
        for (StyleProfile.Count a : add) {
            boolean known = variants.stream().anyMatch(v -> v.text().equalsIgnoreCase(a.text()));
            if (!known) {
                own.merge(a.text(), a.count(), Integer::sum);
            }
        }
        if (own.isEmpty()) {
            return variants;
        }
        double ownTotal = own.values().stream().mapToInt(Integer::intValue).sum();
        List<Variant> out = new ArrayList<>();
        for (Variant v : variants) {
            double w = (total > 0 ? (1 - OWN) * v.count() / total : 0) + (own.containsKey(v.text()) ? OWN * own.get(v.text()) / ownTotal : 0);
            out.add(new Variant(v.text(), (int) Math.max(1, Math.round(w * SCALE))));
        }
        double share = total > 0 ? OWN : 1;
        own.forEach((text, k) -> {
            if (variants.stream().noneMatch(v -> v.text().equals(text))) {
                out.add(new Variant(text, (int) Math.max(1, Math.round(share * k / ownTotal * SCALE))));
            }
        });
        return out;
    }

    /** How often the user said words this phrase holds (word by word, as the reader tokenises). */
    private static int times(String phrase, List<StyleProfile.Count> said) {
        String p = " " + String.join(" ", CaptionWords.tokenize(phrase)) + " ";
        int k = 0;
        for (StyleProfile.Count c : said) {
            String w = String.join(" ", CaptionWords.tokenize(c.text()));
            if (!w.isEmpty() && p.contains(" " + w + " ")) {
                k += c.count();
            }
        }
        return k;
    }
}
