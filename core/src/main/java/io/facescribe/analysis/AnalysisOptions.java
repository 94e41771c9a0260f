package io.facescribe.analysis;

/**
 * How one image is analysed.
 *
 * @param faces       which faces to keep
 * @param assumeFace  the whole image is one face (aligned crops such as CelebA or FER images)
 * @param includeMesh put the 468 mesh points in the result
 * @param minFaceSize faces whose box side is smaller than this (original pixels) are dropped
 */
public record AnalysisOptions(FacePolicy faces, boolean assumeFace, boolean includeMesh, int minFaceSize)
        implements java.io.Serializable {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(FacePolicy.ALL, false, false, 0);
    }

    public AnalysisOptions withFaces(FacePolicy policy) {
        return new AnalysisOptions(policy, assumeFace, includeMesh, minFaceSize);
    }

    public AnalysisOptions withAssumeFace(boolean value) {
        return new AnalysisOptions(faces, value, includeMesh, minFaceSize);
    }

    public AnalysisOptions withMesh(boolean value) {
        return new AnalysisOptions(faces, assumeFace, value, minFaceSize);
    }

    public AnalysisOptions withMinFaceSize(int value) {
        return new AnalysisOptions(faces, assumeFace, includeMesh, value);
    }
}
