package io.facescribe.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The train rows split, with a seed, into the rows the L2 strength is judged on ({@code tune}) and the rows the
 * candidate heads are fitted on ({@code fit}); both in row order. Validation rows never enter it.
 */
public record TuningSplit(int[] tune, int[] fit) {

    /** {@code tuneRows} of {@code n} rows, drawn by shuffling 0..n-1 with {@code new Random(seed)}. */
    public static TuningSplit seeded(int n, int tuneRows, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return new TuningSplit(order.subList(0, tuneRows).stream().sorted().mapToInt(Integer::intValue).toArray(),
                order.subList(tuneRows, n).stream().sorted().mapToInt(Integer::intValue).toArray());
    }

    /** The rows of {@code x} at {@code idx} (shared, not copied). */
    public static float[][] rows(float[][] x, int[] idx) {
        float[][] out = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    /** The labels at {@code idx}. */
    public static boolean[] pick(boolean[] y, int[] idx) {
        boolean[] out = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }
}
