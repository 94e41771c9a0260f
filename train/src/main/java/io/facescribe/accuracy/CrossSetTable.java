package io.facescribe.accuracy;

import io.facescribe.training.DemographicData;
import io.facescribe.training.DevelopmentSets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FactReader;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.training.CelebaAttributes;

/**
 * Every fact FaceScribe states × every labelled set and framing: UTKFace validation through detection (all, by age
 * band, by ethnicity), CelebA validation taken whole ({@code --assume-face}) and through detection, FER2013 public
 * test ({@code --assume-face}). Each cell is computed from cached face vectors through {@link FactReader}, the
 * class analysis reads faces through, so a cell is what {@code analyze} reports for that face. Two sets of heads
 * can be put side by side (before and after a change).
 */
public final class CrossSetTable {

    /** One cell: a fact's figure on one set. {@code percent}: a share right; otherwise years. */
    public record Cell(String fact, String set, double value, int faces, boolean percent) {
    }

    /** The labelled sets, each framing its own. */
    public record Sets(DemographicData demographics, CelebaData celeba) {
    }

    private static final int[][] BANDS = {{0, 9}, {10, 17}, {18, 29}, {30, 44}, {45, 59}, {60, 120}};

    private CrossSetTable() {
    }

    /** Every cell for one set of heads, in table order. */
    public static List<Cell> cells(FactReader reader, Sets sets) {
        List<Cell> out = new ArrayList<>();
        List<Face> utk = utk(reader, sets.demographics());
        List<Face> celebaWhole = celeba(reader, sets.celeba(), true);
        List<Face> celebaFound = celeba(reader, sets.celeba(), false);
        List<Face> fer = new ArrayList<>();
        for (DevelopmentSets.Item item : sets.demographics().ferTest()) {
            float[] r = sets.demographics().record(item);
            if (r != null) {
                fer.add(new Face(item, null, reader.read(r)));
            }
        }
        AttributeClassifier a = reader.attributes();
        // gender: the gender head, and the Male attribute
        for (var g : List.of(Map.entry("gender (gender head)", (Predicate<Face>) f -> f.facts().gender().label().equals("male")),
                Map.entry("gender (Male attribute)", (Predicate<Face>) f -> a.decide("Male", f.facts().attributes().get("Male"))))) {
            Predicate<Face> right = f -> g.getValue().test(f) == f.item().gender().equals("male");
            utkCells(out, g.getKey(), utk, right);
            out.add(share(g.getKey(), "CelebA validation, --assume-face", celebaWhole, right));
            out.add(share(g.getKey(), "CelebA validation, detected", celebaFound, right));
        }
        // age
        List<Face> aged = utk.stream().filter(f -> f.item().age() >= 0).toList();
        out.add(years("age (mean abs. error, years)", "UTKFace validation, detected", aged));
        for (int[] b : BANDS) {
            out.add(years("age (mean abs. error, years)", band(b),
                    aged.stream().filter(f -> f.item().age() >= b[0] && f.item().age() <= b[1]).toList()));
        }
        for (String e : Demographics.ETHNICITIES) {
            out.add(years("age (mean abs. error, years)", "UTKFace " + e,
                    aged.stream().filter(f -> e.equals(f.item().ethnicity())).toList()));
        }
        out.add(share("age range holds the true age", "UTKFace validation, detected", aged,
                f -> f.item().age() >= f.facts().age().low() && f.item().age() <= f.facts().age().high()));
        Predicate<Face> youngRight = f -> (f.facts().age().years() <= 35) == CelebaData.label(f.celeba(), "Young");
        out.add(share("age word young (<= 35) against Young", "CelebA validation, --assume-face", celebaWhole, youngRight));
        out.add(share("age word young (<= 35) against Young", "CelebA validation, detected", celebaFound, youngRight));
        Predicate<Face> youngAttr = f -> a.decide("Young", f.facts().attributes().get("Young")) == CelebaData.label(f.celeba(), "Young");
        out.add(share("Young attribute", "CelebA validation, --assume-face", celebaWhole, youngAttr));
        out.add(share("Young attribute", "CelebA validation, detected", celebaFound, youngAttr));
        // ethnicity
        Predicate<Face> race = f -> f.facts().ethnicity().label().equals(f.item().ethnicity());
        List<Face> raced = utk.stream().filter(f -> f.item().ethnicity() != null).toList();
        utkCells(out, "ethnicity", raced, race);
        // smiling
        Predicate<Face> happy = f -> f.facts().emotion().dominant().equals("happy");
        Predicate<Face> smilingAttr = f -> a.decide("Smiling", f.facts().attributes().get("Smiling"));
        for (var s : List.of(Map.entry("smiling (emotion happy)", happy), Map.entry("smiling (Smiling attribute)", smilingAttr))) {
            Predicate<Face> celebaRight = f -> s.getValue().test(f) == CelebaData.label(f.celeba(), "Smiling");
            out.add(share(s.getKey(), "CelebA validation, --assume-face", celebaWhole, celebaRight));
            out.add(share(s.getKey(), "CelebA validation, detected", celebaFound, celebaRight));
            out.add(share(s.getKey(), "FER2013 public test", fer, f -> s.getValue().test(f) == f.item().emotion().equals("happy")));
        }
        out.add(share("emotion (7 classes)", "FER2013 public test", fer,
                f -> f.facts().emotion().dominant().equals(f.item().emotion())));
        // beard, hair colour, the 40 attributes
        for (boolean whole : new boolean[] {true, false}) {
            List<Face> faces = whole ? celebaWhole : celebaFound;
            String set = whole ? "CelebA validation, --assume-face" : "CelebA validation, detected";
            out.add(share("beard (No_Beard attribute)", set, faces,
                    f -> a.decide("No_Beard", f.facts().attributes().get("No_Beard")) == CelebaData.label(f.celeba(), "No_Beard")));
            List<String> colours = List.of("Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair");
            List<Face> one = faces.stream().filter(f -> colours.stream().filter(c -> CelebaData.label(f.celeba(), c)).count() == 1)
                    .toList();
            out.add(share("hair colour (most probable of 4 heads)", set, one, f -> {
                String best = colours.stream().max(java.util.Comparator.comparingDouble(c -> f.facts().attributes().get(c)))
                        .orElseThrow();
                return CelebaData.label(f.celeba(), best);
            }));
            double acc = 0;
            double bal = 0;
            for (String name : AttributeNames.ALL) {
                int tp = 0, tn = 0, pos = 0, neg = 0;
                for (Face f : faces) {
                    boolean said = a.decide(name, f.facts().attributes().get(name));
                    boolean truth = CelebaData.label(f.celeba(), name);
                    if (truth) {
                        pos++;
                        tp += said ? 1 : 0;
                    } else {
                        neg++;
                        tn += said ? 0 : 1;
                    }
                }
                acc += (tp + tn) / (double) Math.max(1, pos + neg);
                bal += pos == 0 || neg == 0 ? (tp + tn) / (double) Math.max(1, pos + neg) : (tp / (double) pos + tn / (double) neg) / 2;
            }
            out.add(new Cell("40 attributes, mean accuracy", set, acc / 40, faces.size(), true));
            out.add(new Cell("40 attributes, mean balanced accuracy", set, bal / 40, faces.size(), true));
        }
        return out;
    }

