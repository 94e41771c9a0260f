package io.facescribe.analysis;

import io.facescribe.face.Mesh;
import io.facescribe.face.Point;

/** Head pose from the mesh: the face's left-right and top-bottom axes in 3-D. */
public final class PoseEstimator {

    private PoseEstimator() {
    }

    public static Pose pose(Mesh mesh) {
        Point right = mesh.point(Mesh.RIGHT_CHEEK);
        Point left = mesh.point(Mesh.LEFT_CHEEK);
        Point top = mesh.point(Mesh.FOREHEAD);
        Point bottom = mesh.point(Mesh.CHIN);
        // x axis: from the person's right cheek (image left) to the left cheek; y axis: forehead to chin
        double xx = left.x() - right.x(), xy = left.y() - right.y(), xz = left.z() - right.z();
        double yx = bottom.x() - top.x(), yy = bottom.y() - top.y(), yz = bottom.z() - top.z();
        double roll = Math.toDegrees(Math.atan2(xy, xx));
        double yaw = Math.toDegrees(Math.atan2(xz, Math.hypot(xx, xy)));
        double pitch = Math.toDegrees(Math.atan2(-yz, Math.hypot(yx, yy)));
        return new Pose(yaw, pitch, roll, mesh.score());
    }
}
