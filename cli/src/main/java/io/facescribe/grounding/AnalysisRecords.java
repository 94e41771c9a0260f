package io.facescribe.grounding;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.analysis.FaceAnalysis;

/**
 * Analysis records as {@code analyze --json} and {@code describe --json} write them (JSON Lines, one image per
 * line), read back as the measured face of each image, for grounding captions against them. An image's face is
 * its first (the largest); images with an error or no face are left out. Each face is found under the image's
 * path as written, its file name and its file name without the extension, so candidates may be keyed by any of them.
 */
public final class AnalysisRecords {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AnalysisRecords() {
    }

    public static Map<String, FaceAnalysis> read(Path jsonl) throws IOException {
        Map<String, FaceAnalysis> out = new LinkedHashMap<>();
        int line = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = JSON.readTree(text);
                } catch (IOException e) {
                    throw new IOException(jsonl + " line " + line + " is not an analysis record (JSON): "
                            + e.getMessage() + "; give the output of analyze --json or describe --json", e);
                }
                JsonNode faces = record.path("faces");
                String image = record.path("image").asText(null);
                if (image == null || !faces.isArray() || faces.isEmpty()) {
                    continue;
                }
                FaceAnalysis face = JSON.treeToValue(faces.get(0), FaceAnalysis.class);
                for (String key : keys(image)) {
                    out.putIfAbsent(key, face);
                }
            }
        }
        return out;
    }

    static java.util.List<String> keys(String image) {
        Path p = Path.of(image).getFileName();
        String name = p == null ? image : p.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? java.util.List.of(image, name, name.substring(0, dot)) : java.util.List.of(image, name);
    }
}
