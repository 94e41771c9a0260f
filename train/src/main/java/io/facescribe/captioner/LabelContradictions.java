package io.facescribe.captioner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.Caption;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.Describer;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.guard.Mention;

/**
 * How often captions say something the CelebA labels contradict: each claim the caption reader reads that a
 * label decides (a trait of the 40 attributes, said or denied; the gender against Male; "young" against Young and
 * "middle-aged"/"old" against not Young) is checked against that label. People's Face2Text descriptions of the
 * labelled faces are the yardstick; FaceScribe's captions are written from the analyses of CelebA validation
 * images ({@code analyze --json --assume-face}), so they are checked against those images' labels. Also counted:
 * captions the guard finds saying something the analysis itself does not hold.
 */
public final class LabelContradictions {

    /** One writer's captions against the labels. */
    public record Row(String system, int captions, int claims, int contradicted, int captionsContradicted,
                      int againstAnalysis, Map<String, Integer> byClaim) {
        public double claimRate() {
            return claims == 0 ? 0 : contradicted / (double) claims;
        }

        public double captionRate() {
            return captions == 0 ? 0 : captionsContradicted / (double) captions;
        }
    }

    private final CaptionGuard guard;

    public LabelContradictions(CaptionGuard guard) {
        this.guard = guard;
    }

    /** People: every Face2Text description of a face whose CelebA labels are known. */
    public Row people(List<CaptionerTrainer.Example> examples, java.util.function.Function<CaptionerTrainer.Example,
            String> text) {
        Counter c = new Counter("Face2Text human descriptions of the labelled faces");
        for (CaptionerTrainer.Example e : examples) {
            if (e.labels() != null) {
                c.add(guard.read(text.apply(e)), e.labels(), false);
            }
        }
        return c.row();
    }

    /** FaceScribe: the first caption (seed 0) of each analysed face, by the built-in and the learned realizer. */
    public List<Row> faceScribe(Map<String, FaceAnalysis> analyses, Map<String, Map<String, Boolean>> labels) {
        Describer builtin = Describer.create(DescribeOptions.defaults());
        Describer learned = Describer.create(DescribeOptions.defaults()
                .withRealizer(RealizerChoice.learned()));
        Counter b = new Counter("FaceScribe, built-in realizer (default)");
        Counter l = new Counter("FaceScribe, learned realizer (--realizer learned --guard no-invented)");
        Set<String> done = new LinkedHashSet<>();
        analyses.forEach((key, face) -> {
            Map<String, Boolean> row = labels.get(key);
            if (row == null || !done.add(key)) {
                return;
            }
            Measurements m = Measurements.of(face);
            for (var pair : List.of(Map.entry(builtin, b), Map.entry(learned, l))) {
                Caption caption = pair.getKey().describe(m).captions().get(0);
                pair.getValue().add(guard.read(caption.text()), row, !caption.guard().invented().isEmpty());
            }
        });
        return List.of(b.row(), l.row());
    }

    /** The analyses of CelebA images with the labels of {@code celeba/attributes.csv}, keyed by file name. */
    public static Map<String, Map<String, Boolean>> celebaLabels(Path data) throws IOException {
        return CelebaLabels.read(data.resolve("celeba").resolve("attributes.csv"));
    }

    private final class Counter {
        private final String system;
        private int captions;
        private int claims;
        private int contradicted;
        private int captionsContradicted;
        private int againstAnalysis;
        private final Map<String, Integer> byClaim = new java.util.TreeMap<>();

        Counter(String system) {
            this.system = system;
        }

        void add(List<Mention> mentions, Map<String, Boolean> labels, boolean invented) {
            captions++;
            if (invented) {
                againstAnalysis++;
            }
            Set<String> seen = new LinkedHashSet<>();
            boolean any = false;
            for (Mention m : mentions) {
                Boolean right = judged(m, labels);
                if (right == null || !seen.add(m.key() + m.low() + "-" + m.high())) {
                    continue;
                }
                claims++;
                if (!right) {
                    contradicted++;
                    any = true;
                    byClaim.merge(claim(m), 1, Integer::sum);
                }
            }
            if (any) {
                captionsContradicted++;
            }
        }

        Row row() {
            return new Row(system, captions, claims, contradicted, captionsContradicted, againstAnalysis,
                    Map.copyOf(byClaim));
        }
    }

