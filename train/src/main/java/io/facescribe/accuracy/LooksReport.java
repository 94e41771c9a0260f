package io.facescribe.accuracy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.facescribe.looks.LooksCalibration;
import io.facescribe.looks.LooksTrait;
import io.facescribe.training.LooksCalibrator;

/** The looks section of {@code docs/accuracy.md}, from the figures recorded in the shipped looks calibration. */
public final class LooksReport {

    private LooksReport() {
    }

    public static String section(LooksCalibration c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "From the figures recorded in the shipped `looks.json` by `./facescribe-workshop train looks` "
                        + "(method: [looks.md](looks.md)): %s CelebA validation faces, %s of them labelled by us for eye colour, "
                        + "hair length and face shape. A value is stated in descriptions only when its precision reaches %.2f "
                        + "over at least %d faces given it; the others are measured and reported (`analyze --json`, "
                        + "`\"stated\": false`) but not said. The last column is how often a face with a reference is "
                        + "given a value that may be said, and how often that value is right: what captions can name.%n%n",
                c.provenance().getOrDefault("validationFaces", "?"), c.provenance().getOrDefault("labelledFaces", "?"),
                LooksCalibrator.PRECISION, LooksCalibrator.MIN_MEASURED));
        sb.append("| trait | checked against | faces | answered | accuracy | balanced accuracy | precision per value (faces given it) | stated | given a stated value (right) |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<LooksCalibration.Figure>> byTrait = new LinkedHashMap<>();
        c.figures().forEach(f -> byTrait.computeIfAbsent(f.trait(), k -> new java.util.ArrayList<>()).add(f));
        for (LooksTrait t : LooksTrait.values()) {
            List<LooksCalibration.Figure> rows = byTrait.getOrDefault(t.key(), List.of());
            if (rows.isEmpty()) {
                continue;
            }
            LooksCalibration.Figure first = rows.get(0);
            String values = rows.stream().map(f -> f.value() + " " + pct(f.precision()) + " (" + f.measured() + ")")
                    .collect(Collectors.joining(", "));
            String stated = rows.stream().filter(LooksCalibration.Figure::stated).map(LooksCalibration.Figure::value)
                    .collect(Collectors.joining(", "));
            int given = rows.stream().filter(LooksCalibration.Figure::stated).mapToInt(LooksCalibration.Figure::measured).sum();
            double right = rows.stream().filter(LooksCalibration.Figure::stated)
                    .mapToDouble(f -> f.measured() * f.precision()).sum();
            String said = given == 0 ? "–" : pct(given / (double) first.faces()) + " (" + pct(right / given) + ")";
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", t.key(), first.reference(),
                    first.faces(), pct(first.coverage()), pct(first.accuracy()), pct(first.balanced()), values,
                    stated.isEmpty() ? "not stated" : stated, said));
        }
        if (!c.checks().isEmpty()) {
            sb.append("\nEye colour by set of images we labelled (cross-fitted as above; \"halved\": the same images with "
                    + "half the pixels each way, read with the same thresholds; these rows decide nothing):\n\n"
                    + "| images | faces | answered | accuracy | precision per value (faces given it) |\n|---|---|---|---|---|\n");
            Map<String, List<LooksCalibration.Figure>> bySet = new LinkedHashMap<>();
            c.checks().forEach(f -> bySet.computeIfAbsent(f.reference(), k -> new java.util.ArrayList<>()).add(f));
            bySet.forEach((set, rows) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", set,
                    rows.get(0).faces(), pct(rows.get(0).coverage()), pct(rows.get(0).accuracy()),
                    rows.stream().map(f -> f.value() + " " + pct(f.precision()) + " (" + f.measured() + ")")
                            .collect(Collectors.joining(", ")))));
        }
        sb.append("\nDecision rules (also in `LooksTrait`):\n\n");
        for (LooksTrait t : LooksTrait.values()) {
            sb.append("- **").append(t.key()).append("** (").append(t.source()).append("): ").append(t.rule()).append(".\n");
        }
        sb.append(String.format(Locale.ROOT, "%nThresholds: %s.%n", c.thresholds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        return sb.toString();
    }

    public static final String HEADING = "## Looks: hair, eyes, lips, nose, brows, face shape, facial hair (CelebA validation split)";

    /**
     * The accuracy page with its looks section replaced by {@code section} (or inserted before the run-time
     * line, or appended).
     */
    public static String merge(String page, String section) {
        String block = HEADING + "\n\n" + section + "\n";
        int start = page.indexOf(HEADING);
        if (start >= 0) {
            int next = page.indexOf("\n## ", start + HEADING.length());
            int run = page.indexOf("\n_Run time", start + HEADING.length());
            int end = next < 0 ? run : run < 0 ? next : Math.min(next, run);
            return page.substring(0, start) + block + (end < 0 ? "" : page.substring(end + 1));
        }
        int run = page.indexOf("\n_Run time");
        return run < 0 ? page + (page.endsWith("\n") ? "\n" : "\n\n") + block
                : page.substring(0, run + 1) + block + page.substring(run + 1);
    }

    private static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
