package io.facescribe.face;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * Where the person is in a crop, with the selfie segmentation network: a square mask, 1 on the person (face,
 * hair, body), 0 on the background. The network sees the crop in RGB at 256×256, in 0..1. Thread-safe; the
 * caller owns the network.
 */
public final class PersonMask {

    /** The network this class reads. */
    public static final String MODEL = "selfie";

    private final Network network;
    private final String output;
    private final int size;

    public PersonMask(Network network) {
        this.network = network;
        this.output = network.outputs().keySet().iterator().next();
        this.size = network.inputSize();
    }

    /** The network's input: the crop sampled to the input size, RGB in 0..1. */
    public Tensor4 input(RgbImage image, Crop crop) {
        return Tensor4.of(CropSampler.rgb(image, crop, size, 0f, 1f), 1, size, size, 3);
    }

    /** The mask of the crop, {@code [1, side, side, 1]}, row by row from the crop's top left. */
    public Tensor4 mask(RgbImage image, Crop crop) {
        return network.runOne(input(image, crop), output);
    }

    /** The mask averaged on a {@code grid × grid} grid of the crop, row by row. */
    public float[] grid(RgbImage image, Crop crop, int grid) {
        Tensor4 mask = mask(image, crop);
        int ms = (int) mask.shape()[1];
        int cell = ms / grid;
        float[] out = new float[grid * grid];
        for (int y = 0; y < ms; y++) {
            for (int x = 0; x < ms; x++) {
                out[(y / cell) * grid + x / cell] += mask.get(y * ms + x) / (cell * cell);
            }
        }
        return out;
    }
}
