package io.facescribe.face;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * A face-recognition embedding of a face with mobilefacenet: faces of one person lie close together. The network
 * sees the tight face crop in RGB, in 0..1. Thread-safe; the caller owns the network.
 */
public final class FaceEmbedder {

    /** The network this class reads, and its output. */
    public static final String MODEL = "mobilefacenet";
    public static final String OUTPUT = "embeddings";

    private final Network network;
    private final int size;

    public FaceEmbedder(Network network) {
        this.network = network;
        this.size = network.inputSize();
    }

    /** The network's input: the crop sampled to the input size, RGB in 0..1. */
    public Tensor4 input(RgbImage image, Crop face) {
        return Tensor4.of(CropSampler.rgb(image, face, size, 0f, 1f), 1, size, size, 3);
    }

    /** The embedding of one face. */
    public float[] embed(RgbImage image, Crop face) {
        return network.runOne(input(image, face), OUTPUT).values();
    }
}
