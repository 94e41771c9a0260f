package io.facescribe.dataset.card;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mutable counts per key, with a limit on distinct keys so memory stays bounded whatever the input. */
final class Counter implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int maxKeys;
    private final Map<String, long[]> counts = new HashMap<>();
    private long total;
    private boolean complete = true;

    Counter(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(String key) {
        add(key, 1);
    }

    void add(String key, long n) {
        total += n;
        long[] slot = counts.get(key);
        if (slot == null) {
            if (counts.size() >= maxKeys) {
                complete = false;
                return;
            }
            slot = new long[1];
            counts.put(key, slot);
        }
        slot[0] += n;
    }

    void merge(Counter other) {
        for (Map.Entry<String, long[]> e : other.counts.entrySet()) {
            add(e.getKey(), e.getValue()[0]);
        }
        long unkept = other.total - other.counts.values().stream().mapToLong(c -> c[0]).sum();
        total += unkept;
        complete &= other.complete;
    }

    long get(String key) {
        long[] slot = counts.get(key);
        return slot == null ? 0 : slot[0];
    }

    int distinct() {
        return counts.size();
    }

    Tally tally() {
        List<Tally.Entry> entries = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> entries.add(new Tally.Entry(k, v[0])));
        entries.sort(Comparator.comparingLong(Tally.Entry::count).reversed().thenComparing(Tally.Entry::key));
        return new Tally(entries, total, complete);
    }
}
