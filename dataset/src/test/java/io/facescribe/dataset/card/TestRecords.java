package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test records built from real {@code describe --json} faces (faces.json, from the public fixture photos). */
final class TestRecords {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<ObjectNode> faces;

    private TestRecords() {
    }

    /** Fresh copies of the saved faces, in file order. */
    static synchronized List<ObjectNode> faces() {
        if (faces == null) {
            try (InputStream in = TestRecords.class.getResourceAsStream("faces.json")) {
                if (in == null) {
                    throw new IllegalStateException("faces.json missing from the test resources");
                }
                List<ObjectNode> list = new ArrayList<>();
                MAPPER.readTree(in).get("faces").forEach(f -> list.add((ObjectNode) f.get("face")));
                faces = List.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ObjectNode> copies = new ArrayList<>();
        faces.forEach(f -> copies.add(f.deepCopy()));
        return copies;
    }

    static ObjectNode face(int i) {
        return faces().get(i);
    }

    static ObjectNode record(String path, String status, List<String> reasons, List<String> flags, List<ObjectNode> faces) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("path", path);
        r.put("name", "images/" + path.substring(path.lastIndexOf('/') + 1));
        r.put("sha256", "0".repeat(64));
        r.put("bytes", 12345);
        r.put("width", 512);
        r.put("height", 512);
        r.put("format", path.endsWith(".png") ? "png" : "jpeg");
        r.put("status", status);
        reasons.forEach(r.putArray("reasons")::add);
        if (reasons.isEmpty()) {
            r.putArray("reasons");
        }
        ArrayNode f = r.putArray("flags");
        flags.forEach(f::add);
        r.putNull("error");
        ArrayNode fa = r.putArray("faces");
        faces.forEach(fa::add);
        r.putObject("provenance").put("version", "test");
        return r;
    }

    /** Replaces a face's captions by the given texts; guard results as given ("m" missing, "i" invented, "" clean). */
    static ObjectNode withCaptions(ObjectNode face, List<String> texts, List<String> guards) {
        ArrayNode captions = face.putArray("captions");
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode c = captions.addObject();
            c.put("text", texts.get(i));
            c.put("realizer", "builtin");
            c.put("seed", i);
            ObjectNode guard = c.putObject("guard");
            ArrayNode missing = guard.putArray("missing");
            ArrayNode invented = guard.putArray("invented");
            if (guards.get(i).contains("m")) {
                missing.add("age");
            }
            if (guards.get(i).contains("i")) {
                invented.add("glasses");
            }
        }
        return face;
    }

    /** Sets one attribute probability of a face. */
    static ObjectNode withAttribute(ObjectNode face, String attribute, double p) {
        ((ObjectNode) face.get("attributes")).put(attribute, p);
        return face;
    }

    static ObjectNode withGender(ObjectNode face, String label) {
        ((ObjectNode) face.get("gender")).put("label", label);
        return face;
    }

    static boolean shown(JsonNode face, String attribute) {
        return face.get("attributes").get(attribute).asDouble() >= 0.5;
    }
}
