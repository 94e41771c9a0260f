package io.facescribe.metrics.score;

import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Splits [0, n) into one contiguous range per available core, each run with its own scratch state (the calling
 * thread takes part, through a parallel stream on the common pool).
 */
final class Parallel {
    private static final int MIN_PER_TASK = 256;

    interface RangeTask<S> {
        void run(S scratch, int from, int to);
    }

    private Parallel() {}

    static <S> void forRanges(int n, Supplier<S> scratch, RangeTask<S> task) {
        int tasks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / MIN_PER_TASK));
        if (tasks == 1) {
            task.run(scratch.get(), 0, n);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(t -> {
            int from = (int) ((long) n * t / tasks);
            int to = (int) ((long) n * (t + 1) / tasks);
            task.run(scratch.get(), from, to);
        });
    }
}