    /** One face of a set: its development item (UTKFace, FER2013) or CelebA image, and what the heads read. */
    public record Face(DevelopmentSets.Item item, CelebaAttributes.Item celeba, FactReader.Facts facts) {
    }

    static List<Face> utk(FactReader reader, DemographicData d) {
        List<Face> out = new ArrayList<>();
        for (DevelopmentSets.Item item : d.utk()) {
            float[] r = DevelopmentSets.validation(item) ? d.record(item) : null;
            if (r != null && item.gender() != null) {
                out.add(new Face(item, null, reader.read(r)));
            }
        }
        return out;
    }

    static List<Face> celeba(FactReader reader, CelebaData c, boolean whole) {
        List<Face> out = new ArrayList<>();
        for (CelebaAttributes.Item i : c.validation()) {
            float[] r = (whole ? c.assumeFace() : c.detected()).get(i.id());
            if (r != null) {
                out.add(new Face(CelebaData.item(i), i, reader.read(r)));
            }
        }
        return out;
    }

    private static void utkCells(List<Cell> out, String fact, List<Face> utk, Predicate<Face> right) {
        out.add(share(fact, "UTKFace validation, detected", utk, right));
        for (int[] b : BANDS) {
            out.add(share(fact, band(b), utk.stream().filter(f -> f.item().age() >= b[0] && f.item().age() <= b[1]).toList(), right));
        }
        for (String e : Demographics.ETHNICITIES) {
            out.add(share(fact, "UTKFace " + e, utk.stream().filter(f -> e.equals(f.item().ethnicity())).toList(), right));
        }
    }

    private static String band(int[] b) {
        return "UTKFace ages " + b[0] + (b[1] >= 120 ? "+" : "–" + b[1]);
    }

    private static Cell share(String fact, String set, List<Face> faces, Predicate<Face> right) {
        long n = faces.stream().filter(right).count();
        return new Cell(fact, set, faces.isEmpty() ? Double.NaN : n / (double) faces.size(), faces.size(), true);
    }

    private static Cell years(String fact, String set, List<Face> faces) {
        double err = faces.stream().mapToDouble(f -> Math.abs(f.facts().age().years() - f.item().age())).average()
                .orElse(Double.NaN);
        return new Cell(fact, set, err, faces.size(), false);
    }

    /** A stated confidence and whether the statement was right. */
    private record Said(double confidence, boolean right) {
    }

