package io.facescribe.attributes;

import io.facescribe.face.Mesh;
import io.facescribe.face.Point;

/**
 * Shape features from the mesh in the face's own frame ({@link FaceFrame}): the positions of 150 landmarks
 * along the face outline, lips, eyes, brows, nose and cheeks, and ratios a linear head cannot form itself
 * (openness of eyes and mouth, lip thickness, nose and face proportions, brow arch, head turn).
 */
final class MeshGeometry {

    /** Landmarks (MediaPipe canonical face mesh): outline, outer lips, inner lips, eyes, brows, nose, cheeks. */
    static final int[] LANDMARKS = {
            10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148,
            176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
            61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185,
            78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308, 415, 310, 311, 312, 13, 82, 81, 80, 191,
            33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246,
            263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466,
            46, 53, 52, 65, 55, 70, 63, 105, 66, 107, 276, 283, 282, 295, 285, 300, 293, 334, 296, 336,
            1, 2, 4, 5, 6, 168, 197, 195, 98, 327, 129, 358, 64, 294, 48, 278, 94, 19,
            50, 280, 205, 425, 187, 411};
    static final int RATIOS = 20;
    static final int SIZE = LANDMARKS.length * 3 + RATIOS;
    /** Where the mouth's openness (lip gap / mouth width) is in the block. */
    static final int MOUTH_OPENNESS = LANDMARKS.length * 3 + 2;

    private MeshGeometry() {
    }

    static void write(Mesh mesh, FaceFrame frame, float[] out, int offset) {
        int o = offset;
        for (int index : LANDMARKS) {
            double[] p = frame.toFrame(mesh.point(index));
            out[o++] = (float) p[0];
            out[o++] = (float) p[1];
            out[o++] = (float) p[2];
        }
        double u = frame.unit();
        double faceWidth = d(mesh, 234, 454);
        double faceHeight = d(mesh, 10, 152);
        double[] r = {
                ratio(d(mesh, 159, 145), d(mesh, 33, 133)),
                ratio(d(mesh, 386, 374), d(mesh, 263, 362)),
                ratio(d(mesh, 13, 14), d(mesh, 61, 291)),
                d(mesh, 0, 13) / u,                                  // upper lip thickness
                d(mesh, 14, 17) / u,                                 // lower lip thickness
                d(mesh, 61, 291) / u,                                // mouth width
                d(mesh, 64, 294) / u,                                // nose width
                d(mesh, 168, 2) / u,                                 // nose length
                ratio(faceWidth, faceHeight),
                ratio(d(mesh, 172, 397), faceWidth),                 // jaw / cheek width
                ratio(d(mesh, 17, 152), faceHeight),                 // chin length
                ratio(d(mesh, 105, 159) + d(mesh, 334, 386), 2 * u), // brow to eye
                arch(mesh, frame, 46, 105, 107),
                arch(mesh, frame, 276, 334, 336),
                yaw(mesh),
                frame.toFrame(mesh.point(1))[1],                     // nose tip height (pitch)
                frame.toFrame(mesh.point(1))[2],                     // nose tip depth (pointy nose, pitch)
                frame.angle(),
                mesh.score(),
                smile(mesh, frame)};
        for (double v : r) {
            out[o++] = (float) v;
        }
    }

    private static double d(Mesh m, int a, int b) {
        return m.point(a).distance(m.point(b));
    }

    private static double ratio(double a, double b) {
        return b <= 1e-9 ? 0 : a / b;
    }

    /** Height of a brow's middle above the line through its ends, in frame units (positive = arched). */
    private static double arch(Mesh mesh, FaceFrame f, int end1, int middle, int end2) {
        double[] a = f.toFrame(mesh.point(end1));
        double[] m = f.toFrame(mesh.point(middle));
        double[] b = f.toFrame(mesh.point(end2));
        return (a[1] + b[1]) / 2 - m[1];
    }

    /** Where the nose tip sits between the face's sides: 0 frontal, ±1 in profile. */
    private static double yaw(Mesh mesh) {
        Point n = mesh.point(Mesh.NOSE_TIP);
        double right = n.distance(mesh.point(Mesh.RIGHT_CHEEK));
        double left = n.distance(mesh.point(Mesh.LEFT_CHEEK));
        return ratio(right - left, right + left);
    }

    /** Mouth corners raised above the lips' middle, in frame units. */
    private static double smile(Mesh mesh, FaceFrame f) {
        double corners = (f.toFrame(mesh.point(Mesh.MOUTH_RIGHT))[1] + f.toFrame(mesh.point(Mesh.MOUTH_LEFT))[1]) / 2;
        double middle = (f.toFrame(mesh.point(Mesh.LIP_UPPER_INNER))[1] + f.toFrame(mesh.point(Mesh.LIP_LOWER_INNER))[1]) / 2;
        return middle - corners;
    }
}
