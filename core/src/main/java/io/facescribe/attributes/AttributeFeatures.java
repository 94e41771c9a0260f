package io.facescribe.attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceNetworks;
import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.face.Mesh;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;

/**
 * The features the attribute heads read, from one face: frozen network activations, mesh geometry and the
 * colours of mesh-placed regions. Thread-safe; load once and share (it holds faceres, mobilefacenet and
 * selfie).
 *
 * <p>Framing: faceres and selfie see the face as CelebA's aligned crops show it (face and hair, placed from
 * the mesh by {@link #framing}); mobilefacenet, a face-recognition network, sees the tight mesh box
 * ({@link FaceNetworks#faceCrop}). Both crops are derived from the mesh alone, so CelebA crops analysed with
 * {@code --assume-face} and faces detected in ordinary photos are framed alike. When the mesh is unsure
 * (score below 0.5) the caller's face crop is used instead.
 *
 * <p>The vector is a concatenation of named {@link Block}s; heads may use a subset of them.
 */
public final class AttributeFeatures implements AutoCloseable {

    /** Changes whenever the vector changes (part of the feature-cache key and of the head file). */
    public static final String VERSION = "attr-features-2";
    /** The networks behind the features. */
    public static final List<String> NETWORKS = List.of("facemesh", "faceres", "mobilefacenet", "selfie");

    /** A named slice of the feature vector. */
    public record Block(String name, int offset, int length, String description) {
    }

    static final String FACERES_LAYER = "conv_pw_13_relu/clip_by_value";
    static final String[] FACERES_MID = {"conv_pw_11_relu/clip_by_value", "conv_pw_5_relu/clip_by_value"};
    static final int SELFIE_GRID = 8;

    public static final List<Block> BLOCKS;
    public static final int SIZE;

    static {
        List<Block> b = new ArrayList<>();
        int o = 0;
        Object[][] spec = {
                {"faceres", 1024, "faceres descriptor (global_pooling/Mean, 1024) on the CelebA framing"},
                {"faceres_bands", 3072, "faceres last layer (7x7x1024) averaged over rows 0-1, 2-4, 5-6 (hair/forehead, eyes/nose, mouth/chin)"},
                {"faceres_mid", 768, "faceres inner layers averaged over the image: conv_pw_11 (512, 14x14) and conv_pw_5 (256, 28x28)"},
                {"faceres_heads", 2, "faceres gender probability and expected age / 100"},
                {"mobilefacenet", 192, "mobilefacenet embedding on the tight face box"},
                {"selfie", SELFIE_GRID * SELFIE_GRID, "selfie person mask averaged on an 8x8 grid of the CelebA framing"},
                {"geometry", MeshGeometry.SIZE, "152 mesh landmarks in the face frame (x, y, depth) and 20 ratios"},
                {"colour", RegionColours.SIZE, "mean RGB, brightness spread and texture of 29 mesh-placed regions, sharpness"},
        };
        for (Object[] s : spec) {
            b.add(new Block((String) s[0], o, (Integer) s[1], (String) s[2]));
            o += (Integer) s[1];
        }
        BLOCKS = List.copyOf(b);
        SIZE = o;
    }

    private final Network faceres;
    private final Network mobilefacenet; // null when no head reads its block
    private final Network selfie;
    private final String selfieOut;
    private final boolean ownsFaceres;

    public AttributeFeatures(NetworkLoader loader) {
        this(loader, loader.load("faceres"), true);
    }

    /**
     * Shares a faceres network the caller already loaded (the analyzer's own), instead of loading a second
     * copy of its graph; the caller keeps closing it.
     */
    public AttributeFeatures(NetworkLoader loader, Network faceres) {
        this(loader, faceres, false, true);
    }

    /**
     * As above, computing only what the given blocks need: when no block is {@code mobilefacenet}, that network
     * is neither loaded nor run and its block stays zero (every other block is computed exactly as always).
     */
    public AttributeFeatures(NetworkLoader loader, Network faceres, java.util.Collection<String> blocks) {
        this(loader, faceres, false, blocks.contains("mobilefacenet"));
    }

    private AttributeFeatures(NetworkLoader loader, Network faceres, boolean ownsFaceres) {
        this(loader, faceres, ownsFaceres, true);
    }

    private AttributeFeatures(NetworkLoader loader, Network faceres, boolean ownsFaceres, boolean withMobilefacenet) {
        this.faceres = faceres;
        this.ownsFaceres = ownsFaceres;
        this.mobilefacenet = withMobilefacenet ? loader.load("mobilefacenet") : null;
        this.selfie = loader.load("selfie");
        this.selfieOut = selfie.outputs().keySet().iterator().next();
    }

    public static Block block(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feature block " + name));
    }

    /** The CelebA-like framing (face and hair) from the mesh, or {@code fallback} when the mesh is unsure. */
    public static Crop framing(Mesh mesh, Crop fallback) {
        return mesh.score() < 0.5 ? fallback : FaceFrame.of(mesh).celebaCrop();
    }

