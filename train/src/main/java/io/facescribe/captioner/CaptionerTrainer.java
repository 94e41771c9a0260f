package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.realize.CaptionerModel.Variant;
import io.facescribe.describe.realize.PhrasePosition;

/**
 * Counts a {@link CaptionerModel} from aligned human descriptions: how often each trait is said (from the
 * CelebA labels where a face has them, else from how often a second person says what a first one said), where
 * it is said, in which frames and with which words. Phrases seen fewer than {@code minCount} times are dropped,
 * so the model holds only phrases many people used.
 */
public final class CaptionerTrainer {

    /**
     * @param minCount    a phrase is kept when at least this many descriptions used it
     * @param maxVariants at most this many phrases per trait and frame (the most used)
     * @param prior       weight (in descriptions) of the pooled estimate a trait's mention rate is shrunk to
     * @param model       how the plan is drawn
     */
    public record Settings(int minCount, int maxVariants, double prior, CaptionerModel.Settings model,
                           boolean tuneBias) {
        public static Settings defaults() {
            return new Settings(2, 12, 4, new CaptionerModel.Settings(1.0, 0.0, 0.08, 0.2), true);
        }

        /** Fixed plan settings (the bias is then not chosen on the training faces). */
        public Settings withPlan(double sharpness, double bias) {
            return new Settings(minCount, maxVariants, prior, new CaptionerModel.Settings(sharpness, bias,
                    model.orderNoise(), model.unknownMention()), false);
        }
    }

    /** A description already aligned, with its image's CelebA labels when known. */
    public record Example(String image, DescriptionAligner.Alignment alignment, Map<String, Boolean> labels, String id) {
    }

    /** The counts behind the mention rates, for the provenance and the report. */
    public record MentionCount(String concept, int said, int present, String source) {
    }

    public record Result(CaptionerModel model, List<MentionCount> mentions, Map<String, Integer> counts) {
    }

    private final Settings settings;

    public CaptionerTrainer(Settings settings) {
        this.settings = settings;
    }

    public Result train(List<Example> examples, Map<String, Object> provenance) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, double[]> position = new TreeMap<>();
        Map<String, Map<PhrasePosition, Integer>> frames = new TreeMap<>();
        Map<String, Map<String, Integer>> phrases = new TreeMap<>();
        Map<String, Map<String, Integer>> hairWords = new TreeMap<>();
        Map<String, int[]> ageRange = new HashMap<>();
        Map<String, Integer> ageCount = new HashMap<>();
        Map<String, Map<String, Integer>> nouns = new TreeMap<>();
        Map<String, Integer> openings = new TreeMap<>();
        int items = 0;
        int phrased = 0;
        for (Example e : examples) {
            DescriptionAligner.Alignment a = e.alignment();
            List<DescriptionAligner.Item> all = new ArrayList<>(a.items());
            all.addAll(a.hair());
            for (DescriptionAligner.Item it : all) {
                items++;
                position.computeIfAbsent(it.concept(), k -> new double[2]);
                position.get(it.concept())[0] += it.position();
                position.get(it.concept())[1]++;
                if (it.frame() != null && !a.hair().contains(it)) {
                    frames.computeIfAbsent(it.concept(), k -> new EnumMap<>(PhrasePosition.class)).merge(it.frame(), 1, Integer::sum);
                }
                if (it.phrase() != null) {
                    phrased++;
                    if (a.hair().contains(it)) {
                        hairWords.computeIfAbsent(it.concept(), k -> new TreeMap<>()).merge(it.phrase(), 1, Integer::sum);
                    } else {
                        phrases.computeIfAbsent(new CaptionerModel.PhraseKey(it.concept(), it.frame()).key(), k -> new TreeMap<>())
                                .merge(it.phrase(), 1, Integer::sum);
                    }
                }
            }
            if (a.hairFrame() != null) {
                frames.computeIfAbsent("hair", k -> new EnumMap<>(PhrasePosition.class)).merge(a.hairFrame(), 1, Integer::sum);
            }
            for (DescriptionAligner.AgeWord w : a.ages()) {
                ageRange.put(w.text(), new int[] {w.low(), w.high()});
                ageCount.merge(w.text(), 1, Integer::sum);
            }
            if (a.noun() != null) {
                nouns.computeIfAbsent(a.gender(), k -> new TreeMap<>()).merge(a.noun(), 1, Integer::sum);
            }
            if (a.opening() != null) {
                openings.merge(a.opening(), 1, Integer::sum);
            }
        }
        counts.put("descriptions", examples.size());
        counts.put("images", (int) examples.stream().map(Example::image).distinct().count());
        counts.put("labelledDescriptions", (int) examples.stream().filter(e -> e.labels() != null).count());
        counts.put("labelledImages", (int) examples.stream().filter(e -> e.labels() != null).map(Example::image)
                .distinct().count());
        counts.put("traitsAligned", items);
        counts.put("traitsWithWords", phrased);

