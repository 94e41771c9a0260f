package io.facescribe.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.face.Point;
import io.facescribe.json.Rounded;
import io.facescribe.looks.Looks;

/**
 * Everything measured about one face. An immutable value holding the values as measured; serialises to the
 * JSON of {@code analyze --json}, which rounds them as it writes.
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
 * @param keypoints  six detector keypoints in the original image's pixels (right eye, left eye, nose, mouth,
 *                   right ear, left ear), written {@code [x, y]}
 * @param mesh       the 468 mesh points in the original image's pixels, written {@code [x, y, z]}; only when asked for
 * @param attributes probability of each of the 40 CelebA attributes, in CelebA order and spelling (empty
 *                   when not measured); decisions and thresholds come from
 *                   {@link io.facescribe.attributes.AttributeClassifier}
 * @param looks      hair, eyes, lips, nose, brows, face shape, facial hair: one reading per
 *                   {@link io.facescribe.looks.LooksTrait} (null when not measured)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceAnalysis(FaceBox box, @JsonSerialize(using = Rounded.Four.class) double score, Label gender,
                           Age age, Label ethnicity, Emotion emotion, Pose pose, FaceTraits traits, Quality quality,
                           @JsonSerialize(contentUsing = Rounded.Xy.class) List<Point> keypoints,
                           @JsonSerialize(contentUsing = Rounded.Xyz.class) List<Point> mesh,
                           @JsonSerialize(contentUsing = Rounded.Three.class) Map<String, Double> attributes,
                           Looks looks) {
    public FaceAnalysis {
        keypoints = List.copyOf(keypoints);
        mesh = mesh == null ? null : List.copyOf(mesh);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Without looks (they were not measured). */
    public FaceAnalysis(FaceBox box, double score, Label gender, Age age, Label ethnicity, Emotion emotion, Pose pose,
                        FaceTraits traits, Quality quality, List<Point> keypoints, List<Point> mesh,
                        Map<String, Double> attributes) {
        this(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, mesh, attributes, null);
    }

    /** The same analysis without the mesh points. */
    public FaceAnalysis withoutMesh() {
        return new FaceAnalysis(box, score, gender, age, ethnicity, emotion, pose, traits, quality, keypoints, null,
                attributes, looks);
    }
}
