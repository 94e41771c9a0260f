package io.facescribe.metrics.score;

import java.util.Arrays;

/** Open-addressing map from long keys to dense int ids (0, 1, 2, … in insertion order). Not thread-safe. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    /** keysById[id] = the key that got this id. */
    private long[] keysById = new long[16];

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    /** The id of {@code key}, assigning the next free id if it is new. {@code key} must not be Long.MIN_VALUE. */
    int idOf(long key) {
        int slot = mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) return values[slot];
            if (k == EMPTY) {
                keys[slot] = key;
                values[slot] = size;
                if (size == keysById.length) keysById = Arrays.copyOf(keysById, size * 2);
                keysById[size] = key;
                if (++size * 2 > keys.length) grow();
                return size - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() { return size; }

    long keyOf(int id) { return keysById[id]; }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == EMPTY) continue;
            int slot = mix(oldKeys[i]) & mask;
            while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
        }
    }
}
