package io.facescribe.attributes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.face.Crop;
import io.facescribe.face.FaceDescriptor;
import io.facescribe.face.FaceEmbedder;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.face.PersonMask;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * The features the attribute heads read, from one face: frozen network activations, mesh geometry and the
 * colours of mesh-placed regions. Thread-safe; load once and share (it loads and closes faceres
 * ({@link FaceDescriptor}), selfie ({@link PersonMask}) and, when a block needs it, mobilefacenet
 * ({@link FaceEmbedder})).
 *
 * <p>Framing: faceres and selfie see the face as CelebA's aligned crops show it (face and hair, placed from
 * the mesh by {@link FaceFrame#celebaCrop}); mobilefacenet, a face-recognition network, sees the tight mesh box
 * ({@link Crop#aroundMesh}). Both crops are derived from the mesh alone, so CelebA crops analysed with
 * {@code --assume-face} and faces detected in ordinary photos are framed alike. When the mesh is unsure
 * ({@link Mesh#sure}) the caller's face crop is used instead.
 *
 * <p>The vector is a concatenation of named {@link Block}s; heads may use a subset of them.
 */
public final class AttributeFeatures implements AutoCloseable {

    /** Changes whenever the vector changes (part of the feature-cache key and of the head file). */
    public static final String VERSION = "attr-features-2";
    /** The networks behind the features. */
    public static final List<String> NETWORKS = List.of(FaceMesher.MODEL, FaceDescriptor.MODEL, FaceEmbedder.MODEL,
            PersonMask.MODEL);

    /** A named slice of the feature vector. */
    public record Block(String name, int offset, int length, String description) {
    }

    /** A block's name, length and description, before it is placed. */
    private record Part(String name, int length, String description) {
    }

    /** The selfie mask is averaged on a grid of this many cells a side. */
    static final int SELFIE_GRID = 8;
    static final int EMBEDDING = 192;

    public static final List<Block> BLOCKS = place(List.of(
            new Part("faceres", 1024, "faceres descriptor (global_pooling/Mean, 1024) on the CelebA framing"),
            new Part("faceres_bands", 3072, "faceres last layer (7x7x1024) averaged over rows 0-1, 2-4, 5-6 (hair/forehead, eyes/nose, mouth/chin)"),
            new Part("faceres_mid", 768, "faceres inner layers averaged over the image: conv_pw_11 (512, 14x14) and conv_pw_5 (256, 28x28)"),
            new Part("faceres_heads", 2, "faceres gender probability and expected age / 100"),
            new Part("mobilefacenet", EMBEDDING, "mobilefacenet embedding on the tight face box"),
            new Part("selfie", SELFIE_GRID * SELFIE_GRID, "selfie person mask averaged on an 8x8 grid of the CelebA framing"),
            new Part("geometry", MeshGeometry.SIZE, "152 mesh landmarks in the face frame (x, y, depth) and 20 ratios"),
            new Part("colour", RegionColours.SIZE, "mean RGB, brightness spread and texture of 29 mesh-placed regions, sharpness")));
    public static final int SIZE = BLOCKS.get(BLOCKS.size() - 1).offset() + BLOCKS.get(BLOCKS.size() - 1).length();

    private static List<Block> place(List<Part> parts) {
        List<Block> b = new ArrayList<>();
        int o = 0;
        for (Part p : parts) {
            b.add(new Block(p.name(), o, p.length(), p.description()));
            o += p.length();
        }
        return List.copyOf(b);
    }

    private final Network faceresNet;
    private final Network selfieNet;
    private final Network mobilefacenetNet; // null when no block needs it
    private final FaceDescriptor faceres;
    private final PersonMask selfie;
    private final FaceEmbedder mobilefacenet; // null when no block needs it

    /** Every block. */
    public AttributeFeatures(NetworkLoader loader) {
        this(loader, BLOCKS.stream().map(Block::name).toList());
    }

    /**
     * Computing only what the given blocks need: when no block is {@code mobilefacenet}, that network is neither
     * loaded nor run and its block stays zero (every other block is computed exactly as always).
     */
    public AttributeFeatures(NetworkLoader loader, Collection<String> blocks) {
        this.faceresNet = loader.load(FaceDescriptor.MODEL);
        this.selfieNet = loader.load(PersonMask.MODEL);
        this.mobilefacenetNet = blocks.contains("mobilefacenet") ? loader.load(FaceEmbedder.MODEL) : null;
        this.faceres = new FaceDescriptor(faceresNet);
        this.selfie = new PersonMask(selfieNet);
        this.mobilefacenet = mobilefacenetNet == null ? null : new FaceEmbedder(mobilefacenetNet);
    }

    /** The mesh's mouth openness (lip gap / mouth width, as {@code traits.mouthOpenness}) in a feature vector. */
    public static double mouthOpenness(float[] features) {
        return features[block("geometry").offset() + MeshGeometry.MOUTH_OPENNESS];
    }

    public static Block block(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feature block " + name));
    }

    /** Indices of the named blocks' values in the vector, block after block. */
    public static int[] gather(List<String> blocks) {
        List<Integer> idx = new ArrayList<>();
        for (String name : blocks) {
            Block block = block(name);
            for (int i = 0; i < block.length(); i++) {
                idx.add(block.offset() + i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The feature vector of one face.
     *
     * @param image    the decoded image
     * @param mesh     the face's mesh (from {@code FaceMesher})
     * @param faceCrop the crop FaceAnalyzer uses for this face (the whole image with {@code --assume-face},
     *                 {@link Crop#aroundMesh} otherwise); used only when the mesh is unsure
     */
    public float[] extract(RgbImage image, Mesh mesh, Crop faceCrop) {
        float[] out = new float[SIZE];
        boolean sure = mesh.sure();
        Crop wide = sure ? FaceFrame.of(mesh).celebaCrop() : faceCrop;
        Crop tight = sure ? Crop.aroundMesh(mesh) : faceCrop.scaled(0.55);

        FaceDescriptor.Description d = faceres.describe(image, wide);
        put(d.mid(), out, "faceres_mid");
        put(d.descriptor(), out, "faceres");
        put(d.bands(), out, "faceres_bands");
        int heads = block("faceres_heads").offset();
        out[heads] = d.answers().male();
        out[heads + 1] = (float) (d.answers().expectedAge() / 100);

        if (mobilefacenet != null) {
            float[] emb = mobilefacenet.embed(image, tight);
            System.arraycopy(emb, 0, out, block("mobilefacenet").offset(), Math.min(emb.length, EMBEDDING));
        }
        put(selfie.grid(image, wide, SELFIE_GRID), out, "selfie");

        FaceFrame frame = sure ? FaceFrame.of(mesh) : fallbackFrame(faceCrop);
        MeshGeometry.write(mesh, frame, out, block("geometry").offset());
        RegionColours.write(image, mesh, frame, out, block("colour").offset());
        return out;
    }

    /**
     * The image as face {@code index} of {@code meshes} should see it: other people's pixels near it painted over
     * with its background (see {@link OwnPixels}); the image itself when the face is alone. Pass the result to
     * {@link #extract} and to every other measure of that face's looks.
     */
    public RgbImage ownPixels(RgbImage image, List<Mesh> meshes, int index) {
        return OwnPixels.of(image, meshes, index, selfie);
    }

    private static void put(float[] values, float[] out, String block) {
        Block b = block(block);
        if (values.length != b.length()) {
            throw new IllegalStateException("block " + block + " has " + b.length() + " values; the network gave "
                    + values.length);
        }
        System.arraycopy(values, 0, out, b.offset(), values.length);
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
        faceresNet.close();
        selfieNet.close();
        if (mobilefacenetNet != null) {
            mobilefacenetNet.close();
        }
    }
}
