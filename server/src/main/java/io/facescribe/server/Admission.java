package io.facescribe.server;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounded concurrency and a bounded queue in front of the analyses: {@code concurrency} workers and requests
 * waiting for one. By default ({@code queue} below 0, {@link ServerSettings#BY_DEADLINE}) a request waits when
 * the work ahead of it and its own, at the measured mean time per piece of work, can finish before its deadline
 * (and at most {@link #MAX_WAITING_PER_WORKER} per worker wait); with {@code queue} 0 or more, at most that
 * many wait. Anything past that is refused at once (429, Retry-After the measured wait for a free slot). A
 * request whose deadline passes gets 504; its work, when already started, runs to the end on its worker (the
 * networks cannot be interrupted) and keeps its slot until then, so the limit holds for the CPU, not just for
 * the responses. Work still waiting when its deadline passes is skipped.
 */
final class Admission implements AutoCloseable {

    private final int concurrency;
    private final int queue;
    private final ExecutorService workers;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    /** Exponentially weighted mean time of one piece of work, in nanoseconds (for Retry-After). */
    private final AtomicLong meanNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

    /** Requests per worker that may wait in deadline mode, whatever the deadline: uploads wait in memory. */
    static final int MAX_WAITING_PER_WORKER = 32;
    /**
     * How much longer than the measured mean a piece of work may take in a burst (the workers then share the
     * cores with each other and with the requests' decoding): a request is admitted when twice its expected wait fits.
     */
    private static final int MARGIN = 2;

    Admission(int concurrency, int queue) {
        this.concurrency = concurrency;
        this.queue = queue;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "facescribe-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Runs {@code work} on a worker and waits for it until {@code deadline} (System.nanoTime()).
     *
     * @throws ApiException 429 when all workers and the queue are taken, 504 past the deadline
     */
    <T> T run(Supplier<T> work, long deadline) {
        int place = admitted.incrementAndGet() - concurrency; // 1 for the first that must wait
        if (place > 0 && refused(place, deadline)) {
            admitted.decrementAndGet();
            throw new ApiException(429, "busy", "the server is busy: " + concurrency + " images at work and "
                    + (place - 1) + " waiting" + (queue < 0 ? ", more than it can finish within the request deadline"
                    : "") + "; try again shortly", retryAfterSeconds());
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        try {
            workers.execute(() -> {
                try {
                    if (abandoned.get()) {
                        result.cancel(false);
                        return;
                    }
                    running.incrementAndGet();
                    long start = System.nanoTime();
                    try {
                        result.complete(work.get());
                    } finally {
                        running.decrementAndGet();
                        long took = System.nanoTime() - start;
                        meanNanos.updateAndGet(m -> m + (took - m) / 8);
                    }
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    admitted.decrementAndGet();
                }
            });
        } catch (RuntimeException e) { // rejected: the pool is shut down
            admitted.decrementAndGet();
            throw new ApiException(503, "draining", "the server is stopping; try another instance", 1);
        }
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            throw new ApiException(504, "timeout", "the request took longer than its deadline; try a smaller image,"
                    + " or again when the server is less busy");
        } catch (InterruptedException e) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "draining", "the server is stopping", 1);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new ApiException(504, "timeout", "the request's deadline passed while it waited for a worker");
        }
    }

    /** Work running on a worker now. */
    int running() {
        return running.get();
    }

    /** Requests admitted and waiting for a worker. */
    int queued() {
        return Math.max(0, admitted.get() - running.get());
    }

    /** Requests admitted and not yet finished (waiting or running). */
    int admitted() {
        return admitted.get();
    }

    /**
     * Whether the request at this place in the line (1 = next for a worker) is refused: past the fixed queue, or
     * in deadline mode when the rounds of work ahead of it and its own would end after its deadline.
     */
    private boolean refused(int place, long deadline) {
        if (queue >= 0) {
            return place > queue;
        }
        if (place > MAX_WAITING_PER_WORKER * concurrency) {
            return true;
        }
        return System.nanoTime() + MARGIN * expectedNanos(place) > deadline;
    }

    /** When work at this place in the line would end: the rounds ahead of it on every worker, then its own. */
    private long expectedNanos(int place) {
        long rounds = (place + concurrency - 1L) / concurrency;
        return (rounds + 1) * meanNanos.get();
    }

    /**
     * About how long until a request would be admitted again: the measured wait for the line ahead to move by one
     * round (in deadline mode, for the work queued now to finish), at least a second.
     */
    long retryAfterSeconds() {
        int waiting = Math.max(0, admitted.get() - concurrency);
        long nanos = queue < 0 ? expectedNanos(waiting) - meanNanos.get() : meanNanos.get();
        return Math.max(1, (long) Math.ceil(Math.max(meanNanos.get(), nanos) / 1e9));
    }

    /** Waits for the admitted work to finish, at most {@code bound}; true when it all did. */
    boolean awaitIdle(Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (admitted.get() > 0) {
            if (System.nanoTime() >= end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
