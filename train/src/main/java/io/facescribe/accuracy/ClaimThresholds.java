package io.facescribe.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;

/**
 * Chooses the claim threshold of every trait table entry: the lowest confidence (0.00, 0.01, ...) from which the
 * statements the captions would make keep a claim precision of {@link #PRECISION} on every labelled set that
 * judges it; with fewer than {@link #MIN_SAID} statements at a cut the missing ones count as wrong, so a rare claim
 * is said only when the tuning faces show it precise often enough ({@link #NEVER} when they never do). A statement is what the composer
 * states without thresholds (one hair colour, the top emotion, no facial hair for a woman), plus "dark hair" where
 * the face's colour is black or brown, and the age words an adult's estimate gets (their confidence P(Young) for
 * "young", 1 - P(Young) for the older words). Gender and ethnicity's floor have their own thresholds
 * ({@code train facts}). The analyses are those of the tuning half of each validation split ({@link ClaimsSplit}).
 */
public final class ClaimThresholds {

    public static final double PRECISION = 0.90;
    /** Sensitive traits (ethnicity, attractiveness: {@code TraitDefinition.sensitive}) are stated only at this precision. */
    public static final double SENSITIVE_PRECISION = 0.95;
    public static final int MIN_SAID = 15;
    /** Threshold of a claim never precise enough: above any confidence, so it is never stated. */
    public static final double NEVER = 1.01;

    /** One labelled set: its analyses and a judge (image key, concept, the claim's low..high years) to right/wrong/null. */
    public record LabelledSet(String name, Map<String, FaceAnalysis> analyses, Judge judge) {
    }

    /** Whether a claim about the image is right; null when the labels do not decide it. */
    @FunctionalInterface
    public interface Judge {
        Boolean judge(String key, String concept, int low, int high);
    }

    /** A chosen threshold with its figures on each set at that threshold ("0.912 of 120 said (25%)"). */
    public record Choice(double threshold, Map<String, String> figures) {
    }

    private ClaimThresholds() {
    }

    /** The thresholds by claim ({@code trait.CONCEPT}, {@code trait.age.WORD}). */
    public static Map<String, Choice> choose(List<LabelledSet> sets) {
        TraitTable table = TraitTable.standard().ungated();
        TraitComposer composer = new TraitComposer(table, TraitRules.defaults());
        // per claim, per set: (confidence, right)
        Map<String, Map<String, List<double[]>>> seen = new TreeMap<>();
        for (LabelledSet set : sets) {
            java.util.Set<FaceAnalysis> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            set.analyses().forEach((key, face) -> {
                if (!done.add(face)) {
                    return;
                }
                Measurements m = Measurements.of(face);
                TraitBag bag = composer.compose(m);
                List<Trait> said = new ArrayList<>(bag.f1());
                said.addAll(bag.f2());
                for (Trait t : said) {
                    if (t.slot() == io.facescribe.describe.trait.Slot.AGE || t.concept().startsWith("gender.") || t.secondary()) {
                        continue;
                    }
                    add(seen, set, key, "trait." + t.concept(), t.concept(), t.confidence(), 0, 0);
                }
                table.get("dark_hair").read(m).filter(TraitDefinition.Reading::present)
                        .ifPresent(r -> add(seen, set, key, "trait.dark_hair", "dark_hair", r.confidence(), 0, 0));
                if (face.age() != null && face.attributes().get("Young") != null) {
                    double years = face.age().years();
                    AgeValue.Category w = AgeValue.wordFor(years, face.age().low(), face.age().high());
                    if (years >= AgeValue.ADULT.low() && !w.equals(AgeValue.ADULT) && face.age().high() >= AgeValue.ADULT.low()) {
                        double young = face.attributes().get("Young");
                        add(seen, set, key, "trait.age." + w.name(), "age", w.equals(AgeValue.WORDS.get(0)) ? young : 1 - young,
                                w.low(), w.high());
                    }
                }
            });
        }
        Map<String, Choice> out = new LinkedHashMap<>();
        seen.forEach((claim, bySet) -> out.put(claim, threshold(bySet, precisionOf(claim))));
        return out;
    }

    private static void add(Map<String, Map<String, List<double[]>>> seen, LabelledSet set, String key, String claim,
                            String concept, double confidence, int low, int high) {
        Boolean right = set.judge().judge(key, concept, low, high);
        if (right != null) {
            seen.computeIfAbsent(claim, k -> new TreeMap<>()).computeIfAbsent(set.name(), k -> new ArrayList<>())
                    .add(new double[] {confidence, right ? 1 : 0});
        }
    }

    /** The claim precision a claim ({@code trait.CONCEPT}) is held to: higher for a sensitive trait. */
    static double precisionOf(String claim) {
        String concept = claim.startsWith("trait.") ? claim.substring("trait.".length()) : claim;
        return io.facescribe.describe.trait.TraitTable.standard().find(concept)
                .filter(io.facescribe.describe.trait.TraitDefinition::sensitive).isPresent() ? SENSITIVE_PRECISION : PRECISION;
    }

    static Choice threshold(Map<String, List<double[]>> bySet) {
        return threshold(bySet, PRECISION);
    }

    static Choice threshold(Map<String, List<double[]>> bySet, double target) {
        for (int c = 0; c <= 100; c++) {
            double cut = c / 100.0;
            boolean ok = true;
            int saidAnywhere = 0;
            Map<String, String> figures = new TreeMap<>();
            for (Map.Entry<String, List<double[]>> e : bySet.entrySet()) {
                int said = 0;
                int right = 0;
                for (double[] r : e.getValue()) {
                    if (r[0] >= cut - 1e-9) {
                        said++;
                        right += (int) r[1];
                    }
                }
                double precision = said == 0 ? 1 : right / (double) said;
                // a set that judges the claim often enough must bear it out; with fewer than MIN_SAID statements
                // left at this cut, the missing ones count as wrong (a rare claim is said only when it is sure)
                if (said > 0 && right / (double) Math.max(said, MIN_SAID) < target) {
                    ok = false;
                }
                saidAnywhere += said;
                figures.put(e.getKey(), String.format(Locale.ROOT, "%.3f of %d said (%d judged)", precision, said, e.getValue().size()));
            }
            if (ok && saidAnywhere > 0) {
                return new Choice(cut, figures);
            }
            if (ok) {
                break; // precise only where nothing is said: never said
            }
        }
        Map<String, String> figures = new TreeMap<>();
        bySet.forEach((k, v) -> figures.put(k, String.format(Locale.ROOT, "never precise enough (%d judged, %d right)", v.size(),
                v.stream().mapToInt(r -> (int) r[1]).sum())));
        return new Choice(NEVER, figures);
    }

    /** A CelebA judge: the 40 labels of the image ({@code judged} reads a concept as the caption reader would). */
    public static Judge celeba(Map<String, Map<String, Boolean>> labels, BiFunction<String, Map<String, Boolean>, Boolean> judged) {
        return (key, concept, low, high) -> {
            Map<String, Boolean> l = labels.get(key);
            if (l == null) {
                return null;
            }
            if (concept.equals("age")) {
                Boolean young = l.get("Young");
                if (young == null) {
                    return null;
                }
                if (high > 0 && high <= 35) {
                    return young;
                }
                return low >= 36 ? !young : null;
            }
            return judged.apply(concept, l);
        };
    }
}
