package io.facescribe.dataset.card;

import java.util.List;

/**
 * How a whole-number quantity is spread: count, mean, median, range and a histogram; immutable.
 *
 * @param n      values counted
 * @param mean   their mean (NaN when none)
 * @param median their median (the mean of the two middle values when n is even; NaN when none)
 * @param min    the smallest value (0 when none)
 * @param max    the largest value (0 when none)
 * @param bins   consecutive bins covering min..max, each [from, to] inclusive
 */
public record Spread(long n, double mean, double median, int min, int max, List<Bin> bins) {

    public Spread {
        bins = List.copyOf(bins);
    }

    /** Values from {@code from} to {@code to}, both inclusive. */
    public record Bin(int from, int to, long count) {
        public String label() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    /** The number of values v with from <= v <= to, from the bins (exact when the bounds fall on bin edges). */
    public long countBetween(int from, int to) {
        return bins.stream().filter(b -> b.from() >= from && b.to() <= to).mapToLong(Bin::count).sum();
    }
}
