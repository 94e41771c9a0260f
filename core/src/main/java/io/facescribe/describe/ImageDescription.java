package io.facescribe.describe;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.analysis.ImageAnalysis;

/** An image's analysis and, face by face in the same order, its descriptions. */
public record ImageDescription(ImageAnalysis analysis, List<FaceDescription> faces) {
    public ImageDescription {
        faces = List.copyOf(faces);
    }

    /**
     * The JSON of {@code describe --json}: the analysis as {@code analyze --json} writes it, each face with
     * {@code "traits": {"f1": [...], "f2": [...]}} and {@code "captions": [...]} added.
     */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.valueToTree(analysis);
        ArrayNode faceNodes = (ArrayNode) root.get("faces");
        for (int i = 0; i < faces.size() && faceNodes != null && i < faceNodes.size(); i++) {
            ObjectNode face = (ObjectNode) faceNodes.get(i);
            face.set("traits", json.valueToTree(faces.get(i).traits()));
            face.set("captions", json.valueToTree(faces.get(i).captions()));
        }
        return root;
    }
}
