package io.facescribe.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.facescribe.analysis.FaceVector;
import io.facescribe.image.ImageDecoder;

/**
 * The {@link FaceVector} records of a development set, computed once and cached (keyed by the set's file
 * names, sizes and labels, the vector version and the model package). A partial file is kept every 500 (or 1/20 of the set)
 * images so that an interrupted run resumes where it stopped.
 */
public final class FaceRecords {

    private FaceRecords() {
    }

    /** A stable id of an item: its folder and file name. */
    public static String id(DevelopmentSets.Item item) {
        Path f = item.file();
        return (f.getParent() == null ? "" : f.getParent().getFileName() + "/") + f.getFileName();
    }

    /**
     * @param retired also record the readings of the networks the heads replaced (for the raw-network
     *                comparison; slower)
     */
    public static Map<String, float[]> records(DevelopmentRecorder analyzer, String set, List<DevelopmentSets.Item> items,
                                               boolean assumeFace, boolean retired, int threads, Path cacheDir,
                                               String modelSpec, Consumer<String> log) {
        return records(analyzer, set, items, assumeFace, retired, threads, cacheDir, modelSpec, Map.of(), log);
    }

    /** @param known records already computed elsewhere (same framing and vector version), by {@link #id} */
    public static Map<String, float[]> records(DevelopmentRecorder analyzer, String set, List<DevelopmentSets.Item> items,
                                               boolean assumeFace, boolean retired, int threads, Path cacheDir,
                                               String modelSpec, Map<String, float[]> known, Consumer<String> log) {
        return records(analyzer, set, items, Framing.AS_IS, assumeFace, retired, threads, cacheDir, modelSpec, known, log);
    }

    /**
     * The records of a set with every image re-framed first.
     *
     * @param framing how each image is re-framed before it is analysed (part of the cache key unless
     *                {@link Framing#AS_IS}; {@code known} records are used only as they are)
     */
    public static Map<String, float[]> records(DevelopmentRecorder analyzer, String set, List<DevelopmentSets.Item> items,
                                               Framing framing, boolean assumeFace, boolean retired, int threads,
                                               Path cacheDir, String modelSpec, Map<String, float[]> known,
                                               Consumer<String> log) {
        String key = framing.cacheKey().isEmpty() ? set : set + "-" + framing.cacheKey();
        Path cache = retired
                ? FeatureCache.file(cacheDir, "records-" + key, fingerprint(items), FaceVector.VERSION, modelSpec,
                        Boolean.toString(assumeFace))
                : FeatureCache.file(cacheDir, "records-" + key, fingerprint(items), FaceVector.VERSION, modelSpec,
                        Boolean.toString(assumeFace), "without retired readings");
        var cached = FeatureCache.read(cache, DevelopmentRecord.SIZE);
        if (cached.isPresent()) {
            log.accept(key + ": records from cache " + cache);
            return cached.get();
        }
        Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
        Map<String, float[]> out = new LinkedHashMap<>(FeatureCache.read(partial, DevelopmentRecord.SIZE).orElse(Map.of()));
        for (DevelopmentSets.Item i : framing == Framing.AS_IS ? items : List.<DevelopmentSets.Item>of()) {
            float[] k = known.get(id(i));
            if (k != null) {
                out.putIfAbsent(id(i), k);
            }
        }
        List<DevelopmentSets.Item> todo = items.stream().filter(i -> !out.containsKey(id(i))).toList();
        log.accept(String.format("%s: %d images, %d from a partial run or known, %d to measure", set, items.size(),
                items.size() - todo.size(), todo.size()));
        ImageDecoder decoder = new ImageDecoder();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        int every = Math.max(500, todo.size() / 20); // a partial file at most 20 times (each rewrite holds all so far)
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (DevelopmentSets.Item item : todo) {
                futures.add(pool.submit(() -> analyzer.record(framing.apply(decoder.decode(item.file())), assumeFace, retired)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.put(id(todo.get(i)), futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    log.accept("skipped " + todo.get(i).file() + ": " + e.getCause());
                }
                if ((i + 1) % every == 0) {
                    FeatureCache.write(partial, out, DevelopmentRecord.SIZE);
                    log.accept(String.format("%s: %d of %d (%.0f s)", set, i + 1, todo.size(),
                            (System.nanoTime() - start) / 1e9));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        FeatureCache.write(cache, out, DevelopmentRecord.SIZE);
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.accept(String.format("%s: %d records in %.0f s; cached in %s", set, out.size(),
                (System.nanoTime() - start) / 1e9, cache));
        return out;
    }

    /** Names, sizes and labels of the items (cheap: the bytes are not read). */
    public static String fingerprint(List<DevelopmentSets.Item> items) {
        StringBuilder sb = new StringBuilder();
        for (DevelopmentSets.Item i : items) {
            long size;
            try {
                size = Files.size(i.file());
            } catch (IOException e) {
                size = -1;
            }
            sb.append(id(i)).append(',').append(size).append(',').append(i.age()).append(',').append(i.gender())
                    .append(',').append(i.ethnicity()).append(',').append(i.emotion()).append('\n');
        }
        return sb.toString();
    }
}
