package io.facescribe.accuracy;

import java.util.List;

import io.facescribe.analysis.FaceAnalysis;

/**
 * Detection against annotated nose points: a detection is right when its box holds exactly one nose
 * point; each nose point counts once.
 */
public record DetectionScore(String image, int expected, int detected, int correct, int matchedNoses) {

    public static DetectionScore score(String image, List<FaceAnalysis> faces, List<double[]> noses) {
        boolean[] used = new boolean[noses.size()];
        int correct = 0;
        for (FaceAnalysis f : faces) {
            int inside = 0;
            int which = -1;
            for (int i = 0; i < noses.size(); i++) {
                double x = noses.get(i)[0], y = noses.get(i)[1];
                if (x >= f.box().x() && x <= f.box().x() + f.box().width()
                        && y >= f.box().y() && y <= f.box().y() + f.box().height()) {
                    inside++;
                    which = i;
                }
            }
            if (inside == 1 && !used[which]) {
                used[which] = true;
                correct++;
            }
        }
        return new DetectionScore(image, noses.size(), faces.size(), correct, correct);
    }
}
