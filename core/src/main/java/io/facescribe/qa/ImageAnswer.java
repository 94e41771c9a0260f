package io.facescribe.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.analysis.ImageAnalysis;

/** The answer to a question about an image, with the analysis it was answered from. */
public record ImageAnswer(ImageAnalysis analysis, Answer answer) {

    /**
     * The JSON of {@code ask --json}: {@code {"image", "answer"}}, and {@code "error"} and {@code "errorCode"}
     * when the image could not be analysed.
     */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode().put("image", analysis.image());
        node.set("answer", json.valueToTree(answer));
        if (!analysis.ok()) {
            node.put("error", analysis.error());
            node.set("errorCode", json.valueToTree(analysis.errorCode()));
        }
        return node;
    }
}
