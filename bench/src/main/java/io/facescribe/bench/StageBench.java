package io.facescribe.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.FaceAnalyzer;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.Crop;
import io.facescribe.face.Detection;
import io.facescribe.face.EmotionClassifier;
import io.facescribe.face.FaceDescriptor;
import io.facescribe.face.FaceDetector;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.face.PersonMask;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecodeException;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.RgbImage;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;

/**
 * Per-stage latency, batch 1, on the calling thread (TensorFlow with one intra-op thread, as FaceScribe runs it).
 * For each photo the largest face is found once; every network then gets the input FaceScribe gives it for that
 * face (the input each network's class builds: {@link FaceDetector}, {@link FaceMesher}, {@link EmotionClassifier},
 * {@link FaceDescriptor}, {@link PersonMask}).
 * Two figures per network: the {@link Network#run} alone (tensor in, session run, outputs copied back: what
 * {@code tools/tfjs/bench.mjs} times as execute + dataSync), and the stage with its preprocessing (crop sampling,
 * and for detect and mesh the decoding of the outputs).
 */
public final class StageBench {

    /** Timings of one stage: the network run alone (null for decode) and the whole stage. */
    public record Stage(String name, String model, String input, Stats network, Stats stage, String stageNote) {
    }

    private record Face(RgbImage image, Detection detection, Mesh mesh, Crop crop) {
    }

    private StageBench() {
    }

