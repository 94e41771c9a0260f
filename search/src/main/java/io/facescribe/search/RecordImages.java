package io.facescribe.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.analysis.FaceAnalysis;

/**
 * Images as a data-set record holds them ({@code build-dataset}'s {@code records.jsonl}: path, sha256, faces as
 * {@code describe --json} writes them, with their captions), read into what the index holds, without analysing
 * anything again. Thread-safe.
 */
public final class RecordImages {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TraitProbabilities traits;

    public RecordImages(TraitProbabilities traits) {
        this.traits = traits;
    }

    /**
     * One record as the index holds it.
     *
     * @param base the folder a relative record path is relative to (where build-dataset ran)
     * @throws IllegalArgumentException when the record is not a data-set record
     */
    public IndexedImage image(JsonNode record, Path base) {
        String path = record.path("path").asText(null);
        if (path == null) {
            throw new IllegalArgumentException("not a data-set record (no path): " + abbreviate(record.toString()));
        }
        List<IndexedFace> faces = new ArrayList<>();
        JsonNode nodes = record.path("faces");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            FaceAnalysis analysis;
            try {
                analysis = JSON.treeToValue(node, FaceAnalysis.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("face " + i + " of " + path + " is not a face analysis: "
                        + e.getOriginalMessage(), e);
            }
            List<String> captions = new ArrayList<>();
            node.path("captions").forEach(c -> captions.add(c.isTextual() ? c.asText() : c.path("text").asText()));
            faces.add(IndexedFace.of(i, analysis, captions, traits));
        }
        return new IndexedImage(absolute(path, base), record.path("sha256").isTextual() ? record.path("sha256").asText() : "", faces);
    }

    /** A record's path as the index keys it: absolute and normalised (a tar member's path kept as written). */
    public static String absolute(String path, Path base) {
        if (path.contains("#")) {
            return path;
        }
        return base.resolve(path).toAbsolutePath().normalize().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
