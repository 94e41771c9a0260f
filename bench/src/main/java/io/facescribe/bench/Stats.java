package io.facescribe.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Summary of repeated timings in milliseconds. Quantiles are the nearest-rank ones
 * ({@code sorted[ceil(p·n) − 1]}), the same definition as {@code tools/tfjs/bench.mjs}, so the two sides compare.
 */
public record Stats(int n, double median, double p90, double min, double mean) {

    public static Stats of(List<Double> millis) {
        double[] s = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(s.length, rank(s, 0.5), rank(s, 0.9), s[0], Arrays.stream(s).average().orElse(Double.NaN));
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
