package io.facescribe.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reading and writing our trained head files (JSON with their provenance), for every kind of head. */
public final class HeadFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadFiles() {
    }

    public static <T> T read(Path path, Class<T> type, String what) {
        try (InputStream in = Files.newInputStream(path)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + path, e);
        }
    }

    /** Writes {@code file} as indented JSON, creating the folder. */
    public static void write(Path path, Object file) {
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Files.writeString(path, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(file) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
