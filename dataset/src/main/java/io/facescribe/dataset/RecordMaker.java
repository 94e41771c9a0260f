package io.facescribe.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ErrorCode;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.Describer;
import io.facescribe.describe.ImageDescription;
import io.facescribe.qa.QaGenerator;
import io.facescribe.qa.QuestionAnswerer;

/**
 * Turns one input image into its record: read, hash, analyse, filter, describe, ask. Never throws for a bad
 * image: the record says what went wrong. Thread-safe.
 *
 * <p>A record: {@code path, name, sha256, bytes, width, height, format, status (kept | filtered | failed),
 * reasons, flags, error, faces (as describe --json, each with captions and optional qa), photo (with two
 * kept faces or more: {@code {"captions": [...]}}, each caption of the whole photo), labels (when a labels file
 * names the image), provenance}.
 */
public final class RecordMaker {

    public static final String KEPT = "kept";
    public static final String FILTERED = "filtered";
    public static final String FAILED = "failed";

    private final FaceScribe faceScribe;
    private final BuildOptions options;
    private final Describer describer;
    private final QaGenerator qa;
    private final Labels labels;
    private final ObjectNode provenance;
    private final ObjectMapper json;

    public RecordMaker(FaceScribe faceScribe, BuildOptions options, Labels labels, ObjectMapper json) {
        this.faceScribe = faceScribe;
        this.options = options;
        this.describer = Describer.create(options.describe());
        this.qa = options.qaPerFace() > 0 ? new QaGenerator(new QuestionAnswerer(), options.qaPerFace()) : null;
        this.labels = labels;
        this.json = json;
        this.provenance = Provenance.of(options, json);
    }

    public ObjectNode provenance() {
        return provenance.deepCopy();
    }

    public ObjectNode make(DatasetItem item) {
        ObjectNode r = json.createObjectNode();
        r.put("path", item.path());
        r.put("name", item.name());
        byte[] bytes;
        try {
            bytes = item.bytes().read();
        } catch (IOException | RuntimeException e) {
            return failed(r, item, "cannot read " + item.path() + ": " + e.getMessage(), ErrorCode.UNREADABLE);
        }
        r.put("sha256", Hashes.sha256(bytes));
        r.put("bytes", bytes.length);
        ImageAnalysis analysis = faceScribe.analyze(bytes, item.path(), options.analysis());
        r.put("width", analysis.width());
        r.put("height", analysis.height());
        r.put("format", analysis.format());
        if (!analysis.ok()) {
            return failed(r, item, analysis.error(), analysis.errorCode());
        }
        List<FaceAnalysis> faces = analysis.faces().stream()
                .filter(f -> f.quality().faceSize() >= options.minFace()).toList();
        List<String> reasons = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        judge(analysis.faces().size(), faces, reasons, flags);
        ImageAnalysis kept = ImageAnalysis.of(analysis.image(), analysis.width(), analysis.height(), faces,
                analysis.format(), 0);
        long seed = Hashes.imageSeed(options.seed(), item.name());
        ImageDescription description = describer.describe(kept, seed);
        ArrayNode faceNodes = (ArrayNode) description.toJson(json).get("faces");
        if (qa != null) {
            for (int i = 0; i < faces.size(); i++) {
                ((ObjectNode) faceNodes.get(i)).set("qa", json.valueToTree(qa.pairs(kept, faces.get(i), seed + i)));
            }
        }
        r.put("status", reasons.isEmpty() ? KEPT : FILTERED);
        r.set("reasons", json.valueToTree(reasons));
        r.set("flags", json.valueToTree(flags));
        r.putNull("error");
        r.set("faces", faceNodes);
        if (!description.photo().isEmpty()) {
            r.putObject("photo").set("captions", json.valueToTree(description.photo()));
        }
        return finish(r, item);
    }

    /** Why an image is dropped ({@code reasons}) or noted ({@code flags}); the main face is the largest. */
    private void judge(int detected, List<FaceAnalysis> faces, List<String> reasons, List<String> flags) {
        if (faces.isEmpty()) {
            reasons.add(detected == 0 ? "no face" : "face smaller than " + options.minFace() + " px");
            return;
        }
        if (options.singleFace() && faces.size() > 1) {
            reasons.add(faces.size() + " faces");
        }
        FaceAnalysis main = faces.get(0);
        apply(options.blurry(), main.quality().blurry(), "blurry", reasons, flags);
        apply(options.blackAndWhite(), main.quality().blackAndWhite(), "black and white", reasons, flags);
    }

    private static void apply(BuildOptions.Policy policy, boolean present, String what, List<String> reasons,
                              List<String> flags) {
        if (present && policy == BuildOptions.Policy.DROP) {
            reasons.add(what);
        } else if (present && policy == BuildOptions.Policy.FLAG) {
            flags.add(what);
        }
    }

    private ObjectNode failed(ObjectNode r, DatasetItem item, String error, ErrorCode code) {
        if (!r.has("sha256")) {
            r.putNull("sha256");
            r.put("bytes", 0);
        }
        if (!r.has("width")) {
            r.put("width", 0);
            r.put("height", 0);
            r.putNull("format");
        }
        r.put("status", FAILED);
        r.set("reasons", json.createArrayNode().add("unreadable"));
        r.set("flags", json.createArrayNode());
        r.put("error", error);
        r.set("errorCode", json.valueToTree(code));
        r.set("faces", json.createArrayNode());
        return finish(r, item);
    }

    private ObjectNode finish(ObjectNode r, DatasetItem item) {
        Map<String, String> l = labels.of(item);
        if (l != null) {
            r.set("labels", json.valueToTree(l));
        }
        r.set("provenance", provenance);
        return r;
    }
}
