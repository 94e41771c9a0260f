package io.facescribe.accuracy;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FaceVector;
import io.facescribe.training.DevelopmentSets;
import io.facescribe.training.DevelopmentRecord;

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

    /** What one predictor said about one labelled face (null where it says nothing). */
    public record Measured(DevelopmentSets.Item item, String gender, String ethnicity, double years, String emotion) {
    }

    /** What the shipped heads say about a face, from its development record (as analyze reports it). */
    public static Measured heads(DevelopmentSets.Item item, float[] record, Demographics d) {
        return new Measured(item, d.gender(record).label(), d.ethnicity(record).label(), d.age(record).years(),
                d.emotion(record).dominant());
    }

    /**
     * What the networks say without heads, from the record's tail: faceres' gender and expected age on the
     * 1.3x face crop, gear's ethnicity, the emotion network's arg-max.
     */
    public static Measured raw(DevelopmentSets.Item item, float[] r) {
        int t = DevelopmentRecord.block("faceres_tight").offset();
        int g = DevelopmentRecord.block("gear").offset() + 9;
        int race = 0;
        for (int c = 1; c < 5; c++) {
            race = r[g + c] > r[g + race] ? c : race;
        }
        int e = FaceVector.block("emotion").offset();
        int emo = 0;
        for (int c = 1; c < 7; c++) {
            emo = r[e + c] > r[e + emo] ? c : emo;
        }
        return new Measured(item, r[t] > 0.5 ? "male" : "female", Demographics.ETHNICITIES.get(race), 100 * r[t + 1],
                Demographics.EMOTIONS.get(emo));
    }

    /** Whether the record's face was found by the detector (not taken as the whole image). */
    public static boolean detected(float[] record) {
        return DevelopmentRecord.detected(record);
    }

    /** Gender, ethnicity and age of one predictor on labelled faces. */
    public static String demographics(List<Measured> faces, String title) {
        List<Measured> g = faces.stream().filter(f -> f.item().gender() != null).toList();
        List<Measured> e = faces.stream().filter(f -> f.item().ethnicity() != null).toList();
        long genderRight = g.stream().filter(f -> f.gender().equals(f.item().gender())).count();
        long raceRight = e.stream().filter(f -> f.ethnicity().equals(f.item().ethnicity())).count();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: gender **%.1f%%** right (%d faces), ethnicity **%.1f%%** right, "
                        + "age mean absolute error **%.1f** years overall, **%.1f** for adults (18+).%n%n",
                title, 100 * ratio(genderRight, g.size()), g.size(), 100 * ratio(raceRight, e.size()),
                ageError(faces, f -> true), ageError(faces, f -> f.item().age() >= 18)));
        sb.append("| age band | faces | mean abs. error (years) | mean signed error | gender right | ethnicity right |\n"
                + "|---|---|---|---|---|---|\n");
        for (int[] band : AGE_BANDS) {
            Predicate<Measured> in = f -> f.item().age() >= band[0] && f.item().age() <= band[1];
            long n = faces.stream().filter(in).count();
            double signed = faces.stream().filter(in).mapToDouble(f -> f.years() - f.item().age()).average().orElse(0);
            List<Measured> bg = g.stream().filter(in).toList();
            List<Measured> be = e.stream().filter(in).toList();
            sb.append(String.format(Locale.ROOT, "| %d–%s | %d | %.1f | %+.1f | %.1f%% | %.1f%% |%n", band[0],
                    band[1] >= 120 ? "" : Integer.toString(band[1]), n, ageError(faces, in), signed,
                    100 * ratio(bg.stream().filter(f -> f.gender().equals(f.item().gender())).count(), bg.size()),
                    100 * ratio(be.stream().filter(f -> f.ethnicity().equals(f.item().ethnicity())).count(), be.size())));
        }
        sb.append("\n").append(confusion(e, Demographics.ETHNICITIES, f -> f.item().ethnicity(), Measured::ethnicity, "ethnicity"));
        return sb.toString();
    }

    public static String emotion(List<Measured> faces, String title) {
        List<Measured> labelled = faces.stream().filter(f -> f.item().emotion() != null).toList();
        long right = labelled.stream().filter(f -> f.emotion().equals(f.item().emotion())).count();
        return String.format(Locale.ROOT, "%s: emotion accuracy **%.1f%%** (%d of %d faces).%n%n", title,
                100 * ratio(right, labelled.size()), right, labelled.size())
                + confusion(labelled, Demographics.EMOTIONS, f -> f.item().emotion(), Measured::emotion, "emotion");
    }

    static String confusion(List<Measured> faces, List<String> classes,
                            java.util.function.Function<Measured, String> truth,
                            java.util.function.Function<Measured, String> predicted, String what) {
        int k = classes.size();
        int[][] m = new int[k][k];
        for (Measured f : faces) {
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

    static double ageError(List<Measured> faces, Predicate<Measured> which) {
        return faces.stream().filter(f -> f.item().age() >= 0 && which.test(f))
                .mapToDouble(f -> Math.abs(f.years() - f.item().age())).average().orElse(Double.NaN);
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
