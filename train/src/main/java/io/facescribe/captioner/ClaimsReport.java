package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import io.facescribe.training.DevelopmentSets;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.Caption;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.guard.Mention;

/**
 * Claims as a reader checks them: each claim the caption reader reads in a caption, by type, with how often it is
 * said and how often the face's labels contradict it. CelebA faces are judged by their 40 labels (as
 * {@link LabelContradictions} does), UTKFace faces by their gender, age and ethnicity: a gender word against the
 * gender, an age claim against the age (its years, {@link CaptionGuard#AGE_TOLERANCE} either side), an ethnicity
 * against the ethnicity.
 */
public final class ClaimsReport {

    /** One writer's captions on one set: captions, claims judged, and per claim type said / contradicted. */
    public record Row(String system, int captions, int claims, int contradicted, int genderNamed,
                      Map<String, int[]> byClaim) {
        public double rate() {
            return claims == 0 ? 0 : contradicted / (double) claims;
        }

        public double perCaption() {
            return captions == 0 ? 0 : claims / (double) captions;
        }
    }

    private final CaptionGuard guard;

    public ClaimsReport(CaptionGuard guard) {
        this.guard = guard;
    }

    /** Default captions (built-in realizer, seed 0) of analysed faces, judged by a label function. */
    public Row faceScribe(String system, Map<String, FaceAnalysis> analyses,
                          BiFunction<String, Mention, Boolean> judge, java.util.Set<String> labelled) {
        Describer describer = Describer.create(DescribeOptions.defaults());
        Counter c = new Counter(system);
        java.util.Set<FaceAnalysis> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        analyses.forEach((key, face) -> {
            if (!labelled.contains(key) || !done.add(face)) {
                return;
            }
            Caption caption = describer.describe(Measurements.of(face)).captions().get(0);
            c.add(guard.read(caption.text()), m -> judge.apply(key, m));
        });
        return c.row();
    }

    /** Captions already written (one per image key), judged by a label function. */
    public Row captions(String system, Map<String, String> captions, BiFunction<String, Mention, Boolean> judge,
                        java.util.Set<String> labelled) {
        Counter c = new Counter(system);
        captions.forEach((key, text) -> {
            if (labelled.contains(key)) {
                c.add(guard.read(text), m -> judge.apply(key, m));
            }
        });
        return c.row();
    }

    /** People's Face2Text descriptions of the labelled faces, judged by the CelebA labels. */
    public Row people(List<CaptionerTrainer.Example> examples, java.util.function.Function<CaptionerTrainer.Example, String> text) {
        Counter c = new Counter("Face2Text human descriptions (labelled faces)");
        for (CaptionerTrainer.Example e : examples) {
            if (e.labels() != null) {
                c.add(guard.read(text.apply(e)), m -> LabelContradictions.judged(m, e.labels()));
            }
        }
        return c.row();
    }

    /** A CelebA judge: the labels of the image the key names. */
    public static BiFunction<String, Mention, Boolean> celeba(Map<String, Map<String, Boolean>> labels) {
        return (key, m) -> labels.containsKey(key) ? LabelContradictions.judged(m, labels.get(key)) : null;
    }

    /** A UTKFace judge: gender, age and ethnicity of the image the key names. */
    public static BiFunction<String, Mention, Boolean> utk(Map<String, DevelopmentSets.Item> items) {
        return (key, m) -> {
            DevelopmentSets.Item i = items.get(key);
            if (i == null || m.negated()) {
                return null;
            }
            String concept = m.concept();
            if (concept.startsWith("gender.") && i.gender() != null) {
                return concept.equals("gender." + i.gender());
            }
            if (concept.equals("age") && i.age() >= 0) {
                int high = m.high() <= 0 ? Integer.MAX_VALUE : m.high() + CaptionGuard.AGE_TOLERANCE;
                return i.age() >= m.low() - CaptionGuard.AGE_TOLERANCE && i.age() <= high;
            }
            if (concept.startsWith("ethnicity.") && i.ethnicity() != null) {
                return concept.equals("ethnicity." + i.ethnicity());
            }
            return null;
        };
    }

    private static final class Counter {
        private final String system;
        private int captions;
        private int claims;
        private int contradicted;
        private int genderNamed;
        private final Map<String, int[]> byClaim = new TreeMap<>();

        Counter(String system) {
            this.system = system;
        }

        void add(List<Mention> mentions, java.util.function.Function<Mention, Boolean> judge) {
            captions++;
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean gender = false;
            for (Mention m : mentions) {
                Boolean right = judge.apply(m);
                if (right == null || !seen.add(m.key() + m.low() + "-" + m.high())) {
                    continue;
                }
                gender |= m.concept().startsWith("gender.");
                claims++;
                int[] c = byClaim.computeIfAbsent(type(m), k -> new int[2]);
                c[0]++;
                if (!right) {
                    contradicted++;
                    c[1]++;
                }
            }
            genderNamed += gender ? 1 : 0;
        }

