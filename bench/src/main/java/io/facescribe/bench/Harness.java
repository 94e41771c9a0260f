package io.facescribe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The timing loop: {@code warmup} untimed calls, then {@code runs} timed calls, call {@code i} getting index
 * {@code i} (callers cycle over their inputs with it). Each call is timed alone with {@link System#nanoTime()};
 * the median and p90 of these are what the report gives, so a few slow calls (GC, another process) do not move
 * them much.
 */
public final class Harness {

    private Harness() {
    }

    public static Stats time(int warmup, int runs, IntConsumer call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(i);
        }
        List<Double> ms = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.accept(i);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return Stats.of(ms);
    }
}
