package io.facescribe.face;

import java.util.Map;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * Reads the expression of a face with the emotion network (7 FER2013 classes: angry, disgust, fear, happy, sad,
 * surprise, neutral). The network sees the face grey, 64×64, in -1..1, and the face's mirror image beside it in
 * one batch of two (expressions are left-right symmetric; averaging both views steadies the reading). Thread-safe;
 * the caller owns the network.
 */
public final class EmotionClassifier {

    /** The network this class reads. */
    public static final String MODEL = "emotion";
    /** The last block ({@code add_2}), pooled into {@link #features}. */
    public static final String BLOCK = "StatefulPartitionedCall/model_1/add_2/add";
    /** Channels of {@link #BLOCK}. */
    public static final int CHANNELS = 256;

    private final Network network;
    private final String probabilities;
    private final int size;

    public EmotionClassifier(Network network) {
        this.network = network;
        this.probabilities = network.outputs().keySet().iterator().next();
        this.size = network.inputSize();
    }

    /** One view: the crop sampled to the input size, grey in -1..1, batch 1. */
    public Tensor4 view(RgbImage image, Crop face) {
        return Tensor4.of(CropSampler.grey(image, face, size, -1f, 1f), 1, size, size, 1);
    }

    /** The network's input: the view and its mirror image, batch 2. */
    public Tensor4 input(RgbImage image, Crop face) {
        int e = size;
        float[] grey = view(image, face).values();
        float[] both = new float[2 * e * e];
        System.arraycopy(grey, 0, both, 0, e * e);
        for (int y = 0; y < e; y++) {
            for (int x = 0; x < e; x++) {
                both[e * e + y * e + x] = grey[y * e + (e - 1 - x)];
            }
        }
        return Tensor4.of(both, 2, e, e, 1);
    }

    /**
     * The features of one face: the 7 log-probabilities of the mean of both views' softmax outputs, then
     * {@link #BLOCK} averaged over both views and over the top, middle and bottom thirds of the crop
     * ({@code 7 + 3 × CHANNELS} values).
     */
    public float[] features(RgbImage image, Crop face) {
        Map<String, Tensor4> out = network.run(input(image, face), probabilities, BLOCK);
        float[] probs = out.get(probabilities).values();
        int classes = probs.length / 2;
        Tensor4 block = out.get(BLOCK);
        int h = (int) block.shape()[1];
        int w = (int) block.shape()[2];
        int c = (int) block.shape()[3];
        if (c != CHANNELS) {
            throw new IllegalStateException("emotion block has " + c + " channels; expected " + CHANNELS);
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
}
