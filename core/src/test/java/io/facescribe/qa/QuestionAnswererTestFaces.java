package io.facescribe.qa;

import io.facescribe.analysis.FaceAnalysis;

/** The known face of {@link QuestionAnswererTest}, for other test packages. */
public final class QuestionAnswererTestFaces {
    private QuestionAnswererTestFaces() {
    }

    public static FaceAnalysis woman() {
        return QuestionAnswererTest.woman();
    }
}
