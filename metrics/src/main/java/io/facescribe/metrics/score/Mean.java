package io.facescribe.metrics.score;

/** numpy's {@code np.mean} of a 1-d float64 array: pairwise summation in blocks of 8, divided by n. */
final class Mean {
    private static final int BLOCK = 128;

    private Mean() {}

    static double of(double[] values) {
        if (values.length == 0) return Double.NaN;
        return sum(values, 0, values.length) / values.length;
    }

    private static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double s = 0;
            for (int i = from; i < from + n; i++) s += a[i];
            return s;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) r[j] = a[from + j];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) r[j] += a[from + i + j];
            }
            double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) s += a[from + i];
            return s;
        }
        int half = n / 2;
        half -= half % 8;
        return sum(a, from, half) + sum(a, from + half, n - half);
    }
}
