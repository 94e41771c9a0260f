package io.facescribe.face;

import java.util.Map;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * Describes a face with faceres (a MobileNet trained for gender and age): its pooled inner layers, read as a
 * general-purpose face descriptor, and its own gender and age answers. The network sees the crop in RGB at
 * 224×224, in 0..255. Thread-safe; the caller owns the network.
 */
public final class FaceDescriptor {

    /** The network this class reads. */
    public static final String MODEL = "faceres";
    /** The last layer (7×7×1024), and two inner layers (14×14×512, 28×28×256). */
    public static final String LAST_LAYER = "conv_pw_13_relu/clip_by_value";
    public static final String[] MID_LAYERS = {"conv_pw_11_relu/clip_by_value", "conv_pw_5_relu/clip_by_value"};
    /** P(male), and the age distribution over 0..100 years. */
    public static final String GENDER = "gender_pred/Sigmoid:0";
    public static final String AGE = "age_pred/Softmax:0";

    /**
     * What faceres says about one face.
     *
     * @param descriptor the last layer averaged over the image (1024)
     * @param bands      the last layer averaged over rows 0-1, 2-4 and 5-6 (hair/forehead, eyes/nose, mouth/chin),
     *                   3 × 1024
     * @param mid        the inner layers averaged over the image, one after the other (512 + 256)
     * @param answers    its gender and age answers
     */
    public record Description(float[] descriptor, float[] bands, float[] mid, Answers answers) {
    }

    /**
     * faceres' own answers: P(male) and the probability of each year of age (0..100).
     */
    public record Answers(float male, float[] ages) {

        /** The expected age in years (mean of the distribution). */
        public double expectedAge() {
            double age = 0;
            for (int i = 0; i < ages.length; i++) {
                age += i * ages[i];
            }
            return age;
        }
    }

    private final Network network;
    private final int size;

    public FaceDescriptor(Network network) {
        this.network = network;
        this.size = network.inputSize();
    }

    /** The network's input: the crop sampled to the input size, RGB in 0..255. */
    public Tensor4 input(RgbImage image, Crop face) {
        return Tensor4.of(CropSampler.rgb(image, face, size, 0f, 255f), 1, size, size, 3);
    }

    /** The layers and answers of one face. */
    public Description describe(RgbImage image, Crop face) {
        Map<String, Tensor4> res = network.run(input(image, face), LAST_LAYER, MID_LAYERS[0], MID_LAYERS[1], GENDER, AGE);
        int midLength = 0;
        for (String name : MID_LAYERS) {
            midLength += (int) res.get(name).shape()[3];
        }
        float[] mid = new float[midLength];
        int offset = 0;
        for (String name : MID_LAYERS) {
            Tensor4 t = res.get(name);
            int channels = (int) t.shape()[3];
            int cells = t.size() / channels;
            float[] tv = t.values();
            for (int i = 0; i < tv.length; i++) {
                mid[offset + i % channels] += tv[i] / cells;
            }
            offset += channels;
        }
        Tensor4 layer = res.get(LAST_LAYER);
        int h = (int) layer.shape()[1];
        int w = (int) layer.shape()[2];
        int c = (int) layer.shape()[3];
        int[][] rows = {{0, h * 2 / 7}, {h * 2 / 7, h * 5 / 7}, {h * 5 / 7, h}};
        float[] descriptor = new float[c];
        float[] bands = new float[3 * c];
        float[] v = layer.values();
        for (int band = 0; band < 3; band++) {
            int n = rows[band][1] - rows[band][0];
            for (int y = rows[band][0]; y < rows[band][1]; y++) {
                for (int x = 0; x < w; x++) {
                    int base = (y * w + x) * c;
                    for (int k = 0; k < c; k++) {
                        bands[band * c + k] += v[base + k] / (n * w);
                        descriptor[k] += v[base + k] / (h * w);
                    }
                }
            }
        }
        return new Description(descriptor, bands, mid, answers(res));
    }

    /** Only the answers (the layers are not copied out). */
    public Answers answers(RgbImage image, Crop face) {
        return answers(network.run(input(image, face), GENDER, AGE));
    }

    private static Answers answers(Map<String, Tensor4> res) {
        return new Answers(res.get(GENDER).get(0), res.get(AGE).values());
    }
}
