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
 */
public final class FaceNetworks implements AutoCloseable {

    /**
     * Size of each network's crop relative to the mesh's box, chosen on UTKFace (396 faces, every 19th):
     * faceres' gender was right for 80.6% at 1.0, 83.3% at 1.3, 82.3% at 1.5; gear's ethnicity for 67.2% at
     * 1.0, 71.7% at 1.15, 63.4% at 1.3. Emotion and ssrnet keep the mesh's box.
     */
    static final double FACERES_SCALE = 1.3;
    static final double GEAR_SCALE = 1.15;

    private final Network emotion;
    private final Network faceres;
    private final Network gear;
    private final Network ssrAge;
    private final String emotionOut;
    private final String ssrOut;

    public FaceNetworks(NetworkLoader loader) {
        this.emotion = loader.load("emotion");
        this.faceres = loader.load("faceres");
        this.gear = loader.load("gear");
        this.ssrAge = loader.load("age");
        this.emotionOut = emotion.outputs().keySet().iterator().next();
        this.ssrOut = ssrAge.outputs().keySet().iterator().next();
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

    public Readings read(RgbImage image, Crop face) {
        int e = emotion.inputSize();
        float[] emo = emotion.runOne(Tensor4.of(CropSampler.grey(image, face, e, -1f, 1f), 1, e, e, 1), emotionOut)
                .values();
        int f = faceres.inputSize();
        Map<String, Tensor4> res = faceres.run(
                Tensor4.of(CropSampler.rgb(image, face.scaled(FACERES_SCALE), f, 0f, 255f), 1, f, f, 3),
                "gender_pred/Sigmoid:0", "age_pred/Softmax:0", "global_pooling/Mean");
        int g = gear.inputSize();
        Map<String, Tensor4> ger = gear.run(
                Tensor4.of(CropSampler.rgb(image, face.scaled(GEAR_SCALE), g, 0f, 1f), 1, g, g, 3));
        int s = ssrAge.inputSize();
        float ssr = ssrAge.runOne(Tensor4.of(CropSampler.rgb(image, face, s, 0f, 255f), 1, s, s, 3), ssrOut).get(0);
        return new Readings(emo, res.get("gender_pred/Sigmoid:0").get(0), res.get("age_pred/Softmax:0").values(),
                res.get("global_pooling/Mean").values(), ger.get("age_output").values(),
                ger.get("gender_output").values(), ger.get("race_output").values(), ssr);
    }

    @Override
    public void close() {
        emotion.close();
        faceres.close();
        gear.close();
        ssrAge.close();
    }
}