    /**
     * The feature vector of one face.
     *
     * @param image    the decoded image
     * @param mesh     the face's mesh (from {@code FaceMesher})
     * @param faceCrop the crop FaceAnalyzer uses for this face (the whole image with {@code --assume-face},
     *                 {@link FaceNetworks#faceCrop} otherwise); used only when the mesh is unsure
     */
    public float[] extract(RgbImage image, Mesh mesh, Crop faceCrop) {
        float[] out = new float[SIZE];
        boolean sure = mesh.score() >= 0.5;
        Crop wide = framing(mesh, faceCrop);
        Crop tight = sure ? FaceNetworks.faceCrop(mesh) : faceCrop.scaled(0.55);

        int f = faceres.inputSize();
        Map<String, Tensor4> res = faceres.run(Tensor4.of(CropSampler.rgb(image, wide, f, 0f, 255f), 1, f, f, 3),
                FACERES_LAYER, FACERES_MID[0], FACERES_MID[1], "gender_pred/Sigmoid:0", "age_pred/Softmax:0");
        int mid = block("faceres_mid").offset();
        for (String name : FACERES_MID) {
            Tensor4 t = res.get(name);
            int channels = (int) t.shape()[3];
            int cells = t.size() / channels;
            float[] tv = t.values();
            for (int i = 0; i < tv.length; i++) {
                out[mid + i % channels] += tv[i] / cells;
            }
            mid += channels;
        }
        Tensor4 layer = res.get(FACERES_LAYER);
        int h = (int) layer.shape()[1];
        int w = (int) layer.shape()[2];
        int c = (int) layer.shape()[3];
        int[][] bands = {{0, h * 2 / 7}, {h * 2 / 7, h * 5 / 7}, {h * 5 / 7, h}};
        int globalOff = block("faceres").offset();
        int bandOff = block("faceres_bands").offset();
        float[] v = layer.values();
        for (int band = 0; band < 3; band++) {
            int rows = bands[band][1] - bands[band][0];
            for (int y = bands[band][0]; y < bands[band][1]; y++) {
                for (int x = 0; x < w; x++) {
                    int base = (y * w + x) * c;
                    for (int k = 0; k < c; k++) {
                        out[bandOff + band * c + k] += v[base + k] / (rows * w);
                        out[globalOff + k] += v[base + k] / (h * w);
                    }
                }
            }
        }
        int heads = block("faceres_heads").offset();
        out[heads] = res.get("gender_pred/Sigmoid:0").get(0);
        float[] ages = res.get("age_pred/Softmax:0").values();
        double age = 0;
        for (int i = 0; i < ages.length; i++) {
            age += i * ages[i];
        }
        out[heads + 1] = (float) (age / 100);

        if (mobilefacenet != null) {
            int m = mobilefacenet.inputSize();
            float[] emb = mobilefacenet.runOne(Tensor4.of(CropSampler.rgb(image, tight, m, 0f, 1f), 1, m, m, 3),
                    "embeddings").values();
            System.arraycopy(emb, 0, out, block("mobilefacenet").offset(), Math.min(emb.length, 192));
        }

        int s = selfie.inputSize();
        Tensor4 mask = selfie.runOne(Tensor4.of(CropSampler.rgb(image, wide, s, 0f, 1f), 1, s, s, 3), selfieOut);
        int ms = (int) mask.shape()[1];
        int cell = ms / SELFIE_GRID;
        int selfieOff = block("selfie").offset();
        for (int y = 0; y < ms; y++) {
            for (int x = 0; x < ms; x++) {
                out[selfieOff + (y / cell) * SELFIE_GRID + x / cell] += mask.get(y * ms + x) / (cell * cell);
            }
        }

        FaceFrame frame = sure ? FaceFrame.of(mesh) : fallbackFrame(faceCrop);
        MeshGeometry.write(mesh, frame, out, block("geometry").offset());
        RegionColours.write(image, mesh, frame, out, block("colour").offset());
        return out;
    }

    /** A frame that makes the given crop the CelebA framing (for unsure meshes). */
    private static FaceFrame fallbackFrame(Crop crop) {
        double unit = crop.side() / FaceFrame.CELEBA_SIDE;
        double cy = crop.centerY() - FaceFrame.CELEBA_CENTRE_Y * unit;
        return new FaceFrame(crop.centerX(), cy, 0, unit, crop.angle());
    }

    /** Block name → description, in vector order (for provenance). */
    public static Map<String, String> describeBlocks() {
        Map<String, String> m = new LinkedHashMap<>();
        BLOCKS.forEach(b -> m.put(b.name(), b.length() + " values: " + b.description()));
        return m;
    }

    @Override
    public void close() {
        if (ownsFaceres) {
            faceres.close();
        }
        if (mobilefacenet != null) {
            mobilefacenet.close();
        }
        selfie.close();
    }
}
