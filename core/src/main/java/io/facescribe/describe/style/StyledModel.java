package io.facescribe.describe.style;

import io.facescribe.describe.realize.LearnedRealizer;

import io.facescribe.describe.guard.CaptionWords;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.realize.Frame;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.describe.realize.CaptionerModel.AgeWord;
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

    private StyledModel() {
    }

    public static CaptionerModel of(CaptionerModel model, StyleProfile style) {
        Map<String, StyleProfile.TraitStyle> by = style.byConcept();
        Map<String, Double> mention = new HashMap<>(model.mention());
        by.forEach((c, t) -> {
            double p = model.mentionOf(c);
            double lift = Math.min(MAX_LIFT, Math.max(MIN_LIFT, t.lift()));
            double odds = p / Math.max(1e-4, 1 - p) * lift;
            mention.put(c, odds / (1 + odds));
        });
        Map<String, Double> position = new HashMap<>(model.position());
        by.forEach((c, t) -> {
            if (t.position() != null) {
                int k = t.words().stream().mapToInt(StyleProfile.Count::count).sum();
                double w = k / (k + 1.0);
                position.put(c, w * t.position() + (1 - w) * model.positionOf(c));
            }
        });
        Map<String, List<Variant>> phrases = new HashMap<>();
        model.phrases().forEach((key, variants) -> {
            String concept = key.substring(0, key.lastIndexOf(' '));
            Frame frame = Frame.valueOf(key.substring(key.lastIndexOf(' ') + 1));
            List<StyleProfile.Count> own = phrases(by.get(concept), frame);
            if (!own.isEmpty()) {
                phrases.put(key, mix(variants, own, own));
                return;
            }
            List<StyleProfile.Count> said = words(by.get(concept));
            phrases.put(key, mix(variants, said, frame == Frame.CLAUSE ? List.of() : fitting(variants, said)));
        });
        by.forEach((concept, t) -> {
            for (Frame frame : Frame.values()) {
                List<StyleProfile.Count> own = phrases(t, frame);
                if (!own.isEmpty() && !phrases.containsKey(concept + " " + frame)) {
                    phrases.put(concept + " " + frame, mix(List.of(), own, own));
                }
            }
        });
        Map<String, List<Variant>> hair = new HashMap<>();
        model.hairWords().forEach((c, variants) -> {
            List<StyleProfile.Count> said = hairWords(by.get(c));
            hair.put(c, mix(variants, said, said.stream().filter(w -> !w.text().contains(" ")).toList()));
        });
        Map<String, List<Variant>> nouns = new HashMap<>();
        model.nouns().forEach((g, variants) -> {
            List<StyleProfile.Count> said = words(by.get("gender." + g)).stream()
                    .filter(w -> !w.text().contains(" ") && !PRONOUNS.contains(w.text())).toList();
            nouns.put(g, mix(variants, said, said));
        });
        List<AgeWord> ages = new ArrayList<>();
        List<StyleProfile.Count> ageSaid = words(by.get("age"));
        boolean anyAge = model.ageWords().stream().anyMatch(a -> times(a.text(), ageSaid) > 0);
        for (AgeWord a : model.ageWords()) {
            int k = times(a.text(), ageSaid);
            ages.add(new AgeWord(a.text(), a.low(), a.high(), anyAge && k == 0 ? Math.max(1, a.count() / 10)
                    : a.count() * (1 + 9 * k)));
        }
        List<Variant> openings = mix(model.openings(), style.openings(), List.of());
        Map<String, Map<Frame, Integer>> frames = new HashMap<>();
        double sentences = style.length().sentences();
        java.util.Set<String> concepts = new java.util.HashSet<>(model.frames().keySet());
        concepts.addAll(by.keySet());
        for (String c : concepts) {
            Map<Frame, Integer> counts = model.frames().getOrDefault(c, Map.of());
            StyleProfile.TraitStyle t = by.get(c);
            Map<Frame, Integer> f = new EnumMap<>(Frame.class);
            if (t != null && !t.phrases().isEmpty()) {
                double total = counts.values().stream().mapToInt(Integer::intValue).sum();
                double ownTotal = t.phrases().stream().mapToInt(StyleProfile.Phrase::count).sum();
                for (Frame frame : Frame.values()) {
                    double own = t.phrases().stream().filter(x -> x.frame().equals(frame.name()))
                            .mapToInt(StyleProfile.Phrase::count).sum();
                    double w = (total > 0 ? (1 - OWN) * counts.getOrDefault(frame, 0) / total : 0) + OWN * own / ownTotal;
                    if (w > 0) {
                        f.put(frame, (int) Math.max(1, Math.round(w * SCALE)));
                    }
                }
            } else {
                counts.forEach((frame, n) -> {
                    boolean inFirst = frame == Frame.PRE || frame == Frame.WITH;
                    int factor = sentences <= 1.3 && inFirst ? 5 : sentences >= 2.5 && !inFirst ? 3 : 1;
                    f.put(frame, n * factor);
                });
            }
            if (!f.isEmpty()) {
                frames.put(c, f);
            }
        }
        Map<String, Object> provenance = new LinkedHashMap<>(model.provenance());
        provenance.put("style", style.provenance());
        return new CaptionerModel(mention, position, frames, phrases, hair, ages, nouns, openings, model.settings(),
                provenance);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("she", "he", "her", "his", "they",
            "their", "him", "them");

    /** The user's phrases for a trait in one frame. */
    private static List<StyleProfile.Count> phrases(StyleProfile.TraitStyle t, Frame frame) {
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
            if (PRONOUNS.contains(w.text())) {
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