        List<MentionCount> mentionCounts = mentionCounts(examples);
        Map<String, Double> mention = new TreeMap<>();
        for (MentionCount m : mentionCounts) {
            mention.put(m.concept(), round((m.said() + 0.5) / (m.present() + 1.0)));
        }
        Map<String, Double> pos = new TreeMap<>();
        position.forEach((k, v) -> pos.put(k, round(v[0] / v[1])));
        Map<String, List<Variant>> phraseVariants = new TreeMap<>();
        phrases.forEach((k, v) -> {
            List<Variant> kept = top(v);
            if (!kept.isEmpty()) {
                phraseVariants.put(k, kept);
            }
        });
        Map<String, List<Variant>> hair = new TreeMap<>();
        hairWords.forEach((k, v) -> {
            List<Variant> kept = top(v);
            if (!kept.isEmpty()) {
                hair.put(k, kept);
            }
        });
        List<CaptionerModel.AgeWord> ages = new ArrayList<>();
        ageCount.forEach((w, c) -> {
            if (c >= settings.minCount()) {
                ages.add(new CaptionerModel.AgeWord(w, ageRange.get(w)[0], ageRange.get(w)[1], c));
            }
        });
        ages.sort(Comparator.comparingInt(CaptionerModel.AgeWord::count).reversed()
                .thenComparing(CaptionerModel.AgeWord::text));
        Map<String, List<Variant>> nounVariants = new TreeMap<>();
        nouns.forEach((g, v) -> nounVariants.put(g, top(v)));
        CaptionerModel model = new CaptionerModel(mention, pos, frames, phraseVariants, hair, ages, nounVariants,
                top(openings), settings.model(), provenance);
        return new Result(model, mentionCounts, counts);
    }

    /**
     * How often each trait is said when it is there. A CelebA label says it is there: the rate is the share of
     * the labelled faces' descriptions that say it. Without a label, a second description of the same face
     * stands in for the label: the share of descriptions that say a trait another person said of that face.
     * A label rate is shrunk towards the pooled label rate by {@code prior} descriptions; an agreement rate
     * towards how often the trait is said at all, since a trait one person said is there in a way that caught
     * the eye (few say "a white woman": agreement on the few faces so described would overstate it).
     */
    private List<MentionCount> mentionCounts(List<Example> examples) {
        Map<String, int[]> byLabel = new TreeMap<>();
        for (Example e : examples) {
            if (e.labels() == null) {
                continue;
            }
            e.labels().forEach((attribute, present) -> {
                String concept = CelebaLabels.concept(attribute);
                if (concept == null || !present) {
                    return;
                }
                int[] c = byLabel.computeIfAbsent(concept, k -> new int[2]);
                c[1]++;
                if (e.alignment().stated().contains(concept)) {
                    c[0]++;
                }
            });
        }
        Map<String, int[]> byAgreement = new TreeMap<>();
        Map<String, List<Example>> images = new LinkedHashMap<>();
        examples.forEach(e -> images.computeIfAbsent(e.image(), k -> new ArrayList<>()).add(e));
        for (List<Example> same : images.values()) {
            for (Example a : same) {
                for (Example b : same) {
                    if (a == b) {
                        continue;
                    }
                    for (String concept : a.alignment().stated()) {
                        int[] c = byAgreement.computeIfAbsent(concept, k -> new int[2]);
                        c[1]++;
                        if (b.alignment().stated().contains(concept)) {
                            c[0]++;
                        }
                    }
                }
            }
        }
        double pooledLabel = pooled(byLabel);
        // how often each concept is said at all: what an agreement rate is shrunk towards
        Map<String, Integer> said = new TreeMap<>();
        examples.forEach(e -> e.alignment().stated().forEach(c -> said.merge(c, 1, Integer::sum)));
        List<MentionCount> out = new ArrayList<>();
        java.util.Set<String> concepts = new java.util.TreeSet<>(byLabel.keySet());
        concepts.addAll(byAgreement.keySet());
        for (String concept : concepts) {
            int[] l = byLabel.get(concept);
            int[] g = byAgreement.get(concept);
            if (l != null && l[1] >= 3) {
                out.add(shrunk(concept, l, pooledLabel, "labels"));
            } else if (g != null) {
                out.add(shrunk(concept, g, said.getOrDefault(concept, 0) / (double) examples.size(),
                        "second description"));
            }
        }
        return out;
    }

    /** The counts with {@code prior} pseudo-descriptions at the pooled rate added. */
    private MentionCount shrunk(String concept, int[] c, double pooled, String source) {
        int extra = (int) Math.round(settings.prior());
        return new MentionCount(concept, c[0] + (int) Math.round(pooled * extra), c[1] + extra, source);
    }

    private static double pooled(Map<String, int[]> counts) {
        long said = 0;
        long present = 0;
        for (int[] c : counts.values()) {
            said += c[0];
            present += c[1];
        }
        return present == 0 ? 0 : said / (double) present;
    }

    private List<Variant> top(Map<String, Integer> counts) {
        List<Variant> out = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (c >= settings.minCount()) {
                out.add(new Variant(t, c));
            }
        });
        out.sort(Comparator.comparingInt(Variant::count).reversed().thenComparing(Variant::text));
        return List.copyOf(out.subList(0, Math.min(out.size(), settings.maxVariants())));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
