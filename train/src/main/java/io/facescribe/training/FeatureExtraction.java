package io.facescribe.training;

import io.facescribe.attributes.AttributeFeatures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.facescribe.face.Crop;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.RgbImage;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * Features of every CelebA image, analysed as {@code --assume-face} does (the whole image is the face crop,
 * the mesh placed on it), read from the feature cache when the same data, feature version and models were
 * seen before.
 */
public final class FeatureExtraction {

    private FeatureExtraction() {
    }

    public static Map<String, float[]> features(CelebaAttributes data, String fingerprint, ModelStore store,
                                                int threads, Path cacheDir, Consumer<String> log) {
        return features(data.items(), Framing.AS_IS, fingerprint, store, threads, cacheDir, log);
    }

    /**
     * Features of re-framed copies of the train images for the training rows ({@link Framing#MIRRORED} for every
     * other train image, {@link Framing#SHIFTED} for the rest), keyed {@code id@mirrored} / {@code id@shifted};
     * cached like the others.
     */
    public static Map<String, float[]> augmented(CelebaAttributes data, String fingerprint, ModelStore store,
                                                 int threads, Path cacheDir, Consumer<String> log) {
        List<CelebaAttributes.Item> train = data.items().stream().filter(CelebaAttributes.Item::train).toList();
        List<CelebaAttributes.Item> even = new ArrayList<>();
        List<CelebaAttributes.Item> odd = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            (i % 2 == 0 ? even : odd).add(train.get(i));
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        out.putAll(features(even, Framing.MIRRORED, fingerprint, store, threads, cacheDir, log));
        out.putAll(features(odd, Framing.SHIFTED, fingerprint, store, threads, cacheDir, log));
        return out;
    }

    /** The key of a re-framed copy's features. */
    public static String key(String id, Framing framing) {
        return framing == Framing.AS_IS ? id : id + "@" + framing.cacheKey();
    }

    private static Map<String, float[]> features(List<CelebaAttributes.Item> items, Framing framing, String fingerprint,
                                                 ModelStore store, int threads, Path cacheDir, Consumer<String> log) {
        Path cache = framing == Framing.AS_IS ? FeatureCache.file(cacheDir, fingerprint, store.modelPackage().npmSpec())
                : FeatureCache.file(cacheDir, fingerprint + "|" + framing.cacheKey() + "|" + items.size(),
                        store.modelPackage().npmSpec());
        var cached = FeatureCache.read(cache);
        if (cached.isPresent() && cached.get().keySet().containsAll(items.stream().map(i -> key(i.id(), framing)).toList())) {
            log.accept("features from cache " + cache);
            return cached.get();
        }
        NetworkLoader loader = new NetworkLoader(store);
        long start = System.nanoTime();
        Map<String, float[]> out = new LinkedHashMap<>();
        try (Network meshNet = loader.load(FaceMesher.MODEL); AttributeFeatures extractor = new AttributeFeatures(loader)) {
            FaceMesher mesher = new FaceMesher(meshNet);
            ImageDecoder decoder = new ImageDecoder();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<float[]>> futures = new ArrayList<>();
                AtomicInteger done = new AtomicInteger();
                for (CelebaAttributes.Item item : items) {
                    futures.add(pool.submit(() -> {
                        RgbImage image = framing.apply(decoder.decode(item.file())).image();
                        float[] f = assumeFace(image, mesher, extractor);
                        int d = done.incrementAndGet();
                        if (d % 500 == 0) {
                            log.accept(String.format("features%s: %d of %d images (%.0f s)",
                                    framing == Framing.AS_IS ? "" : " (" + framing.cacheKey() + ")", d, items.size(),
                                    (System.nanoTime() - start) / 1e9));
                        }
                        return f;
                    }));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        out.put(key(items.get(i).id(), framing), futures.get(i).get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        log.accept("skipped " + items.get(i).file() + ": " + e.getCause());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        log.accept(String.format("features of %d images in %.0f s; cached in %s", out.size(),
                (System.nanoTime() - start) / 1e9, cache));
        FeatureCache.write(cache, out);
        return out;
    }

    /** The features of an image that is already a face, framed as FaceAnalyzer frames it with --assume-face. */
    public static float[] assumeFace(RgbImage image, FaceMesher mesher, AttributeFeatures extractor) {
        Crop whole = Crop.whole(image);
        Mesh mesh = mesher.mesh(image, whole);
        return extractor.extract(image, mesh, whole);
    }
}