    private static String claim(Mention m) {
        if (m.concept().equals("age")) {
            return m.high() > 0 && m.high() <= 35 ? "age: young" : "age: middle-aged or old";
        }
        return m.key();
    }

    /** Whether the labels bear the claim out; null when no label decides it. */
    static Boolean judged(Mention m, Map<String, Boolean> labels) {
        String concept = m.concept();
        if (concept.equals("age")) {
            Boolean young = labels.get("Young");
            if (young == null || m.negated()) {
                return null;
            }
            if (m.high() > 0 && m.high() <= 35) {
                return young;
            }
            return m.low() >= 38 ? !young : null;
        }
        if (concept.startsWith("gender.") && m.negated()) {
            return null;
        }
        Boolean said = claim(concept, labels);
        return said == null ? null : said != m.negated();
    }

    /**
     * Whether the labels bear out that the face has this trait; null when no label decides it. Besides the
     * attributes' own concepts: the gender against Male, "dark hair" against Black_Hair or Brown_Hair (contradicted by
     * Blond_Hair or Gray_Hair, undecided when no colour is labelled), a beard against not No_Beard.
     */
    public static Boolean claim(String concept, Map<String, Boolean> labels) {
        if (concept.startsWith("gender.")) {
            Boolean male = labels.get("Male");
            return male == null ? null : male == concept.equals("gender.male");
        }
        if (concept.equals("dark_hair")) { // borne out by black or brown, contradicted by blond or gray; CelebA leaves
            // the colour of many faces unlabelled, which decides nothing about a coarse word
            boolean dark = Boolean.TRUE.equals(labels.get("Black_Hair")) || Boolean.TRUE.equals(labels.get("Brown_Hair"));
            boolean light = Boolean.TRUE.equals(labels.get("Blond_Hair")) || Boolean.TRUE.equals(labels.get("Gray_Hair"));
            return dark ? Boolean.TRUE : light ? Boolean.FALSE : null;
        }
        if (concept.equals("beard")) {
            Boolean shaven = labels.get("No_Beard");
            return shaven == null ? null : !shaven;
        }
        for (Map.Entry<String, Boolean> e : labels.entrySet()) {
            if (concept.equals(CelebaLabels.concept(e.getKey()))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The markdown section. */
    public static String markdown(Row people, List<Row> faceScribe, String analyses) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Against the CelebA labels\n\n");
        sb.append("Each claim a caption makes that a CelebA label decides (the traits of the 40 attributes, said or ")
                .append("denied; the gender against Male; \"young\" against Young, \"middle-aged\"/\"old\" against not ")
                .append("Young), read by the caption reader and checked against the face's labels. People: the ")
                .append("Face2Text descriptions of the faces that have labels. FaceScribe: the first caption (seed 0) ")
                .append("of each CelebA validation image, written from its analysis");
        sb.append(analyses == null ? " (not run here: give `--analyses` the output of `./facescribe analyze --json "
                + "--assume-face` over the CelebA validation images)" : " (`./facescribe analyze --json --assume-face` "
                + "over the validation images of `celeba/splits.csv`, then `" + analyses + "`)");
        sb.append(". *Against the analysis*: captions in which the guard reads something the face's measured traits ")
                .append("do not hold.\n\n");
        sb.append("| captions | n | claims a label decides | contradicted claims | captions with a contradicted claim ")
                .append("| against the analysis |\n|---|---:|---:|---:|---:|---:|\n");
        List<Row> rows = new ArrayList<>();
        rows.add(people);
        rows.addAll(faceScribe);
        for (Row r : rows) {
            sb.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f%% | %s |%n", r.system(),
                    r.captions(), r.claims(), 100 * r.claimRate(), 100 * r.captionRate(),
                    r == people ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%",
                            100.0 * r.againstAnalysis() / Math.max(1, r.captions()))));
        }
        sb.append("\nThe claims most often contradicted (share of all the claims of that row):\n\n");
        for (Row r : rows) {
            sb.append("- ").append(r.system()).append(": ");
            List<String> top = r.byClaim().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(6).map(e -> String.format(java.util.Locale.ROOT, "%s %.1f%%", e.getKey(),
                            100.0 * e.getValue() / Math.max(1, r.claims()))).toList();
            sb.append(String.join(", ", top)).append('\n');
        }
        sb.append('\n');
        return sb.toString();
    }
}
