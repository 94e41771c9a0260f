package io.facescribe.describe;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.analysis.ImageAnalysis;

/**
 * An image's analysis and, face by face in the same order, its descriptions; with two faces or more, also
 * captions of the whole photo ({@link #photo}: "Two people: on the left ..., on the right ...").
 */
public record ImageDescription(ImageAnalysis analysis, List<FaceDescription> faces, List<Caption> photo) {
    public ImageDescription {
        faces = List.copyOf(faces);
        photo = photo == null ? List.of() : List.copyOf(photo);
    }

    public ImageDescription(ImageAnalysis analysis, List<FaceDescription> faces) {
        this(analysis, faces, List.of());
    }

    /** The first caption of the whole photo, or "" when there is none (fewer than two faces). */
    public String photoCaption() {
        return photo.isEmpty() ? "" : photo.get(0).text();
    }

    /**
     * The JSON of {@code describe --json}: the analysis as {@code analyze --json} writes it, each face with
     * {@code "traits": {"f1": [...], "f2": [...]}} and {@code "captions": [...]} added; with two faces or more,
     * {@code "photo": {"captions": [...]}} describes every face in one caption each.
     */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.valueToTree(analysis);
        ArrayNode faceNodes = (ArrayNode) root.get("faces");
        for (int i = 0; i < faces.size() && faceNodes != null && i < faceNodes.size(); i++) {
            ObjectNode face = (ObjectNode) faceNodes.get(i);
            face.set("traits", json.valueToTree(faces.get(i).traits()));
            face.set("captions", json.valueToTree(faces.get(i).captions()));
        }
        if (!photo.isEmpty()) {
            root.putObject("photo").set("captions", json.valueToTree(photo));
        }
        return root;
    }
}
