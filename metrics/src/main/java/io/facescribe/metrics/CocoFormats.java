package io.facescribe.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads captions in the formats pycocoevalcap users have:
 * <ul>
 *   <li>references as COCO annotations {@code {"annotations":[{"image_id":1,"caption":"…"},…]}} or as a map
 *   {@code {"1":["ref",…],…}};</li>
 *   <li>candidates as COCO results {@code [{"image_id":1,"caption":"…"},…]} or as a map {@code {"1":"caption",…}}
 *   (a one-element list is accepted as the caption).</li>
 * </ul>
 * Image ids are compared as text ({@code 42} and {@code "42"} are the same image). Image order is the order of first
 * appearance in the references. Every problem is an {@link InvalidInputException} naming the file and the place.
 */
public final class CocoFormats {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CocoFormats() {}

    public static Corpus readCorpus(Path references, Path candidates) {
        return Corpus.of(readReferences(references), readCandidates(candidates));
    }

    public static Map<String, List<String>> readReferences(Path file) {
        JsonNode root = read(file);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (root.isObject() && root.has("annotations")) {
            JsonNode anns = root.get("annotations");
            if (!anns.isArray()) throw bad(file, "\"annotations\" must be an array");
            for (int i = 0; i < anns.size(); i++) {
                JsonNode a = anns.get(i);
                String where = "annotations[" + i + "]";
                out.computeIfAbsent(imageId(file, a, where), k -> new ArrayList<>()).add(reference(file, a.get("caption"), where));
            }
        } else if (root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "image " + e.getKey();
                List<String> refs = new ArrayList<>();
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    for (int i = 0; i < v.size(); i++) refs.add(reference(file, v.get(i), where + " reference " + i));
                } else {
                    refs.add(reference(file, v, where));
                }
                if (refs.isEmpty()) throw bad(file, where + " has no reference caption");
                out.put(e.getKey(), refs);
            }
        } else {
            throw bad(file, "expected COCO annotations {\"annotations\":[…]} or a map {\"image_id\":[\"ref\",…]}");
        }
        if (out.isEmpty()) throw bad(file, "no reference captions");
        return out;
    }

    public static Map<String, String> readCandidates(Path file) {
        JsonNode root = read(file);
        Map<String, String> out = new LinkedHashMap<>();
        if (root.isObject() && root.has("annotations")) root = root.get("annotations");
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode r = root.get(i);
                String where = "[" + i + "]";
                String id = imageId(file, r, where);
                String caption = text(file, r.get("caption"), where + ".caption");
                if (out.put(id, caption) != null) throw bad(file, "image " + id + " has more than one candidate caption");
            }
        } else if (root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    if (v.size() != 1) throw bad(file, "image " + e.getKey() + " must have exactly one candidate caption, has " + v.size());
                    v = v.get(0);
                }
                out.put(e.getKey(), text(file, v, "image " + e.getKey()));
            }
        } else {
            throw bad(file, "expected COCO results [{\"image_id\":…,\"caption\":…}] or a map {\"image_id\":\"caption\"}");
        }
        if (out.isEmpty()) throw bad(file, "no candidate captions");
        return out;
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode()) throw bad(file, "empty file");
            return root;
        } catch (JsonProcessingException e) {
            throw bad(file, "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr() : ""));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String imageId(Path file, JsonNode record, String where) {
        if (record == null || !record.isObject()) throw bad(file, where + " is not an object");
        JsonNode id = record.get("image_id");
        if (id == null || id.isNull()) throw bad(file, where + " has no image_id");
        if (id.isTextual() || id.isIntegralNumber()) return id.asText();
        throw bad(file, where + ".image_id must be a number or a string");
    }

    private static String reference(Path file, JsonNode node, String where) {
        String s = text(file, node, where);
        if (s.isBlank()) throw bad(file, where + " is an empty reference caption");
        return s;
    }

    private static String text(Path file, JsonNode node, String where) {
        if (node == null || node.isNull()) throw bad(file, where + " has no caption");
        if (!node.isTextual()) throw bad(file, where + ": caption must be a string");
        return node.asText();
    }

    private static InvalidInputException bad(Path file, String message) {
        return new InvalidInputException(file + ": " + message);
    }
}
