package io.facescribe.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own labels of eye colour, hair length and face shape for CelebA validation faces
 * ({@code id,eye_colour,hair_length,face_shape}; {@code unsure} where the picture does not allow a call, read
 * as no label; blank where not labelled). Made by looking at the faces; see the README beside the file. An id
 * is an image's file name; a CelebA id may leave out its {@code .jpg}.
 */
public record LooksLabels(Map<String, Row> rows) {

    /** One face's labels; null where the annotator was unsure. */
    public record Row(String eyeColour, String hairLength, String faceShape) {
    }

    public static LooksLabels read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).trim().equals("id,eye_colour,hair_length,face_shape")) {
                throw new IllegalArgumentException(file + ": expected the header id,eye_colour,hair_length,face_shape");
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.trim().split(",");
                if (p.length >= 2) {
                    String id = p[0].contains(".") ? p[0] : p[0] + ".jpg";
                    rows.put(id, new Row(value(p[1]), p.length > 2 ? value(p[2]) : null, p.length > 3 ? value(p[3]) : null));
                }
            }
            return new LooksLabels(Map.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read looks labels " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The image files of these ids in a folder, in the ids' order: the file named as the id, else the one whose
     * name holds {@code _<id without .jpg>.} (a UTKFace crop by the time stamp that ends its name).
     *
     * @throws IllegalArgumentException naming an id no file or several files match
     */
    public static Map<String, Path> images(List<String> ids, Path dir) {
        List<String> names;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        Map<String, Path> out = new LinkedHashMap<>();
        for (String id : ids) {
            String stem = id.endsWith(".jpg") ? id.substring(0, id.length() - 4) : id;
            List<String> match = names.contains(id) ? List.of(id)
                    : names.stream().filter(n -> n.contains("_" + stem + ".")).toList();
            if (match.size() != 1) {
                throw new IllegalArgumentException((match.isEmpty() ? "no image" : "several images") + " in " + dir
                        + " for the labelled id " + id);
            }
            out.put(id, dir.resolve(match.get(0)));
        }
        return out;
    }

    private static String value(String v) {
        return v.isBlank() || v.equals("unsure") ? null : v;
    }
}
