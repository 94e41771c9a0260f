package io.facescribe.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.analysis.FaceNetworks;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.Crop;
import io.facescribe.face.CropSampler;
import io.facescribe.face.Detection;
import io.facescribe.face.FaceDetector;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
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
 * face (same crop, size, colour and range as {@link FaceDetector}, {@link FaceMesher} and {@link FaceNetworks}).
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
        for (String name : List.of("blazeface", "facemesh", "emotion", "faceres", "selfie")) {
            long t0 = System.nanoTime();
            nets.put(name, loader.load(name));
            loadMillis.put(name, (System.nanoTime() - t0) / 1e6);
        }
        FaceNetworks analysis = new FaceNetworks(loader);
        try {
            FaceDetector detector = new FaceDetector(nets.get("blazeface"), FaceDetector.Settings.defaults());
            FaceMesher mesher = new FaceMesher(nets.get("facemesh"));
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
                faces.add(new Face(img, det, mesh, FaceNetworks.faceCrop(mesh)));
            }
            if (faces.isEmpty()) {
                throw new IllegalStateException("no face found in any of the photos; give photos with faces (--images)");
            }
            int f = faces.size();

            // detector: the letterboxed square of the whole image at 256², [-1, 1]
            Network bf = nets.get("blazeface");
            int bs = bf.inputSize();
            List<Tensor4> bfIn = new ArrayList<>();
            for (RgbImage img : images) {
                double side = Math.max(img.width(), img.height());
                bfIn.add(Tensor4.of(CropSampler.rgb(img, new Crop(side / 2, side / 2, side, 0), bs, -1f, 1f), 1, bs, bs, 3));
            }
            stages.add(new Stage("detect", "blazeface", bs + "×" + bs + "×3",
                    Harness.time(warmup, runs, i -> bf.run(bfIn.get(i % n))),
                    Harness.time(warmup, runs, i -> detector.detect(images.get(i % n))),
                    "FaceDetector.detect: letterbox sampling + run + anchors + weighted NMS"));
            progress.accept("detect " + fmt(stages.get(stages.size() - 1).network()));

            // mesh: the refined crop FaceMesher ends with, 192², [0, 1]
            Network fm = nets.get("facemesh");
            int ms = fm.inputSize();
            List<Tensor4> fmIn = faces.stream().map(x -> Tensor4.of(
                    CropSampler.rgb(x.image(), x.mesh().crop(), ms, 0f, 1f), 1, ms, ms, 3)).toList();
            stages.add(new Stage("mesh", "facemesh", ms + "×" + ms + "×3",
                    Harness.time(warmup, runs, i -> fm.run(fmIn.get(i % f), "output_mesh", "output_faceflag")),
                    Harness.time(warmup, runs, i -> mesher.mesh(faces.get(i % f).image(), faces.get(i % f).detection())),
                    "FaceMesher.mesh: two passes (detector crop, then refined crop)"));
            progress.accept("mesh " + fmt(stages.get(stages.size() - 1).network()));

            // the analysis networks, each on the face crop FaceNetworks.read samples for it
            stages.add(analysisStage(nets.get("emotion"), "emotion", faces, true, -1f, 1f, warmup, runs));
            stages.add(analysisStage(nets.get("faceres"), "faceres", faces, false, 0f, 255f, warmup, runs,
                    "gender_pred/Sigmoid:0", "age_pred/Softmax:0", "global_pooling/Mean"));
            stages.add(analysisStage(nets.get("selfie"), "selfie", faces, false, 0f, 1f, warmup, runs));
            for (Stage s : stages.subList(stages.size() - 3, stages.size())) {
                progress.accept(s.name() + " " + fmt(s.network()));
            }
            try (AttributeFeatures features = new AttributeFeatures(loader, nets.get("faceres"))) {
                Stats read = Harness.time(warmup, runs, i -> {
                    Face x = faces.get(i % f);
                    analysis.emotionFeatures(x.image(), x.crop());
                    features.extract(x.image(), x.mesh(), x.crop());
                });
                stages.add(new Stage("analysis networks", "emotion ×2+faceres+selfie", "face crop, CelebA framing",
                        null, read, "what analysis runs per face after the mesh: FaceNetworks.emotionFeatures (the face "
                        + "and its mirror image in one batch) + AttributeFeatures.extract (faceres and selfie on the CelebA "
                        + "framing, mesh geometry, region colours)"));
            }
        } finally {
            analysis.close();
            nets.values().forEach(Network::close);
        }
        return stages;
    }

    private static Stage analysisStage(Network net, String label, List<Face> faces, boolean grey, float lo, float hi,
                                       int warmup, int runs, String... outputs) {
        int s = net.inputSize();
        int c = grey ? 1 : 3;
        String[] outs = outputs.length > 0 ? outputs : new String[] {net.outputs().keySet().iterator().next()};
        int f = faces.size();
        List<Tensor4> in = faces.stream().map(x -> Tensor4.of(sample(x.image(), x.crop(), s, lo, hi, grey), 1, s, s, c))
                .toList();
        Stats network = Harness.time(warmup, runs, i -> net.run(in.get(i % f), outs));
        Stats stage = Harness.time(warmup, runs, i -> {
            Face x = faces.get(i % f);
            net.run(Tensor4.of(sample(x.image(), x.crop(), s, lo, hi, grey), 1, s, s, c), outs);
        });
        return new Stage(label, net.name(), s + "×" + s + "×" + c, network, stage, "CropSampler + run");
    }

    private static float[] sample(RgbImage image, Crop crop, int size, float lo, float hi, boolean grey) {
        return grey ? CropSampler.grey(image, crop, size, lo, hi) : CropSampler.rgb(image, crop, size, lo, hi);
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
