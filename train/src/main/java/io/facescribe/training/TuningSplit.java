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

    /**
     * Rows {@code 0..images-1} are images, the rest re-framed copies ({@code copyOf[r - images]}: the image row of copy
     * {@code r}). The tuning rows are {@code tuneRows} images drawn as {@link #seeded} draws them from the images alone
     * (the same ones as without copies); their copies are in neither part, so no head is judged on an image it was
     * fitted on in another framing. The fit rows are every other image and copy.
     */
    public static TuningSplit grouped(int images, int[] copyOf, int tuneRows, long seed) {
        TuningSplit base = seeded(images, tuneRows, seed);
        boolean[] tuned = new boolean[images];
        for (int i : base.tune()) {
            tuned[i] = true;
        }
        List<Integer> fit = new ArrayList<>();
        for (int i : base.fit()) {
            fit.add(i);
        }
        for (int c = 0; c < copyOf.length; c++) {
            if (!tuned[copyOf[c]]) {
                fit.add(images + c);
            }
        }
        return new TuningSplit(base.tune(), fit.stream().mapToInt(Integer::intValue).toArray());
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
