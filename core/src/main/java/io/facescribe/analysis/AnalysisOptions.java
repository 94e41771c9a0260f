package io.facescribe.analysis;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How one image is analysed.
 *
 * @param faces       which faces to keep
 * @param assumeFace  the whole image is one face (aligned crops such as CelebA or FER images)
 * @param includeMesh put the 468 mesh points in the result
 * @param minFaceSize faces whose box side is smaller than this (original pixels) are dropped
 */
@RecordBuilder
public record AnalysisOptions(FacePolicy faces, boolean assumeFace, boolean includeMesh, int minFaceSize)
        implements AnalysisOptionsBuilder.With, java.io.Serializable {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(FacePolicy.ALL, false, false, 0);
    }

    /** With or without the 468 mesh points in the result. */
    public AnalysisOptions withMesh(boolean value) {
        return withIncludeMesh(value);
    }
}
