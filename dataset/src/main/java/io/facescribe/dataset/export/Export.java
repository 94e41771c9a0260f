package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.dataset.Records;

/**
 * An export of a build's kept records for a trainer. Each reads {@code records.jsonl} as a stream and
 * writes its output beside it whole or not at all (into a temporary sibling, moved into place at the end).
 */
public interface Export {

    /** The format's name on the command line. */
    String format();

    /** Writes the export under {@code dir}; returns how many items it wrote. */
    long write(Path dir) throws IOException;

    /** Every export, by format name, with the default options and no trigger word. */
    static Map<String, Export> all() {
        return all(ExportOptions.defaults(), null);
    }

    /** Every export, by format name; {@code trigger} (or null) is the captions' trigger word. */
    static Map<String, Export> all(ExportOptions options, String trigger) {
        return Map.of("diffusers", new DiffusersExport(), "kohya", new KohyaExport(options, trigger),
                "parquet", new ParquetExport(), "wds", new WebDatasetExport());
    }

    /** What an export does with one kept record that has captions. */
    @FunctionalInterface
    interface Captioned {
        void accept(ObjectNode record, List<String> captions) throws IOException;
    }

    /**
     * Hands every kept record that has captions ({@link #captions}) to {@code action}, in file order, streaming;
     * returns how many it handed on.
     */
    static long eachCaptioned(Path dir, Captioned action) throws IOException {
        long n = 0;
        try (Stream<ObjectNode> records = Records.stream(dir)) {
            Iterator<ObjectNode> it = records.filter(Records::kept).iterator();
            while (it.hasNext()) {
                ObjectNode r = it.next();
                List<String> captions = captions(r);
                if (!captions.isEmpty()) {
                    action.accept(r, captions);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The captions a trainer gets for a record, in order: of the whole photo when it has two kept faces or more
     * ({@code photo.captions}: every person, left to right), else of its main (largest) face.
     */
    static List<String> captions(ObjectNode record) {
        List<String> photo = java.util.stream.StreamSupport.stream(
                        record.path("photo").path("captions").spliterator(), false)
                .map(c -> c.path("text").asText()).filter(t -> !t.isBlank()).toList();
        if (!photo.isEmpty()) {
            return photo;
        }
        JsonNode faces = record.path("faces");
        if (faces.size() == 0) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(faces.get(0).path("captions").spliterator(), false)
                .map(c -> c.path("text").asText()).filter(t -> !t.isBlank()).toList();
    }

    /** A flat, safe file stem for a record's name: folders joined by "__", unsafe characters replaced. */
    static String flatStem(String name) {
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return stem.replace("/", "__").replaceAll("[\\\\:*?\"<>|\\x00-\\x1f]", "_");
    }

    /** The extension of a record's name, with its dot (".jpg"), or "" . */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') && dot >= 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
