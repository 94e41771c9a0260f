package io.facescribe.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private CocoFormats() {}

    public static Corpus readCorpus(Path references, Path candidates) {
        return Corpus.of(readReferences(references), readCandidates(candidates));
    }

    /** Reads both files (concurrently) into a corpus. */
    public static Corpus readCorpusConcurrently(Path references, Path candidates) {
        java.util.concurrent.CompletableFuture<Map<String, String>> cands =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> readCandidates(candidates));
        Map<String, List<String>> refs = readReferences(references);
        try {
            return Corpus.of(refs, cands.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    public static Map<String, List<String>> readReferences(Path file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (JsonParser p = open(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, "expected COCO annotations {\"annotations\":[…]} or a map {\"image_id\":[\"ref\",…]}");
            }
            boolean coco = false;
            Map<String, List<String>> map = new LinkedHashMap<>();
            Map<String, String> problems = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken t = p.nextToken();
                if (field.equals("annotations") && t == JsonToken.START_ARRAY) {
                    coco = true;
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Record r = record(file, p, "annotations", i++);
                        if (r.caption.isBlank()) throw bad(file, "annotations[" + (i - 1) + "] is an empty reference caption");
                        out.computeIfAbsent(r.imageId, k -> new ArrayList<>()).add(r.caption);
                    }
                } else if (t == JsonToken.START_ARRAY) { // map form; other COCO fields ("images"…) are ignored
                    List<String> refs = new ArrayList<>();
                    String problem = null;
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int index = i++;
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            p.skipChildren();
                            problem = "image " + field + " reference " + index + ": caption must be a string";
                        } else if (p.getText().isBlank()) {
                            problem = "image " + field + " reference " + index + " is an empty reference caption";
                        } else {
                            refs.add(p.getText());
                        }
                    }
                    if (refs.isEmpty() && problem == null) problem = "image " + field + " has no reference caption";
                    map.put(field, problem == null ? refs : null);
                    if (problem != null) problems.put(field, problem);
                } else if (t == JsonToken.VALUE_STRING) {
                    map.put(field, new ArrayList<>(List.of(reference(file, p, "image " + field))));
                } else {
                    p.skipChildren();
                    map.put(field, null);
                    problems.put(field, "image " + field + ": references must be a list of strings");
                }
            }
            if (!coco) {
                if (!problems.isEmpty()) throw bad(file, problems.values().iterator().next());
                out = map;
            }
        } catch (IOException e) {
            throw io(file, e);
        }
        if (out.isEmpty()) throw bad(file, "no reference captions");
        return out;
    }

    public static Map<String, String> readCandidates(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser p = open(file)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Record r = record(file, p, "", i++);
                    if (out.put(r.imageId, r.caption) != null) throw bad(file, "image " + r.imageId + " has more than one candidate caption");
                }
            } else if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.getCurrentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.START_ARRAY) {
                        List<String> list = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) list.add(text(file, p, "image " + id));
                        if (list.size() != 1) throw bad(file, "image " + id + " must have exactly one candidate caption, has " + list.size());
                        out.put(id, list.get(0));
                    } else {
                        out.put(id, text(file, p, "image " + id));
                    }
                }
            } else {
                throw bad(file, "expected COCO results [{\"image_id\":…,\"caption\":…}] or a map {\"image_id\":\"caption\"}");
            }
        } catch (IOException e) {
            throw io(file, e);
        }
        if (out.isEmpty()) throw bad(file, "no candidate captions");
        return out;
    }

    private record Record(String imageId, String caption) {}

    /** One {"image_id":…, "caption":…, …} object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    private static Record record(Path file, JsonParser p, String array, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw bad(file, array + "[" + index + "] is not an object");
        String id = null;
        String caption = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken t = p.nextToken();
            if (field.equals("image_id")) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) id = p.getText();
                else throw bad(file, array + "[" + index + "].image_id must be a number or a string");
            } else if (field.equals("caption")) {
                if (p.currentToken() == JsonToken.VALUE_STRING) caption = p.getText();
                else caption = text(file, p, array + "[" + index + "].caption");
            } else {
                p.skipChildren();
            }
        }
        if (id == null) throw bad(file, array + "[" + index + "] has no image_id");
        if (caption == null) throw bad(file, array + "[" + index + "] has no caption");
        return new Record(id, caption);
    }

    private static String reference(Path file, JsonParser p, String where) throws IOException {
        String s = text(file, p, where);
        if (s.isBlank()) throw bad(file, where + " is an empty reference caption");
        return s;
    }

    private static String text(Path file, JsonParser p, String where) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) throw bad(file, where + " has no caption");
        if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            throw bad(file, where + ": caption must be a string");
        }
        return p.getText();
    }

    private static JsonParser open(Path file) {
        try {
            return JSON_FACTORY.createParser(file.toFile());
        } catch (IOException e) {
            throw io(file, e);
        }
    }

    private static InvalidInputException io(Path file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            return bad(file, "malformed JSON: " + j.getOriginalMessage()
                    + (j.getLocation() != null ? " at line " + j.getLocation().getLineNr() + " column " + j.getLocation().getColumnNr() : ""));
        }
        if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            return new InvalidInputException(file + ": no such file");
        }
        return new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
    }

    private static InvalidInputException bad(Path file, String message) {
        return new InvalidInputException(file + ": " + message);
    }
}
