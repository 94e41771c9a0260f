package io.facescribe.accuracy;

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
 * as no label). Made by looking at the faces; see the README beside the file.
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
                if (p.length == 4) {
                    rows.put(p[0] + ".jpg", new Row(value(p[1]), value(p[2]), value(p[3])));
                }
            }
            return new LooksLabels(Map.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read looks labels " + file + ": " + e.getMessage(), e);
        }
    }

    private static String value(String v) {
        return v.isBlank() || v.equals("unsure") ? null : v;
    }
}
