package io.facescribe.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * Finds every face in an image with BlazeFace (256×256 input, 896 anchors on a 16×16 and an 8×8 grid).
 * The image is letterboxed to a square so faces keep their shape; overlapping candidates are merged by
 * weighted non-maximum suppression (boxes and keypoints averaged by score).
 */
public final class FaceDetector {

    /** Detection settings: the minimum score and the overlap at which candidates are merged. */
    public record Settings(double minScore, double mergeIou) {
        public static Settings defaults() {
            return new Settings(0.55, 0.3);
        }
    }

    /** The network this class reads. */
    public static final String MODEL = "blazeface";
    private static final int KEYPOINTS = 6;
    private final Network network;
    private final Settings settings;
    private final int size;
    private final double[][] anchors;

    public FaceDetector(Network network, Settings settings) {
        this.network = network;
        this.settings = settings;
        this.size = network.inputSize();
        this.anchors = anchors(size);
    }

    public List<Detection> detect(RgbImage image) {
        Map<String, Tensor4> out = network.run(input(image));
        double side = Math.max(image.width(), image.height());
        double scale = side / size;
        List<Detection> candidates = decode(out, scale);
        return mergeOverlapping(candidates);
    }

    /**
     * The network's input: the image letterboxed into a square from its top-left corner (the long side, so faces
     * keep their shape; the rest is black), sampled to the input size in -1..1.
     */
    public Tensor4 input(RgbImage image) {
        double side = Math.max(image.width(), image.height());
        Crop square = new Crop(side / 2, side / 2, side, 0);
        return Tensor4.of(CropSampler.rgb(image, square, size, -1f, 1f), 1, size, size, 3);
    }

    private List<Detection> decode(Map<String, Tensor4> out, double scale) {
        Tensor4 scoresFine = null, scoresCoarse = null, boxesFine = null, boxesCoarse = null;
        for (Tensor4 t : out.values()) {
            long rows = t.shape()[1];
            long cols = t.shape()[2];
            if (cols == 1) {
                if (rows == 512) scoresFine = t; else scoresCoarse = t;
            } else {
                if (rows == 512) boxesFine = t; else boxesCoarse = t;
            }
        }
        if (scoresFine == null || scoresCoarse == null || boxesFine == null || boxesCoarse == null) {
            throw new IllegalStateException("unexpected detector outputs " + out.values());
        }
        List<Detection> found = new ArrayList<>();
        collect(scoresFine, boxesFine, 0, scale, found);
        collect(scoresCoarse, boxesCoarse, 512, scale, found);
        return found;
    }

    private void collect(Tensor4 scores, Tensor4 boxes, int anchorOffset, double scale, List<Detection> found) {
        int cols = (int) boxes.shape()[2];
        for (int i = 0; i < scores.size(); i++) {
            double logit = Math.max(-100, Math.min(100, scores.get(i)));
            double score = 1 / (1 + Math.exp(-logit));
            if (score < settings.minScore()) {
                continue;
            }
            double[] anchor = anchors[anchorOffset + i];
            int o = i * cols;
            double cx = anchor[0] + boxes.get(o);
            double cy = anchor[1] + boxes.get(o + 1);
            double w = boxes.get(o + 2);
            double h = boxes.get(o + 3);
            List<Point> keypoints = new ArrayList<>(KEYPOINTS);
            for (int k = 0; k < KEYPOINTS; k++) {
                keypoints.add(Point.of((anchor[0] + boxes.get(o + 4 + 2 * k)) * scale,
                        (anchor[1] + boxes.get(o + 5 + 2 * k)) * scale));
            }
            Box box = new Box((cx - w / 2) * scale, (cy - h / 2) * scale, w * scale, h * scale);
            found.add(new Detection(box, score, keypoints));
        }
    }

    /** Weighted non-maximum suppression. */
    private List<Detection> mergeOverlapping(List<Detection> candidates) {
        List<Detection> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> merged = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Detection best = remaining.get(0);
            List<Detection> cluster = new ArrayList<>();
            List<Detection> rest = new ArrayList<>();
            for (Detection d : remaining) {
                (d.box().iou(best.box()) > settings.mergeIou() ? cluster : rest).add(d);
            }
            Detection candidate = average(cluster, best.score());
            if (merged.stream().noneMatch(kept -> mostlyInside(candidate.box(), kept.box()))) {
                merged.add(candidate);
            }
            remaining = rest;
        }
        return merged;
    }

    /**
     * Whether most of {@code inner} lies inside {@code outer}: on images that are one tight face, the detector
     * also reports parts of that face (an eye region, the mouth) that overlap it too little to be merged.
     */
    static boolean mostlyInside(Box inner, Box outer) {
        double ix = Math.max(0, Math.min(inner.x() + inner.width(), outer.x() + outer.width()) - Math.max(inner.x(), outer.x()));
        double iy = Math.max(0, Math.min(inner.y() + inner.height(), outer.y() + outer.height()) - Math.max(inner.y(), outer.y()));
        return inner.area() > 0 && ix * iy / inner.area() > 0.5;
    }

    private static Detection average(List<Detection> cluster, double score) {
        double total = 0, x = 0, y = 0, w = 0, h = 0;
        double[] kx = new double[KEYPOINTS];
        double[] ky = new double[KEYPOINTS];
        for (Detection d : cluster) {
            double s = d.score();
            total += s;
            x += d.box().x() * s;
            y += d.box().y() * s;
            w += d.box().width() * s;
            h += d.box().height() * s;
            for (int k = 0; k < KEYPOINTS; k++) {
                kx[k] += d.keypoints().get(k).x() * s;
                ky[k] += d.keypoints().get(k).y() * s;
            }
        }
        List<Point> keypoints = new ArrayList<>();
        for (int k = 0; k < KEYPOINTS; k++) {
            keypoints.add(Point.of(kx[k] / total, ky[k] / total));
        }
        return new Detection(new Box(x / total, y / total, w / total, h / total), score, keypoints);
    }

    /** Anchor centres in input pixels: 2 per cell of a 16×16 grid, then 6 per cell of an 8×8 grid. */
    static double[][] anchors(int inputSize) {
        int[] strides = {inputSize / 16, inputSize / 8};
        int[] perCell = {2, 6};
        List<double[]> list = new ArrayList<>();
        for (int s = 0; s < strides.length; s++) {
            int grid = (inputSize + strides[s] - 1) / strides[s];
            for (int gy = 0; gy < grid; gy++) {
                for (int gx = 0; gx < grid; gx++) {
                    for (int n = 0; n < perCell[s]; n++) {
                        list.add(new double[] {strides[s] * (gx + 0.5), strides[s] * (gy + 0.5)});
                    }
                }
            }
        }
        return list.toArray(new double[0][]);
    }
}
