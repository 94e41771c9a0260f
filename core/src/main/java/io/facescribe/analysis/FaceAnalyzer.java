package io.facescribe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;

import io.facescribe.face.Box;
import io.facescribe.face.Crop;
import io.facescribe.face.Detection;
import io.facescribe.face.EmotionClassifier;
import io.facescribe.face.FaceDetector;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.face.Point;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.RgbImage;
import io.facescribe.looks.LooksReader;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * The whole "see" stage for one decoded image: detect faces (or take the image as one face), keep those
 * the policy asks for, place the mesh, run the analysis networks and interpret everything. Thread-safe:
 * one instance serves all threads.
 */
public final class FaceAnalyzer implements AutoCloseable {

    private final Network detectorNet;
    private final Network meshNet;
    private final Network emotionNet;
    private final FaceDetector detector;
    private final FaceMesher mesher;
    private final EmotionClassifier emotion;
    private final AttributeFeatures attributeFeatures;
    private final LooksReader looks;
    private final FactReader facts;

    /** @param heads the demographic heads (gender, age, ethnicity, emotion) */
    public FaceAnalyzer(NetworkLoader loader, FaceDetector.Settings detection, DemographicHeads heads) {
        this(loader, detection, heads, AttributeClassifier.shipped());
    }

    /**
     * @param heads      the demographic heads (gender, age, ethnicity, emotion)
     * @param attributes the heads of the 40 CelebA attributes
     */
    public FaceAnalyzer(NetworkLoader loader, FaceDetector.Settings detection, DemographicHeads heads,
                        AttributeClassifier attributes) {
        java.util.Objects.requireNonNull(heads, "heads");
        java.util.Objects.requireNonNull(attributes, "attributes");
        this.detectorNet = loader.load(FaceDetector.MODEL);
        this.meshNet = loader.load(FaceMesher.MODEL);
        this.emotionNet = loader.load(EmotionClassifier.MODEL);
        this.detector = new FaceDetector(detectorNet, detection);
        this.mesher = new FaceMesher(meshNet);
        this.emotion = new EmotionClassifier(emotionNet);
        this.facts = new FactReader(new Demographics(heads), attributes, FactHeads.shipped());
        this.looks = LooksReader.shipped(attributes);
        this.attributeFeatures = new AttributeFeatures(loader, blocksRead(heads, attributes));
    }

    /** The feature blocks some head reads (only their networks are loaded and run). */
    public static Set<String> blocksRead(DemographicHeads heads, AttributeClassifier attributes) {
        Set<String> blocks = new HashSet<>(attributes.file().blocks());
        heads.file().heads().values().forEach(h -> blocks.addAll(h.blocks()));
        return blocks;
    }

    public ImageAnalysis analyze(DecodedImage decoded, String name, AnalysisOptions options) {
        long start = System.nanoTime();
        RgbImage image = decoded.image();
        double toOriginal = decoded.subsampling();
        List<FaceAnalysis> faces = new ArrayList<>();
        double colour = QualityMeter.colourFraction(image);
        if (options.assumeFace()) {
            Crop whole = Crop.whole(image);
            Mesh mesh = mesher.mesh(image, whole);
            Box box = new Box(0, 0, image.width(), image.height());
            Detection asDetection = new Detection(box, 1.0, keypointsFromMesh(mesh));
            // the image is framed as the networks' training crops were: analyse it whole, not the mesh's box
            faces.add(analyzeFace(image, asDetection, mesh, whole, colour, toOriginal, options));
        } else {
            List<Detection> detections = new ArrayList<>(detector.detect(image));
            detections.sort(Comparator.comparingDouble((Detection d) -> d.box().area()).reversed());
            List<Detection> kept = new ArrayList<>();
            List<Mesh> meshes = new ArrayList<>();
            for (Detection d : detections) {
                if (kept.size() >= options.faces().maxFaces()) {
                    break;
                }
                if (Math.max(d.box().width(), d.box().height()) * toOriginal < options.minFaceSize()) {
                    continue;
                }
                kept.add(d);
                meshes.add(mesher.mesh(image, d));
            }
            // each face is measured on its own pixels: the other faces' hair and faces near it are painted over
            for (int i = 0; i < kept.size(); i++) {
                Mesh mesh = meshes.get(i);
                RgbImage own = attributeFeatures.ownPixels(image, meshes, i);
                faces.add(analyzeFace(own, kept.get(i), mesh, Crop.aroundMesh(mesh), colour, toOriginal, options));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return ImageAnalysis.of(name, decoded.originalWidth(), decoded.originalHeight(), faces,
                decoded.format().name().toLowerCase(java.util.Locale.ROOT), millis);
    }

    private FaceAnalysis analyzeFace(RgbImage image, Detection detection, Mesh mesh, Crop faceCrop, double colour,
                                     double k, AnalysisOptions options) {
        float[] features = attributeFeatures.extract(image, mesh, faceCrop);
        float[] vector = FaceVector.of(features, emotion.features(image, faceCrop));
        Box b = detection.box().clip(image.width(), image.height());
        FaceBox box = new FaceBox((int) Math.round(b.x() * k), (int) Math.round(b.y() * k),
                (int) Math.round(b.width() * k), (int) Math.round(b.height() * k));
        int faceSize = (int) Math.round(Math.max(mesh.box().width(), mesh.box().height()) * k);
        Quality quality = QualityMeter.quality(QualityMeter.sharpness(image, faceCrop), colour, faceSize);
        List<Point> keypoints = detection.keypoints().stream().map(p -> Point.of(p.x() * k, p.y() * k)).toList();
        List<Point> meshPoints = options.includeMesh()
                ? mesh.points().stream().map(p -> new Point(p.x() * k, p.y() * k, p.z() * k)).toList() : null;
        FactReader.Facts f = facts.read(vector);
        return new FaceAnalysis(box, detection.score(), f.gender(), f.age(), f.ethnicity(), f.emotion(),
                PoseEstimator.pose(mesh), facts.mouth(TraitReader.traits(image, mesh), f), quality, keypoints, meshPoints,
                f.attributes(), looks.read(image, mesh, features, f.attributes()));
    }

    /** Detector-style keypoints taken from the mesh (for images that are already a face). */
    private static List<Point> keypointsFromMesh(Mesh mesh) {
        return List.of(mesh.rightEye(), mesh.leftEye(), mesh.point(Mesh.NOSE_TIP),
                mesh.point(Mesh.LIP_UPPER_INNER).midpoint(mesh.point(Mesh.LIP_LOWER_INNER)),
                mesh.point(Mesh.RIGHT_CHEEK), mesh.point(Mesh.LEFT_CHEEK));
    }

    @Override
    public void close() {
        attributeFeatures.close();
        emotionNet.close();
        detectorNet.close();
        meshNet.close();
    }
}
