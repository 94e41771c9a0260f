package io.facescribe.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.Tensor4;

/**
 * Places FaceMesh's 468 points on a face. The face is cut out as a square around the detection, enlarged
 * and turned so the eyes are level, sampled to 192×192 in 0..1; a second pass refines the crop from the
 * first pass's points.
 */
public final class FaceMesher {

    /** The network this class reads, and the outputs it decodes. */
    public static final String MODEL = "facemesh";
    public static final String MESH_OUTPUT = "output_mesh";
    public static final String FLAG_OUTPUT = "output_faceflag";

    /** Enlargement of the detector's box, and of the box around a previous mesh. */
    static final double DETECTION_SCALE = 1.6;
    static final double MESH_SCALE = 1.5;
    private static final int POINTS = 468;

    private final Network network;
    private final int size;

    public FaceMesher(Network network) {
        this.network = network;
        this.size = network.inputSize();
    }

    public Mesh mesh(RgbImage image, Detection detection) {
        Point r = detection.rightEye();
        Point l = detection.leftEye();
        double angle = Math.atan2(l.y() - r.y(), l.x() - r.x());
        Box b = detection.box();
        Crop first = new Crop(b.centerX(), b.centerY(), Math.max(b.width(), b.height()) * DETECTION_SCALE, angle);
        Mesh mesh = run(image, first);
        return run(image, refine(mesh));
    }

    /** Mesh on a given crop (used directly for images that are already a face). */
    public Mesh mesh(RgbImage image, Crop crop) {
        Mesh mesh = run(image, crop);
        return mesh.sure() ? run(image, refine(mesh)) : mesh;
    }

    private static Crop refine(Mesh mesh) {
        double angle = mesh.roll();
        // the box around the points in the face's own upright frame
        Point c = mesh.point(Mesh.NOSE_TIP);
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Point p : mesh.points()) {
            double dx = p.x() - c.x();
            double dy = p.y() - c.y();
            double u = dx * cos - dy * sin;
            double v = dx * sin + dy * cos;
            x0 = Math.min(x0, u);
            x1 = Math.max(x1, u);
            y0 = Math.min(y0, v);
            y1 = Math.max(y1, v);
        }
        double cu = (x0 + x1) / 2;
        double cv = (y0 + y1) / 2;
        double back = Math.cos(angle);
        double backSin = Math.sin(angle);
        double cx = c.x() + cu * back - cv * backSin;
        double cy = c.y() + cu * backSin + cv * back;
        return new Crop(cx, cy, Math.max(x1 - x0, y1 - y0) * MESH_SCALE, angle);
    }

    /** The network's input: the crop sampled to the input size, RGB in 0..1. */
    public Tensor4 input(RgbImage image, Crop crop) {
        return Tensor4.of(CropSampler.rgb(image, crop, size, 0f, 1f), 1, size, size, 3);
    }

    private Mesh run(RgbImage image, Crop crop) {
        Map<String, Tensor4> out = network.run(input(image, crop), MESH_OUTPUT, FLAG_OUTPUT);
        Tensor4 raw = out.get(MESH_OUTPUT);
        double score = out.get(FLAG_OUTPUT).get(0);
        double scale = crop.side() / size;
        List<Point> points = new ArrayList<>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            Point p = crop.toImage(raw.get(3 * i), raw.get(3 * i + 1), size);
            points.add(new Point(p.x(), p.y(), raw.get(3 * i + 2) * scale));
        }
        return new Mesh(points, score, crop);
    }
}
