package io.facescribe.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.facescribe.analysis.Calibration;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.Readings;

/** Figures for {@code docs/accuracy.md}: detection, gender, ethnicity, age by band, emotion. */
public final class AccuracyReport {

    private static final int[][] AGE_BANDS = {{0, 9}, {10, 17}, {18, 29}, {30, 44}, {45, 59}, {60, 120}};

    private AccuracyReport() {
    }

    public static String detection(List<DetectionScore> scores) {
        int detected = 0, correct = 0, expected = 0;
        StringBuilder rows = new StringBuilder();
        for (DetectionScore s : scores) {
            detected += s.detected();
            correct += s.correct();
            expected += s.expected();
            rows.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", s.image(), s.expected(), s.detected(),
                    s.correct()));
        }
        return String.format(Locale.ROOT, "Precision **%.3f** (%d of %d detections right), recall **%.3f** (%d of %d "
                        + "faces found) on %d photos.%n%n| photo | faces | detected | right |%n|---|---|---|---|%n%s",
                ratio(correct, detected), correct, detected, ratio(correct, expected), correct, expected,
                scores.size(), rows);
    }

    /** Gender, ethnicity and age on the faces selected, under a calibration. */
    public static String demographics(List<LabelledFace> faces, Calibration calibration, String title) {
        List<LabelledFace> measured = faces.stream().filter(f -> f.analysis() != null).toList();
        Demographics d = new Demographics(calibration);
        long genderRight = measured.stream().filter(f -> f.gender() != null)
                .filter(f -> d.gender(f.analysis().readings()).label().equals(f.gender())).count();
        long genderTotal = measured.stream().filter(f -> f.gender() != null).count();
        long raceRight = measured.stream().filter(f -> f.ethnicity() != null)
                .filter(f -> d.ethnicity(f.analysis().readings()).label().equals(f.ethnicity())).count();
        long raceTotal = measured.stream().filter(f -> f.ethnicity() != null).count();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: gender **%.1f%%** right (%d faces), ethnicity **%.1f%%** right, "
                        + "age mean absolute error **%.1f** years overall, **%.1f** for adults (18+).%n%n",
                title, 100 * ratio(genderRight, genderTotal), genderTotal, 100 * ratio(raceRight, raceTotal),
                ageError(measured, calibration, f -> true), ageError(measured, calibration, f -> f.age() >= 18)));
        sb.append("| age band | faces | mean abs. error (years) | mean signed error |\n|---|---|---|---|\n");
        for (int[] band : AGE_BANDS) {
            Predicate<LabelledFace> in = f -> f.age() >= band[0] && f.age() <= band[1];
            long n = measured.stream().filter(in).count();
            double signed = measured.stream().filter(in)
                    .mapToDouble(f -> calibration.years(f.analysis().readings()) - f.age()).average().orElse(0);
            sb.append(String.format(Locale.ROOT, "| %d–%s | %d | %.1f | %+.1f |%n", band[0],
                    band[1] >= 120 ? "" : Integer.toString(band[1]), n, ageError(measured, calibration, in), signed));
        }
        sb.append("\n").append(confusion(measured.stream().filter(f -> f.ethnicity() != null).toList(),
                Demographics.ETHNICITIES, LabelledFace::ethnicity,
                f -> d.ethnicity(f.analysis().readings()).label(), "ethnicity"));
        return sb.toString();
    }

    public static String emotion(List<LabelledFace> faces, Calibration calibration, String title) {
        List<LabelledFace> measured = faces.stream().filter(f -> f.analysis() != null && f.emotion() != null).toList();
        Demographics d = new Demographics(calibration);
        java.util.function.Function<LabelledFace, String> predicted =
                f -> d.emotion(f.analysis().readings()).dominant();
        long right = measured.stream().filter(f -> predicted.apply(f).equals(f.emotion())).count();
        return String.format(Locale.ROOT, "%s: emotion accuracy **%.1f%%** (%d of %d faces).%n%n", title,
                100 * ratio(right, measured.size()), right, measured.size())
                + confusion(measured, Demographics.EMOTIONS, LabelledFace::emotion, predicted, "emotion");
    }

    static String confusion(List<LabelledFace> faces, List<String> classes,
                            java.util.function.Function<LabelledFace, String> truth,
                            java.util.function.Function<LabelledFace, String> predicted, String what) {
        int k = classes.size();
        int[][] m = new int[k][k];
        for (LabelledFace f : faces) {
            int t = classes.indexOf(truth.apply(f));
            int p = classes.indexOf(predicted.apply(f));
            if (t >= 0 && p >= 0) {
                m[t][p]++;
            }
        }
        StringBuilder sb = new StringBuilder("| " + what + " (rows: label, columns: measured) |");
        classes.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append(" recall |\n|---|");
        sb.append("---|".repeat(k + 1)).append('\n');
        for (int i = 0; i < k; i++) {
            sb.append("| ").append(classes.get(i)).append(" |");
            int row = 0;
            for (int j = 0; j < k; j++) {
                sb.append(' ').append(m[i][j]).append(" |");
                row += m[i][j];
            }
            sb.append(String.format(Locale.ROOT, " %.2f |%n", ratio(m[i][i], row)));
        }
        return sb.toString();
    }

    static double ageError(List<LabelledFace> faces, Calibration c, Predicate<LabelledFace> which) {
        List<Double> errors = new ArrayList<>();
        for (LabelledFace f : faces) {
            if (f.age() >= 0 && which.test(f)) {
                Readings r = f.analysis().readings();
                errors.add(Math.abs(c.years(r) - f.age()));
            }
        }
        return errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
