package io.facescribe.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.facescribe.FaceScribe;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ImageAnalysis;

/**
 * End-to-end throughput: {@code threads} workers take the next file and call {@link FaceScribe#analyze(Path,
 * AnalysisOptions)} (read + decode + detect or not + mesh + analysis networks + interpretation), until every file
 * is done. Faces per second = faces returned / wall time.
 */
public final class Throughput {

    /** One measured configuration. */
    public record Result(String mode, int threads, int images, int faces, int failed, double seconds,
                         double facesPerSecond, double imagesPerSecond, double meanMsPerImage, CpuLoad.Phase load) {
    }

    private Throughput() {
    }

    public static Result run(FaceScribe fs, List<Path> files, AnalysisOptions options, String mode, int threads,
                             int warmup) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // warm-up: every worker thread analyses a few files first (JIT, TF per-thread state)
            each(pool, threads, files.subList(0, Math.min(files.size(), warmup * threads)), fs, options, new int[3]);
            int[] counts = new int[3]; // images, faces, failed
            CpuLoad.Mark mark = CpuLoad.mark();
            long t0 = System.nanoTime();
            each(pool, threads, files, fs, options, counts);
            double secs = (System.nanoTime() - t0) / 1e9;
            CpuLoad.Phase load = CpuLoad.since(mark);
            return new Result(mode, threads, counts[0], counts[1], counts[2], secs, counts[1] / secs, counts[0] / secs,
                    1000.0 * secs * threads / Math.max(1, counts[0]), load);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void each(ExecutorService pool, int threads, List<Path> files, FaceScribe fs,
                             AnalysisOptions options, int[] counts) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger faces = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    ImageAnalysis a = fs.analyze(files.get(i), options);
                    if (a.ok()) {
                        faces.addAndGet(a.faces().size());
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a benchmark worker failed: " + e.getCause(), e.getCause());
            }
        }
        counts[0] += files.size();
        counts[1] += faces.get();
        counts[2] += failed.get();
    }
}
