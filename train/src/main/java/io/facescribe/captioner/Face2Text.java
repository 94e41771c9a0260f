package io.facescribe.captioner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Face2Text human descriptions ({@code face2text/captions.jsonl}: image, annotator, caption per line). */
public final class Face2Text {

    /** One person's description of one face. */
    public record Description(String image, String annotator, String text) {
    }

    private Face2Text() {
    }

    public static Path file(Path data) {
        return data.resolve("face2text").resolve("captions.jsonl");
    }

    public static List<Description> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Description> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String text = n.path("caption").asText("").strip();
                if (!text.isEmpty()) {
                    out.add(new Description(n.path("image").asText(), n.path("annotator").asText(), text));
                }
            }
        }
        return out;
    }

    /** Descriptions by image, images in order of first appearance. */
    public static Map<String, List<Description>> byImage(List<Description> descriptions) {
        Map<String, List<Description>> out = new LinkedHashMap<>();
        for (Description d : descriptions) {
            out.computeIfAbsent(d.image(), k -> new ArrayList<>()).add(d);
        }
        return out;
    }
}