    /**
     * Reliability of each fact's confidence, every set that has the fact pooled: faces by the confidence of what
     * analysis says (the more probable side of a binary fact, the top class, the age range's confidence), and how
     * often that was right.
     */
    public static String reliability(FactReader reader, Sets sets) {
        List<Face> utk = utk(reader, sets.demographics());
        List<Face> celeba = new ArrayList<>(celeba(reader, sets.celeba(), true));
        celeba.addAll(celeba(reader, sets.celeba(), false));
        List<Face> fer = new ArrayList<>();
        for (DevelopmentSets.Item item : sets.demographics().ferTest()) {
            float[] r = sets.demographics().record(item);
            if (r != null) {
                fer.add(new Face(item, null, reader.read(r)));
            }
        }
        Map<String, List<Said>> facts = new LinkedHashMap<>();
        List<Said> gender = new ArrayList<>();
        for (Face f : utk) {
            gender.add(new Said(f.facts().gender().confidence(), f.facts().gender().label().equals(f.item().gender())));
        }
        for (Face f : celeba) {
            gender.add(new Said(f.facts().gender().confidence(), f.facts().gender().label().equals(f.item().gender())));
        }
        facts.put("gender (UTKFace, CelebA both framings)", gender);
        List<Said> smile = new ArrayList<>();
        for (Face f : celeba) {
            double p = f.facts().emotion().probabilities().get("happy");
            smile.add(new Said(Math.max(p, 1 - p), (p >= 0.5) == CelebaData.label(f.celeba(), "Smiling")));
        }
        for (Face f : fer) {
            double p = f.facts().emotion().probabilities().get("happy");
            smile.add(new Said(Math.max(p, 1 - p), (p >= 0.5) == f.item().emotion().equals("happy")));
        }
        facts.put("smiling: P(happy) (CelebA both framings, FER2013)", smile);
        List<Said> race = new ArrayList<>();
        List<Said> range = new ArrayList<>();
        for (Face f : utk) {
            if (f.item().ethnicity() != null) {
                race.add(new Said(f.facts().ethnicity().confidence(), f.facts().ethnicity().label().equals(f.item().ethnicity())));
            }
            if (f.item().age() >= 0) {
                range.add(new Said(f.facts().age().confidence(),
                        f.item().age() >= f.facts().age().low() && f.item().age() <= f.facts().age().high()));
            }
        }
        facts.put("ethnicity (UTKFace)", race);
        facts.put("age range (UTKFace)", range);
        List<Said> beard = new ArrayList<>();
        for (Face f : celeba) {
            double p = f.facts().attributes().get("No_Beard");
            beard.add(new Said(Math.max(p, 1 - p), (p >= 0.5) == CelebaData.label(f.celeba(), "No_Beard")));
        }
        facts.put("beard: P(No_Beard) (CelebA both framings)", beard);
        double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001};
        StringBuilder sb = new StringBuilder("Reliability: faces by the confidence analysis gives what it says, and how often "
                + "that was right (a calibrated confidence matches its share right).\n\n| fact |");
        for (int b = 0; b + 1 < edges.length; b++) {
            sb.append(String.format(Locale.ROOT, " %.2f–%.2f |", edges[b], Math.min(1, edges[b + 1])));
        }
        sb.append("\n|---|").append("---:|".repeat(edges.length - 1)).append('\n');
        facts.forEach((fact, said) -> {
            sb.append("| ").append(fact).append(" |");
            for (int b = 0; b + 1 < edges.length; b++) {
                double lo = edges[b];
                double hi = edges[b + 1];
                List<Said> in = said.stream().filter(x -> x.confidence() >= lo && x.confidence() < hi).toList();
                long right = in.stream().filter(Said::right).count();
                sb.append(in.isEmpty() ? " – |" : String.format(Locale.ROOT, " %.0f%% (%d) |", 100.0 * right / in.size(), in.size()));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /** The Markdown table: one row per cell, the before figure beside the after one when given. */
    public static String markdown(List<Cell> after, List<Cell> before) {
        Map<String, Cell> old = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(c -> old.put(c.fact() + "|" + c.set(), c));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(before != null ? "| fact | set and framing | faces | before | after | change |\n|---|---|---:|---:|---:|---:|\n"
                : "| fact | set and framing | faces | figure |\n|---|---|---:|---:|\n");
        for (Cell c : after) {
            Cell b = old.get(c.fact() + "|" + c.set());
            if (before != null) {
                String change = b == null || Double.isNaN(b.value()) || Double.isNaN(c.value()) ? "–"
                        : c.percent() ? String.format(Locale.ROOT, "%+.1f", 100 * (c.value() - b.value()))
                        : String.format(Locale.ROOT, "%+.2f", c.value() - b.value());
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s |%n", c.fact(), c.set(), c.faces(),
                        b == null ? "–" : figure(b), figure(c), change));
            } else {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n", c.fact(), c.set(), c.faces(), figure(c)));
            }
        }
        return sb.toString();
    }

    static String figure(Cell c) {
        if (Double.isNaN(c.value())) {
            return "–";
        }
        return c.percent() ? String.format(Locale.ROOT, "%.1f%%", 100 * c.value()) : String.format(Locale.ROOT, "%.2f", c.value());
    }
}
