package io.facescribe.dataset.card;

import java.util.List;

/**
 * Counts per key, largest first (ties by key), immutable.
 *
 * @param entries  the counted keys
 * @param total    everything counted, including what was not kept as a key
 * @param complete false when the number of distinct keys reached the counting limit, so later new keys
 *                 were counted only in {@code total}
 */
public record Tally(List<Entry> entries, long total, boolean complete) {

    public Tally {
        entries = List.copyOf(entries);
    }

    /** One key and how often it was seen. */
    public record Entry(String key, long count) {
    }

    public long count(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e.count();
            }
        }
        return 0;
    }

    /** The share of {@code total} counted under {@code key}, 0 when nothing was counted. */
    public double share(String key) {
        return total == 0 ? 0 : (double) count(key) / total;
    }

    public List<Entry> top(int n) {
        return entries.subList(0, Math.min(n, entries.size()));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
