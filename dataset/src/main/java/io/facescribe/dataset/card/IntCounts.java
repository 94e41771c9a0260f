package io.facescribe.dataset.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable exact counts of whole numbers 0..cap (larger values count as cap, negative ones as 0), so the
 * median and any histogram are exact and two counts merge by adding.
 */
final class IntCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] STEPS = {1, 2, 5};

    private final int cap;
    private long[] counts = new long[16];
    private long n;
    private double sum;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;

    IntCounts(int cap) {
        this.cap = cap;
    }

    void add(int value) {
        add(value, 1);
    }

    private void add(int value, long times) {
        int v = Math.max(0, Math.min(cap, value));
        if (v >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(v + 1, Math.min(cap + 1, counts.length * 2)));
        }
        counts[v] += times;
        n += times;
        sum += (double) v * times;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    void merge(IntCounts other) {
        for (int v = 0; v < other.counts.length; v++) {
            if (other.counts[v] != 0) {
                add(v, other.counts[v]);
            }
        }
    }

    /** The spread, with bins of a round width chosen so there are at most {@code maxBins}. */
    Spread spread(int maxBins) {
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, 0, 0, List.of());
        }
        int width = binWidth(max - min + 1, maxBins);
        int start = (min / width) * width;
        List<Spread.Bin> bins = new ArrayList<>();
        for (int from = start; from <= max; from += width) {
            int to = from + width - 1;
            long c = 0;
            for (int v = from; v <= Math.min(to, counts.length - 1); v++) {
                c += counts[v];
            }
            bins.add(new Spread.Bin(from, to, c));
        }
        return new Spread(n, sum / n, median(), min, max, bins);
    }

    private double median() {
        long lower = (n - 1) / 2;
        long upper = n / 2;
        return (valueAt(lower) + valueAt(upper)) / 2.0;
    }

    /** The value at 0-based rank {@code rank} in sorted order. */
    private int valueAt(long rank) {
        long seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen > rank) {
                return v;
            }
        }
        return max;
    }

    static int binWidth(int range, int maxBins) {
        for (int scale = 1; ; scale *= 10) {
            for (int step : STEPS) {
                int width = step * scale;
                if ((range + width - 1) / width <= maxBins) {
                    return width;
                }
            }
        }
    }
}
