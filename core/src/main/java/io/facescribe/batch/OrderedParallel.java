package io.facescribe.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on N threads and hands the results on in input order, with at
 * most a few inputs per thread in flight (memory stays bounded whatever the number of inputs).
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    public static <I, O> void run(Iterator<I> inputs, int threads, Function<I, O> work, Consumer<O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "facescribe-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<O>> window = new ArrayDeque<>();
        int maxInFlight = threads * 3;
        try {
            while (inputs.hasNext()) {
                I in = inputs.next();
                window.add(pool.submit(() -> work.apply(in)));
                if (window.size() >= maxInFlight) {
                    sink.accept(take(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(take(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
