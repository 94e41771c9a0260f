package io.facescribe.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceVector;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.face.Detection;
import io.facescribe.face.EmotionClassifier;
import io.facescribe.face.FaceDescriptor;
import io.facescribe.face.FaceDetector;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;

/**
 * Computes {@link DevelopmentRecord}s: the face vector of the largest face, framed exactly as
 * {@link io.facescribe.analysis.FaceAnalyzer#analyze} frames it (the whole image is the face when asked or when
 * no face is found), with every feature block whether or not a shipped head reads it, and on request the
 * readings of the networks the heads replaced. Needs no heads, so it runs before any exist. Thread-safe.
 */
public final class DevelopmentRecorder implements AutoCloseable {

    /**
     * Size of the retired networks' crops relative to the mesh's box, chosen on UTKFace (396 faces, every 19th):
     * faceres' gender was right for 80.6% at 1.0, 83.3% at 1.3, 82.3% at 1.5; gear's ethnicity for 67.2% at
     * 1.0, 71.7% at 1.15, 63.4% at 1.3. ssrnet keeps the mesh's box.
     */
    static final double FACERES_SCALE = 1.3;
    static final double GEAR_SCALE = 1.15;

    private final NetworkLoader loader;
    private final Network detectorNet;
    private final Network meshNet;
    private final Network emotionNet;
    private final FaceDetector detector;
    private final FaceMesher mesher;
    private final EmotionClassifier emotion;
    private final AttributeFeatures features;
    private Network faceresNet; // the retired networks, loaded on the first record with retired readings
    private FaceDescriptor faceres;
    private Network gear;
    private Network ssrAge;
    private String ssrOut;

    public DevelopmentRecorder(NetworkLoader loader) {
        this.loader = loader;
        this.detectorNet = loader.load(FaceDetector.MODEL);
        this.meshNet = loader.load(FaceMesher.MODEL);
        this.emotionNet = loader.load(EmotionClassifier.MODEL);
        this.detector = new FaceDetector(detectorNet, FaceDetector.Settings.defaults());
        this.mesher = new FaceMesher(meshNet);
        this.emotion = new EmotionClassifier(emotionNet);
        this.features = new AttributeFeatures(loader);
    }

    /**
     * @param retired also run the networks the heads replaced (gear, faceres on the tight crop, ssrnet) and
     *                record their readings; otherwise that part of the record is zero
     */
    public float[] record(DecodedImage decoded, boolean assumeFace, boolean retired) {
        RgbImage image = decoded.image();
        Crop crop = Crop.whole(image);
        Mesh mesh = null;
        if (!assumeFace) {
            List<Detection> detections = new ArrayList<>(detector.detect(image));
            detections.sort(Comparator.comparingDouble((Detection d) -> d.box().area()).reversed());
            if (!detections.isEmpty()) {
                mesh = mesher.mesh(image, detections.get(0));
                crop = Crop.aroundMesh(mesh);
            }
        }
        boolean detected = mesh != null;
        if (mesh == null) {
            mesh = mesher.mesh(image, crop);
        }
        float[] vector = FaceVector.of(features.extract(image, mesh, crop), emotion.features(image, crop));
        return DevelopmentRecord.of(vector, retired ? read(image, crop) : null, detected);
    }

    private synchronized void loadRetired() {
        if (gear == null) {
            faceresNet = loader.load(FaceDescriptor.MODEL);
            faceres = new FaceDescriptor(faceresNet);
            ssrAge = loader.load("age");
            ssrOut = ssrAge.outputs().keySet().iterator().next();
            gear = loader.load("gear");
        }
    }

    /** The retired networks' outputs on the face (loaded on first use). */
    private RetiredReadings read(RgbImage image, Crop face) {
        loadRetired();
        FaceDescriptor.Answers res = faceres.answers(image, face.scaled(FACERES_SCALE));
        int g = gear.inputSize();
        Map<String, Tensor4> ger = gear.run(
                Tensor4.of(CropSampler.rgb(image, face.scaled(GEAR_SCALE), g, 0f, 1f), 1, g, g, 3));
        int s = ssrAge.inputSize();
        float ssr = ssrAge.runOne(Tensor4.of(CropSampler.rgb(image, face, s, 0f, 255f), 1, s, s, 3), ssrOut).get(0);
        return new RetiredReadings(res.male(), res.ages(),
                ger.get("age_output").values(), ger.get("gender_output").values(), ger.get("race_output").values(), ssr);
    }

    @Override
    public synchronized void close() {
        features.close();
        emotionNet.close();
        detectorNet.close();
        meshNet.close();
        if (gear != null) {
            faceresNet.close();
            gear.close();
            ssrAge.close();
        }
    }
}
