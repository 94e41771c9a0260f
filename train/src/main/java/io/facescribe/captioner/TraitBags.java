package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.facescribe.analysis.Age;
import io.facescribe.analysis.Emotion;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FaceBox;
import io.facescribe.analysis.FaceTraits;
import io.facescribe.analysis.Label;
import io.facescribe.analysis.Quality;
import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitCategory;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

/** Bags of traits for a described face without its image: from what its descriptions state, or from its CelebA labels. */
public final class TraitBags {

    private final TraitTable table;
    private final TraitComposer composer;

    public TraitBags(TraitTable table) {
        this.table = table;
        this.composer = new TraitComposer(table, io.facescribe.describe.trait.TraitRules.defaults());
    }

    /**
     * The traits the descriptions state (the text side, as FaceGemma captions from labels): every concept of
     * the table read without negation, the first of a group when two disagree, and the age as the years the
     * age words allow (clipped to 16..80; the estimate in the middle).
     */
    public TraitBag stated(List<List<Mention>> descriptions) {
        List<Trait> f1 = new ArrayList<>();
        List<Trait> f2 = new ArrayList<>();
        Set<String> concepts = new HashSet<>();
        Set<String> groups = new HashSet<>();
        boolean age = false;
        for (List<Mention> mentions : descriptions) {
            for (Mention m : mentions) {
                if (m.negated()) {
                    continue;
                }
                if (m.concept().equals("age")) {
                    if (!age) {
                        age = true;
                        f1.add(ageTrait(m.low(), m.high()));
                    }
                    continue;
                }
                TraitDefinition d = table.find(m.concept()).orElse(null);
                if (d == null || concepts.contains(d.concept()) || (d.group() != null && groups.contains(d.group()))) {
                    continue;
                }
                concepts.add(d.concept());
                if (d.group() != null) {
                    groups.add(d.group());
                }
                String phrase = d.phrases().isEmpty() ? d.concept() : d.phrases().get(0).replace("{pos} ", "");
                Trait t = new Trait(d.concept(), phrase, d.source(), 1.0, null, false, d);
                (d.category() == TraitCategory.F1 ? f1 : f2).add(t);
            }
        }
        f1.sort(java.util.Comparator.comparingInt(t -> t.slot().ordinal()));
        return new TraitBag(f1, f2);
    }

    private Trait ageTrait(int low, int high) {
        int lo = Math.max(low, 16);
        int hi = Math.min(high, 80);
        if (lo > hi) {
            lo = low;
            hi = high;
        }
        double years = (lo + hi) / 2.0;
        TraitDefinition d = table.get("age");
        return new Trait("age", "about " + Math.round(years) + " years old", "age", 1.0,
                new AgeValue(AgeValue.Form.ESTIMATE, years, low, high, null), false, d);
    }

    /**
     * The traits the composer would give a face measured exactly as its CelebA labels say (a stand-in for the
     * analysis of an image that is not here): gender from Male, about 27 years (20-35) when Young else about 50
     * (38-65), happy when Smiling else neutral, the mouth slightly open or closed, and each attribute present
     * or not, through the same reliability and consistency rules as a measured face.
     */
    public TraitBag fromLabels(Map<String, Boolean> labels) {
        boolean young = labels.getOrDefault("Young", true);
        Age age = young ? new Age(27, 20, 35, 0.6, Map.of()) : new Age(50, 38, 65, 0.6, Map.of());
        boolean smiling = labels.getOrDefault("Smiling", false);
        Map<String, Double> p = new java.util.LinkedHashMap<>();
        for (String e : List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")) {
            p.put(e, e.equals(smiling ? "happy" : "neutral") ? 0.9 : 0.1 / 6);
        }
        Emotion emotion = new Emotion(smiling ? "happy" : "neutral", 0.9, p);
        Label gender = new Label(labels.getOrDefault("Male", false) ? "male" : "female", 0.95);
        boolean open = labels.getOrDefault("Mouth_Slightly_Open", false);
        FaceTraits traits = new FaceTraits(new Label("open", 0.9), 0.3, new Label(open ? "slightly open" : "closed", 0.9),
                open ? 0.15 : 0.02, new Label("not visible", 0.5));
        boolean blurry = labels.getOrDefault("Blurry", false);
        Quality quality = new Quality(blurry, 0.2, 0.9, false, 0.9, 200);
        Map<String, Double> attributes = new java.util.LinkedHashMap<>();
        labels.forEach((k, v) -> attributes.put(k, v ? 1.0 : 0.0));
        FaceAnalysis face = new FaceAnalysis(new FaceBox(0, 0, 178, 218), 0.9, gender, age, null, emotion,
                new io.facescribe.analysis.Pose(0, 0, 0, 1.0), traits, quality, List.of(), null, attributes);
        return composer.compose(Measurements.of(face));
    }
}
