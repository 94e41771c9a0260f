package io.facescribe.accuracy;

import io.facescribe.analysis.FaceAnalysis;

/**
 * One labelled face of a development set and what FaceScribe measured (null when no face was found or
 * the image failed).
 *
 * @param file      image path
 * @param age       labelled age in years (-1 when unlabelled)
 * @param gender    labelled gender (female / male) or null
 * @param ethnicity labelled ethnicity (white, black, asian, indian, other) or null
 * @param emotion   labelled emotion or null
 * @param analysis  the measurement, or null
 */
public record LabelledFace(String file, int age, String gender, String ethnicity, String emotion,
                           FaceAnalysis analysis) {

    /** Deterministic split: about one in five files is validation, by a hash of the file name. */
    public boolean validation() {
        String name = file.substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        return Math.floorMod(name.hashCode() * 0x9E3779B1, 5) == 0;
    }
}
