package io.facescribe.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.facescribe.looks.Looks;

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
 * @param readings   raw outputs of the retired networks (gear, ssrnet, faceres on the tight crop); null from
 *                   {@link FaceAnalyzer}, which no longer runs them (not serialised)
 * @param attributes probability of each of the 40 CelebA attributes, in CelebA order and spelling (empty
 *                   when not measured); decisions and thresholds come from
 *                   {@link io.facescribe.attributes.AttributeClassifier}
 * @param looks      hair, eyes, lips, nose, brows, face shape, facial hair: one reading per
 *                   {@link io.facescribe.looks.LooksTrait} (null when not measured)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceAnalysis(FaceBox box, double score, Label gender, Age age, Label ethnicity, Emotion emotion,
                           Pose pose, FaceTraits traits, Quality quality, List<double[]> keypoints,
                           List<double[]> mesh, @JsonIgnore Readings readings, Map<String, Double> attributes,
                           Looks looks) {
    public FaceAnalysis {
        score = Rounding.round(score);
        keypoints = List.copyOf(keypoints);
        mesh = mesh == null ? null : List.copyOf(mesh);
        Map<String, Double> rounded = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> rounded.put(k, Math.round(v * 1000) / 1000.0));
        }
        attributes = Collections.unmodifiableMap(rounded);
    }

    /** Without looks (they were not measured). */
    public FaceAnalysis(FaceBox box, double score, Label gender, Age age, Label ethnicity, Emotion emotion, Pose pose,
                        FaceTraits traits, Quality quality, List<double[]> keypoints, List<double[]> mesh,
                        Readings readings, Map<String, Double> attributes) {
        this(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, mesh, readings, attributes,
                null);
    }

    /** Without attributes (they were not measured). */
    public FaceAnalysis(FaceBox box, double score, Label gender, Age age, Label ethnicity, Emotion emotion, Pose pose,
                        FaceTraits traits, Quality quality, List<double[]> keypoints, List<double[]> mesh,
                        Readings readings) {
        this(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, mesh, readings, Map.of(),
                null);
    }

    /** The same analysis without the mesh points. */
    public FaceAnalysis withoutMesh() {
        return new FaceAnalysis(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, null,
                readings, attributes, looks);
    }
}
