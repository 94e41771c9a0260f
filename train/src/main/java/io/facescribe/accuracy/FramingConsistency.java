package io.facescribe.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.facescribe.analysis.FactReader;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.describe.trait.AgeValue;

/**
 * How often a fact's stated decision stays the same when the same held-out face is framed differently: the
 * {@code --assume-face} crop, the face the detector finds in it, the crop mirrored, and the crop a little shifted
 * and widened. Each framing's face vector is read through {@link FactReader}, as {@code analyze} reads it; a
 * decision is what analysis states (the more probable gender, the age word captions use, the most probable
 * hair colour when its head decides it, an attribute at its decision threshold).
 */
public final class FramingConsistency {

    /** The hair colours of the hair-colour decision. */
    static final List<String> COLOURS = List.of("Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair");

    /** One row: a decision and, per framing compared with the reference framing, the share of faces that agree. */
    public record Row(String fact, int faces, Map<String, Double> agree, double allAgree) {
    }

    /** A decision of a fact, from the facts of one face. */
    private record Decision(String name, Function<FactReader.Facts, String> of) {
    }

    private FramingConsistency() {
    }

    /** The decisions compared, in table order. */
    private static List<Decision> decisions(AttributeClassifier a, boolean celeba) {
        List<Decision> d = new ArrayList<>();
        d.add(new Decision("gender", f -> f.gender().label()));
        d.add(new Decision("age word", f -> AgeValue.wordFor(f.age().years(), f.age().low(), f.age().high()).name()));
        d.add(new Decision("ethnicity", f -> f.ethnicity().label()));
        d.add(new Decision("emotion (dominant)", f -> f.emotion().dominant()));
        if (!celeba) {
            return d;
        }
        d.add(new Decision("smiling (Smiling attribute)", f -> yes(a, f, "Smiling")));
        d.add(new Decision("hair colour (most probable, if decided)", f -> {
            String best = COLOURS.stream().max(java.util.Comparator.comparingDouble(c -> f.attributes().get(c))).orElseThrow();
            return a.decide(best, f.attributes().get(best)) ? best : "none";
        }));
        d.add(new Decision("beard (No_Beard attribute)", f -> yes(a, f, "No_Beard")));
        d.add(new Decision("glasses (Eyeglasses)", f -> yes(a, f, "Eyeglasses")));
        d.add(new Decision("bangs", f -> yes(a, f, "Bangs")));
        d.add(new Decision("wavy hair", f -> yes(a, f, "Wavy_Hair")));
        return d;
    }

    private static String yes(AttributeClassifier a, FactReader.Facts f, String attribute) {
        return Boolean.toString(a.decide(attribute, f.attributes().get(attribute)));
    }

    /**
     * The rows of the table: each decision's agreement between the reference framing and every other one.
     *
     * @param reader     the heads
     * @param reference  the reference framing's name
     * @param framings   framing name → records by face id (the reference among them); faces missing from any
     *                   framing are left out
     * @param celeba     whether the faces have CelebA attributes (then the attribute decisions are compared too)
     */
    public static List<Row> rows(FactReader reader, String reference, Map<String, Map<String, float[]>> framings,
                                 boolean celeba) {
        Map<String, float[]> ref = framings.get(reference);
        List<String> ids = ref.keySet().stream()
                .filter(id -> framings.values().stream().allMatch(m -> m.containsKey(id))).sorted().toList();
        Map<String, List<FactReader.Facts>> facts = new LinkedHashMap<>();
        for (var e : framings.entrySet()) {
            List<FactReader.Facts> list = new ArrayList<>();
            for (String id : ids) {
                list.add(reader.read(e.getValue().get(id)));
            }
            facts.put(e.getKey(), list);
        }
        AttributeClassifier a = reader.attributes();
        List<Row> out = new ArrayList<>();
        for (Decision d : decisions(a, celeba)) {
            out.add(row(d.name(), d.of(), reference, facts, ids.size()));
        }
        if (celeba) {
            // every attribute's decision, averaged over the 40
            Map<String, Double> mean = new LinkedHashMap<>();
            double all = 0;
            for (String name : AttributeNames.ALL) {
                Row r = row(name, f -> yes(a, f, name), reference, facts, ids.size());
                r.agree().forEach((k, v) -> mean.merge(k, v / AttributeNames.ALL.size(), Double::sum));
                all += r.allAgree() / AttributeNames.ALL.size();
            }
            out.add(new Row("40 attributes (mean)", ids.size(), mean, all));
        }
        return out;
    }

    private static Row row(String name, Function<FactReader.Facts, String> of, String reference,
                           Map<String, List<FactReader.Facts>> facts, int n) {
        List<FactReader.Facts> ref = facts.get(reference);
        Map<String, Double> agree = new LinkedHashMap<>();
        int[] allSame = new int[1];
        List<String> refValues = ref.stream().map(of).toList();
        boolean[] same = new boolean[n];
        java.util.Arrays.fill(same, true);
        for (var e : facts.entrySet()) {
            if (e.getKey().equals(reference)) {
                continue;
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                boolean eq = Objects.equals(refValues.get(i), of.apply(e.getValue().get(i)));
                if (eq) {
                    k++;
                } else {
                    same[i] = false;
                }
            }
            agree.put(e.getKey(), n == 0 ? 0 : (double) k / n);
        }
        for (boolean s : same) {
            if (s) {
                allSame[0]++;
            }
        }
        return new Row(name, n, agree, n == 0 ? 0 : (double) allSame[0] / n);
    }

    /** A Markdown table of the rows: one column per compared framing, then "all the same". */
    public static String markdown(String title, String reference, List<Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> others = new ArrayList<>(rows.get(0).agree().keySet());
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(title).append("** (").append(rows.get(0).faces()).append(" faces; each column: the share of faces whose ")
                .append("decision is the same as for the ").append(reference).append(")\n\n");
        sb.append("| decision |");
        others.forEach(o -> sb.append(' ').append(o).append(" |"));
        sb.append(" all framings the same |\n|---|");
        others.forEach(o -> sb.append("---:|"));
        sb.append("---:|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.fact()).append(" |");
            for (String o : others) {
                sb.append(String.format(Locale.ROOT, " %.1f%% |", 100 * r.agree().get(o)));
            }
            sb.append(String.format(Locale.ROOT, " %.1f%% |%n", 100 * r.allAgree()));
        }
        return sb.toString();
    }
}
