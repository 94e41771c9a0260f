package io.facescribe.analysis;

import java.util.Map;

import io.facescribe.face.Box;
import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.face.Mesh;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;

/**
 * Runs the analysis networks on one face: each gets an upright square crop centred on the mesh, sized
 * from the mesh's extent, in the input range it was trained with (found by checking outputs on real
 * faces: a wrong range gives the same answer for every face).
 *
 * <p>Analysis runs only the emotion network here ({@link #emotionFeatures}); faceres is shared with the
 * attribute features, which run it once per face.
 */
public final class FaceNetworks implements AutoCloseable {

    private final Network emotion;
    private final Network faceres;
    private final String emotionOut;

    public FaceNetworks(NetworkLoader loader) {
        this.emotion = loader.load("emotion");
        this.faceres = loader.load("faceres");
        this.emotionOut = emotion.outputs().keySet().iterator().next();
    }

    /** The loaded faceres network, for other feature extractors to share. */
    public Network faceres() {
        return faceres;
    }

    /** The crop the analysis networks see: the mesh's box, squared, turned upright. */
    public static Crop faceCrop(Mesh mesh) {
        Box b = mesh.box();
        return new Crop(b.centerX(), b.centerY(), Math.max(b.width(), b.height()), mesh.roll());
    }

    static final String EMOTION_BLOCK = "StatefulPartitionedCall/model_1/add_2/add";

    /**
     * The emotion network on the face crop and on its mirror image, in one batch of two (expressions are
     * left-right symmetric; averaging both views steadies the reading): the 7 log-probabilities of the mean
     * of both softmax outputs, then the last block, averaged over both views and over the top, middle and
     * bottom thirds of the crop ({@link FaceVector} blocks {@code emotion, emotion_bands}).
     */
    public float[] emotionFeatures(RgbImage image, Crop face) {
        int e = emotion.inputSize();
        float[] grey = CropSampler.grey(image, face, e, -1f, 1f);
        float[] both = new float[2 * e * e];
        System.arraycopy(grey, 0, both, 0, e * e);
        for (int y = 0; y < e; y++) {
            for (int x = 0; x < e; x++) {
                both[e * e + y * e + x] = grey[y * e + (e - 1 - x)];
            }
        }
        Map<String, Tensor4> out = emotion.run(Tensor4.of(both, 2, e, e, 1), emotionOut, EMOTION_BLOCK);
        float[] probs = out.get(emotionOut).values();
        int classes = probs.length / 2;
        Tensor4 block = out.get(EMOTION_BLOCK);
        int h = (int) block.shape()[1];
        int w = (int) block.shape()[2];
        int c = (int) block.shape()[3];
        if (c != FaceVector.EMOTION_CHANNELS) {
            throw new IllegalStateException("emotion block has " + c + " channels; expected " + FaceVector.EMOTION_CHANNELS);
        }
        float[] f = new float[classes + 3 * c];
        for (int i = 0; i < classes; i++) {
            f[i] = (float) Math.log(Math.max(1e-6, (probs[i] + probs[classes + i]) / 2));
        }
        float[] v = block.values();
        for (int view = 0; view < 2; view++) {
            int base = view * h * w * c;
            for (int y = 0; y < h; y++) {
                int band = Math.min(2, y * 3 / h);
                int lo = band * h / 3;
                int rows = Math.max(1, (band + 1) * h / 3 - lo);
                for (int x = 0; x < w; x++) {
                    for (int k = 0; k < c; k++) {
                        f[classes + band * c + k] += v[base + (y * w + x) * c + k] / (2 * rows * w);
                    }
                }
            }
        }
        return f;
    }

    @Override
    public void close() {
        emotion.close();
        faceres.close();
    }
}
