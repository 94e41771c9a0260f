package io.facescribe.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.Crop;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.face.Point;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.RgbImage;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * What the looks calibration needs of every CelebA image, analysed as {@code --assume-face} analyses it: the
 * attribute feature vector and the mesh. Cached on disk (keyed by data fingerprint, feature version and model
 * package), so that calibrating again needs no network; the pixels are read again from the images.
 *
 * <p>Cached vector: the {@link AttributeFeatures} vector, then the mesh score, then 468 × (x, y, z).
 */
public final class LooksData {

    static final int MESH_POINTS = 468;
    static final int DIM = AttributeFeatures.SIZE + 1 + MESH_POINTS * 3;

    /** One analysed face: its features and mesh. */
    public record Face(String id, float[] features, Mesh mesh) {
    }

    private LooksData() {
    }

    /**
     * The faces the looks calibration uses: every validation face, and every 4th train face (in id order) for
     * the distributions of the measures.
     */
    public static CelebaAttributes selection(CelebaAttributes all) {
        List<CelebaAttributes.Item> items = new ArrayList<>();
        int train = 0;
        for (CelebaAttributes.Item item : all.items()) {
            if (item.validation() || (item.train() && train++ % 4 == 0)) {
                items.add(item);
            }
        }
        return new CelebaAttributes(all.dir(), List.copyOf(items));
    }

    /** Every image's face, from the cache when the same data, features and models were seen before. */
    public static Map<String, Face> faces(CelebaAttributes data, String fingerprint, ModelStore store, int threads,
                                          Path cacheDir, Consumer<String> log) {
        Path cache = FeatureCache.file(cacheDir, "celeba-looks", fingerprint, AttributeFeatures.VERSION,
                store.modelPackage().npmSpec());
        Map<String, float[]> vectors = FeatureCache.read(cache, DIM).orElse(null);
        if (vectors == null || !vectors.keySet().containsAll(data.items().stream().map(CelebaAttributes.Item::id).toList())) {
            vectors = extract(data, store, threads, log);
            FeatureCache.write(cache, vectors, DIM);
            log.accept("cached in " + cache);
        } else {
            log.accept("looks features from cache " + cache);
        }
        Map<String, Face> out = new LinkedHashMap<>();
        vectors.forEach((id, v) -> out.put(id, face(id, v)));
        return out;
    }

    static Face face(String id, float[] v) {
        float[] features = java.util.Arrays.copyOf(v, AttributeFeatures.SIZE);
        int o = AttributeFeatures.SIZE;
        double score = v[o++];
        List<Point> points = new ArrayList<>(MESH_POINTS);
        for (int i = 0; i < MESH_POINTS; i++, o += 3) {
            points.add(new Point(v[o], v[o + 1], v[o + 2]));
        }
        return new Face(id, features, new Mesh(points, score, null));
    }

    /** The face of an image taken whole as one face ({@code --assume-face}): its cached vector. */
    static float[] vector(RgbImage image, FaceMesher mesher, AttributeFeatures extractor) {
        Crop whole = new Crop(image.width() / 2.0, image.height() / 2.0, Math.max(image.width(), image.height()), 0);
        Mesh mesh = mesher.mesh(image, whole);
        float[] f = extractor.extract(image, mesh, whole);
        float[] v = java.util.Arrays.copyOf(f, DIM);
        int o = AttributeFeatures.SIZE;
        v[o++] = (float) mesh.score();
        for (Point p : mesh.points()) {
            v[o++] = (float) p.x();
            v[o++] = (float) p.y();
            v[o++] = (float) p.z();
        }
        return v;
    }

    /**
     * Faces of other images, each taken whole as one face ({@code --assume-face}), as given and halved (the
     * same photo with half the pixels): not cached (a few dozen images).
     *
     * @param images image files by the id their faces get
     * @return per image, the face at full size and the face of the halved image, with the images read
     */
    public static List<Pair> wholeImages(Map<String, java.nio.file.Path> images, ModelStore store, Consumer<String> log) {
        NetworkLoader loader = new NetworkLoader(store);
        List<String> blocks = AttributeClassifier.shipped().file().blocks();
        List<Pair> out = new ArrayList<>();
        try (Network meshNet = loader.load("facemesh");
             AttributeFeatures extractor = new AttributeFeatures(loader, blocks)) {
            FaceMesher mesher = new FaceMesher(meshNet);
            ImageDecoder decoder = new ImageDecoder();
            for (Map.Entry<String, java.nio.file.Path> image : images.entrySet()) {
                java.nio.file.Path file = image.getValue();
                try {
                    RgbImage full = decoder.decode(file).image();
                    RgbImage half = full.halved();
                    String id = image.getKey();
                    out.add(new Pair(face(id, vector(full, mesher, extractor)), full,
                            face(id, vector(half, mesher, extractor)), half));
                } catch (RuntimeException | io.facescribe.image.ImageDecodeException e) {
                    log.accept("skipped " + file + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** One image's face at full size and halved, with both images. */
    public record Pair(Face full, RgbImage fullImage, Face half, RgbImage halfImage) {
    }

    private static Map<String, float[]> extract(CelebaAttributes data, ModelStore store, int threads, Consumer<String> log) {
        NetworkLoader loader = new NetworkLoader(store);
        long start = System.nanoTime();
        Map<String, float[]> out = new LinkedHashMap<>();
        List<String> blocks = AttributeClassifier.shipped().file().blocks();
        try (Network meshNet = loader.load("facemesh");
             AttributeFeatures extractor = new AttributeFeatures(loader, blocks)) {
            FaceMesher mesher = new FaceMesher(meshNet);
            ImageDecoder decoder = new ImageDecoder();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<float[]>> futures = new ArrayList<>();
                AtomicInteger done = new AtomicInteger();
                for (CelebaAttributes.Item item : data.items()) {
                    futures.add(pool.submit(() -> {
                        float[] v = vector(decoder.decode(item.file()).image(), mesher, extractor);
                        int d = done.incrementAndGet();
                        if (d % 500 == 0) {
                            log.accept(String.format("looks features: %d of %d images (%.0f s)", d, data.items().size(),
                                    (System.nanoTime() - start) / 1e9));
                        }
                        return v;
                    }));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        out.put(data.items().get(i).id(), futures.get(i).get());
                    } catch (ExecutionException e) {
                        log.accept("skipped " + data.items().get(i).file() + ": " + e.getCause());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        log.accept(String.format("looks features of %d images in %.0f s", out.size(), (System.nanoTime() - start) / 1e9));
        return out;
    }
}
