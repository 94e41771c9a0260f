package io.facescribe.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything measured about one face. An immutable value; serialises to the JSON of {@code analyze --json}.
 *
 * @param box        where the face is
 * @param score      the detector's confidence that this is a face
 * @param gender     female or male
 * @param age        apparent age
 * @param ethnicity  white, black, asian, indian or other (the classes of the network that measures it)
 * @param emotion    facial expression
 * @param pose       head pose
 * @param traits     eyes, mouth, teeth
 * @param quality    blur, colour, size
 * @param keypoints  six detector keypoints [x, y] (right eye, left eye, nose, mouth, right ear, left ear)
 * @param mesh       the 468 mesh points [x, y, z], only when asked for
 * @param readings   the raw network outputs this was interpreted from, 1024-d descriptor included
 *                   (not serialised)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceAnalysis(FaceBox box, double score, Label gender, Age age, Label ethnicity, Emotion emotion,
                           Pose pose, FaceTraits traits, Quality quality, List<double[]> keypoints,
                           List<double[]> mesh, @JsonIgnore Readings readings) {
    public FaceAnalysis {
        score = Rounding.round(score);
        keypoints = List.copyOf(keypoints);
        mesh = mesh == null ? null : List.copyOf(mesh);
    }

    /** The same analysis without the mesh points. */
    public FaceAnalysis withoutMesh() {
        return new FaceAnalysis(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, null,
                readings);
    }
}
