package io.facescribe.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

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

    /** Weights as they are stored in head files: little-endian float32, Base64. */
    public static String encode(double[] w) {
        ByteBuffer b = ByteBuffer.allocate(w.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : w) {
            b.putFloat((float) v);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    public static float[] decode(String base64) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
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
