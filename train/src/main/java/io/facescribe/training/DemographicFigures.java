package io.facescribe.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.DemographicHeads;

/** Validation figures of the demographic heads on labelled face vectors (kept in the head file and in docs). */
final class DemographicFigures {

    /** Age bands of the report: lower bounds, the last open-ended. */
    static final int[] BANDS = {0, 10, 18, 30, 45, 60};
    /** The reported age range: these quantiles of the survival curve. */
    static final double RANGE_LOW = 0.2;
    static final double RANGE_HIGH = 0.8;

    private DemographicFigures() {
    }

    static Map<String, Object> gender(DemographicHeads h, DemographicTrainer.Rows rows) {
        int right = 0;
        for (int i = 0; i < rows.labels().length; i++) {
            boolean female = h.femaleProbability(rows.vectors().get(i)) >= 0.5;
            right += female == (rows.labels()[i] == 0) ? 1 : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("faces", rows.labels().length);
        m.put("accuracy", round(right / (double) rows.labels().length));
        return m;
    }

    static Map<String, Object> ethnicity(DemographicHeads h, DemographicTrainer.Rows rows) {
        return classes(rows, v -> h.ethnicity(v));
    }

    static Map<String, Object> emotion(DemographicHeads h, DemographicTrainer.Rows rows) {
        return classes(rows, v -> h.emotion(v));
    }

    private static Map<String, Object> classes(DemographicTrainer.Rows rows, java.util.function.Function<float[], double[]> p) {
        int[][] confusion = null;
        int right = 0;
        for (int i = 0; i < rows.labels().length; i++) {
            double[] q = p.apply(rows.vectors().get(i));
            if (confusion == null) {
                confusion = new int[q.length][q.length];
            }
            int best = 0;
            for (int c = 1; c < q.length; c++) {
                best = q[c] > q[best] ? c : best;
            }
            confusion[rows.labels()[i]][best]++;
            right += best == rows.labels()[i] ? 1 : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("faces", rows.labels().length);
        m.put("accuracy", round(right / (double) rows.labels().length));
        m.put("confusion", confusion);
        return m;
    }

    static Map<String, Object> age(DemographicHeads h, DemographicTrainer.Rows rows) {
        double abs = 0, adultAbs = 0;
        int adults = 0, covered = 0;
        double[][] band = new double[BANDS.length][3]; // count, abs, signed
        for (int i = 0; i < rows.labels().length; i++) {
            float[] v = rows.vectors().get(i);
            int age = rows.labels()[i];
            double years = h.ageQuantile(v, 0.5);
            double err = years - age;
            abs += Math.abs(err);
            if (age >= 18) {
                adults++;
                adultAbs += Math.abs(err);
            }
            int b = band(age);
            band[b][0]++;
            band[b][1] += Math.abs(err);
            band[b][2] += err;
            covered += age >= h.ageQuantile(v, RANGE_LOW) && age <= h.ageQuantile(v, RANGE_HIGH) ? 1 : 0;
        }
        int n = rows.labels().length;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("faces", n);
        m.put("meanAbsoluteError", round(abs / n));
        m.put("adultFaces", adults);
        m.put("adultMeanAbsoluteError", round(adultAbs / adults));
        m.put("range", "quantiles " + RANGE_LOW + " to " + RANGE_HIGH);
        m.put("rangeCoverage", round(covered / (double) n));
        List<Map<String, Object>> bands = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("band", BANDS[b] + (b + 1 < BANDS.length ? "-" + (BANDS[b + 1] - 1) : "-"));
            r.put("faces", (int) band[b][0]);
            r.put("meanAbsoluteError", band[b][0] == 0 ? null : round(band[b][1] / band[b][0]));
            r.put("meanSignedError", band[b][0] == 0 ? null : round(band[b][2] / band[b][0]));
            bands.add(r);
        }
        m.put("bands", bands);
        return m;
    }

    static int band(int age) {
        int b = 0;
        while (b + 1 < BANDS.length && age >= BANDS[b + 1]) {
            b++;
        }
        return b;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