        Row row() {
            return new Row(system, captions, claims, contradicted, genderNamed, Map.copyOf(byClaim));
        }
    }

    /** The claim's type: its concept (negated ones apart), the age by the span it claims. */
    static String type(Mention m) {
        if (m.concept().equals("age")) {
            return m.high() > 0 && m.high() < 18 ? "age: a child or teenager" : m.high() > 0 && m.high() <= 35
                    ? "age: young" : m.low() >= 18 && m.high() <= 0 ? "age: adult" : "age: " + m.low() + "–" + (m.high() <= 0 ? "" : m.high());
        }
        return m.key();
    }

    /** The Markdown section: a summary table, then per claim type said and contradicted, rows side by side. */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| captions | n | claims a label decides | per caption | contradicted | gender named |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f%% | %.1f%% |%n", r.system(), r.captions(),
                    r.claims(), r.perCaption(), 100 * r.rate(), 100.0 * r.genderNamed() / Math.max(1, r.captions())));
        }
        java.util.Set<String> types = new java.util.TreeSet<>();
        rows.forEach(r -> types.addAll(r.byClaim().keySet()));
        sb.append("\nPer claim type: how often it is said (share of captions) and how often the labels contradict it "
                + "(share of the times it is said).\n\n| claim |");
        for (Row r : rows) {
            sb.append(' ').append(r.system()).append(" |");
        }
        sb.append("\n|---|").append("---:|".repeat(rows.size())).append('\n');
        for (String t : types) {
            sb.append("| ").append(t).append(" |");
            for (Row r : rows) {
                int[] c = r.byClaim().get(t);
                sb.append(c == null ? " – |" : String.format(Locale.ROOT, " %.0f%%, %.1f%% wrong |",
                        100.0 * c[0] / Math.max(1, r.captions()), 100.0 * c[1] / c[0]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static final int[][] BANDS = {{0, 9}, {10, 17}, {18, 59}, {60, 200}};

    /**
     * The gender trade-off on UTKFace: for one confidence threshold from which a gender is named (the same for all
     * ages), the share of faces named and the share of named ones the label contradicts, over all and by true age
     * band; the last row is the rule captions follow ({@link io.facescribe.describe.trait.TraitTable#genderStated}).
     */
    public static String genderTradeOff(Map<String, FaceAnalysis> analyses, Map<String, DevelopmentSets.Item> items) {
        List<FaceAnalysis> faces = new ArrayList<>();
        List<DevelopmentSets.Item> truth = new ArrayList<>();
        java.util.Set<FaceAnalysis> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        analyses.forEach((k, f) -> {
            DevelopmentSets.Item i = items.get(k);
            if (i != null && i.gender() != null && f.gender() != null && done.add(f)) {
                faces.add(f);
                truth.add(i);
            }
        });
        StringBuilder sb = new StringBuilder("| gender named from | all: named, contradicted |");
        for (int[] b : BANDS) {
            sb.append(" ages ").append(b[0]).append(b[1] >= 200 ? "+" : "–" + b[1]).append(" |");
        }
        sb.append("\n|---|---:|").append("---:|".repeat(BANDS.length)).append('\n');
        double[] cuts = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, -1};
        for (double cut : cuts) {
            java.util.function.Predicate<FaceAnalysis> named = cut < 0 ? io.facescribe.describe.trait.TraitTable::genderStated
                    : f -> f.gender().confidence() >= cut;
            sb.append("| ").append(cut < 0 ? "captions' rule (" + io.facescribe.describe.trait.TraitTable.GENDER_MIN_CONFIDENCE
                    + ", " + io.facescribe.describe.trait.TraitTable.CHILD_GENDER_MIN_CONFIDENCE + " under "
                    + (int) io.facescribe.describe.trait.TraitTable.CHILD_YEARS + ")" : String.format(Locale.ROOT, "%.2f", cut)).append(" |");
            sb.append(cell(faces, truth, named, 0, 200));
            for (int[] b : BANDS) {
                sb.append(cell(faces, truth, named, b[0], b[1]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(List<FaceAnalysis> faces, List<DevelopmentSets.Item> truth,
                               java.util.function.Predicate<FaceAnalysis> named, int low, int high) {
        int n = 0;
        int said = 0;
        int wrong = 0;
        for (int i = 0; i < faces.size(); i++) {
            int age = truth.get(i).age();
            if (age < low || age > high) {
                continue;
            }
            n++;
            if (named.test(faces.get(i))) {
                said++;
                wrong += faces.get(i).gender().label().equals(truth.get(i).gender()) ? 0 : 1;
            }
        }
        return String.format(Locale.ROOT, " %.1f%%, %.1f%% |", 100.0 * said / Math.max(1, n), 100.0 * wrong / Math.max(1, said));
    }

    /** Rows in a list (for callers building the section). */
    public static List<Row> of(Row... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