    /** Loads the five networks analysis runs, times them and closes them; also returns their load + warm-up times in ms. */
    public static List<Stage> run(ModelStore store, List<Path> photos, int warmup, int runs,
                                  Map<String, Double> loadMillis, Consumer<String> progress) {
        ImageDecoder decoder = new ImageDecoder();
        List<Stage> stages = new ArrayList<>();
        List<RgbImage> images = new ArrayList<>();
        for (Path p : photos) {
            images.add(decode(decoder, p).image());
        }
        int n = photos.size();
        Stats decode = Harness.time(Math.min(warmup, n), runs, i -> decode(decoder, photos.get(i % n)));
        stages.add(new Stage("decode", "-", "file → 8-bit RGB", null, decode, "ImageDecoder.decode(path)"));
        progress.accept("decode " + fmt(decode));

        NetworkLoader loader = new NetworkLoader(store);
        Map<String, Network> nets = new LinkedHashMap<>();
        for (String name : List.of(FaceDetector.MODEL, FaceMesher.MODEL, EmotionClassifier.MODEL, FaceDescriptor.MODEL,
                PersonMask.MODEL)) {
            long t0 = System.nanoTime();
            nets.put(name, loader.load(name));
            loadMillis.put(name, (System.nanoTime() - t0) / 1e6);
        }
        try {
            FaceDetector detector = new FaceDetector(nets.get(FaceDetector.MODEL), FaceDetector.Settings.defaults());
            FaceMesher mesher = new FaceMesher(nets.get(FaceMesher.MODEL));
            EmotionClassifier emotion = new EmotionClassifier(nets.get(EmotionClassifier.MODEL));
            FaceDescriptor faceres = new FaceDescriptor(nets.get(FaceDescriptor.MODEL));
            PersonMask selfie = new PersonMask(nets.get(PersonMask.MODEL));
            List<Face> faces = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RgbImage img = images.get(i);
                Detection det = detector.detect(img).stream()
                        .max(Comparator.comparingDouble((Detection d) -> d.box().area())).orElse(null);
                if (det == null) {
                    progress.accept("no face in " + photos.get(i) + "; it is left out of the per-face stages");
                    continue;
                }
                Mesh mesh = mesher.mesh(img, det);
                faces.add(new Face(img, det, mesh, Crop.aroundMesh(mesh)));
            }
            if (faces.isEmpty()) {
                throw new IllegalStateException("no face found in any of the photos; give photos with faces (--images)");
            }
            int f = faces.size();

            // detector: the letterboxed square of the whole image
            Network bf = nets.get(FaceDetector.MODEL);
            int bs = bf.inputSize();
            List<Tensor4> bfIn = images.stream().map(detector::input).toList();
            stages.add(new Stage("detect", FaceDetector.MODEL, bs + "×" + bs + "×3",
                    Harness.time(warmup, runs, i -> bf.run(bfIn.get(i % n))),
                    Harness.time(warmup, runs, i -> detector.detect(images.get(i % n))),
                    "FaceDetector.detect: letterbox sampling + run + anchors + weighted NMS"));
            progress.accept("detect " + fmt(stages.get(stages.size() - 1).network()));

            // mesh: the refined crop FaceMesher ends with
            Network fm = nets.get(FaceMesher.MODEL);
            int ms = fm.inputSize();
            List<Tensor4> fmIn = faces.stream().map(x -> mesher.input(x.image(), x.mesh().crop())).toList();
            stages.add(new Stage("mesh", FaceMesher.MODEL, ms + "×" + ms + "×3",
                    Harness.time(warmup, runs, i -> fm.run(fmIn.get(i % f), FaceMesher.MESH_OUTPUT, FaceMesher.FLAG_OUTPUT)),
                    Harness.time(warmup, runs, i -> mesher.mesh(faces.get(i % f).image(), faces.get(i % f).detection())),
                    "FaceMesher.mesh: two passes (detector crop, then refined crop)"));
            progress.accept("mesh " + fmt(stages.get(stages.size() - 1).network()));

            // the analysis networks one by one, batch 1, each on the face crop with its own input framing, fetching
            // the outputs the TF.js peer fetches
            stages.add(analysisStage(nets.get(EmotionClassifier.MODEL), "emotion", faces, emotion::view, warmup, runs));
            stages.add(analysisStage(nets.get(FaceDescriptor.MODEL), "faceres", faces, faceres::input, warmup, runs,
                    FaceDescriptor.GENDER, FaceDescriptor.AGE, "global_pooling/Mean"));
            stages.add(analysisStage(nets.get(PersonMask.MODEL), "selfie", faces, selfie::input, warmup, runs));
            for (Stage s : stages.subList(stages.size() - 3, stages.size())) {
                progress.accept(s.name() + " " + fmt(s.network()));
            }
            Set<String> blocks = FaceAnalyzer.blocksRead(DemographicHeads.shipped(), AttributeClassifier.shipped());
            try (AttributeFeatures features = new AttributeFeatures(loader, blocks)) {
                Stats read = Harness.time(warmup, runs, i -> {
                    Face x = faces.get(i % f);
                    emotion.features(x.image(), x.crop());
                    features.extract(x.image(), x.mesh(), x.crop());
                });
                stages.add(new Stage("analysis networks", "emotion ×2+faceres+selfie", "face crop, CelebA framing",
                        null, read, "what analysis runs per face after the mesh: EmotionClassifier.features (the face "
                        + "and its mirror image in one batch) + AttributeFeatures.extract (faceres and selfie on the CelebA "
                        + "framing, mesh geometry, region colours)"));
            }
        } finally {
            nets.values().forEach(Network::close);
        }
        return stages;
    }

    private static Stage analysisStage(Network net, String label, List<Face> faces, BiFunction<RgbImage, Crop, Tensor4> input,
                                       int warmup, int runs, String... outputs) {
        String[] outs = outputs.length > 0 ? outputs : new String[] {net.outputs().keySet().iterator().next()};
        int f = faces.size();
        List<Tensor4> in = faces.stream().map(x -> input.apply(x.image(), x.crop())).toList();
        Stats network = Harness.time(warmup, runs, i -> net.run(in.get(i % f), outs));
        Stats stage = Harness.time(warmup, runs, i -> {
            Face x = faces.get(i % f);
            net.run(input.apply(x.image(), x.crop()), outs);
        });
        long[] shape = in.get(0).shape();
        return new Stage(label, net.name(), shape[1] + "×" + shape[2] + "×" + shape[3], network, stage, "CropSampler + run");
    }

    private static DecodedImage decode(ImageDecoder decoder, Path p) {
        try {
            return decoder.decode(p);
        } catch (ImageDecodeException e) {
            throw new IllegalArgumentException("cannot decode " + p + ": " + e.getMessage(), e);
        }
    }

    static String fmt(Stats s) {
        return String.format(java.util.Locale.ROOT, "median %.2f ms, p90 %.2f ms (n=%d)", s.median(), s.p90(), s.n());
    }
}
