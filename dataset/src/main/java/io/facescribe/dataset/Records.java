package io.facescribe.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Streams the records of an output folder (never all in memory). */
public final class Records {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    /** The records of {@code dir/records.jsonl}, in file order; close the stream when done. */
    public static Stream<ObjectNode> stream(Path dir) {
        Path file = dir.resolve(RecordLog.FILE);
        if (!Files.exists(file)) {
            return Stream.empty();
        }
        try {
            BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return in.lines().filter(l -> !l.isBlank()).map(Records::parse).onClose(() -> {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a record line: " + e.getOriginalMessage(), e);
        }
    }

    /** Whether a record is kept for training (not filtered, not failed). */
    public static boolean kept(ObjectNode r) {
        return RecordMaker.KEPT.equals(r.path("status").asText());
    }
}
