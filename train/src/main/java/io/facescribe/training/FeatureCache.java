package io.facescribe.training;

import io.facescribe.attributes.AttributeFeatures;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Extracted feature vectors on disk, one file per (data fingerprint, feature version, model package), so that
 * re-training skips the networks. Format: magic, count, dimension, then per item its id and floats.
 */
public final class FeatureCache {

    private static final int MAGIC = 0x46534146; // "FSAF"

    private FeatureCache() {
    }

    /** {@code $FACESCRIBE_HOME/cache} (default {@code ~/.cache/facescribe/cache}). */
    public static Path defaultDir(Path home) {
        return home.resolve("cache");
    }

    public static Path file(Path dir, String dataFingerprint, String modelSpec) {
        String key = sha(dataFingerprint + "|" + AttributeFeatures.VERSION + "|" + modelSpec).substring(0, 16);
        return dir.resolve("celeba-attributes-" + key + ".bin");
    }

    /** A cache file of another kind of vector: {@code prefix-KEY.bin}, the key a hash of the given parts. */
    public static Path file(Path dir, String prefix, String... keyParts) {
        return dir.resolve(prefix + "-" + sha(String.join("|", keyParts)).substring(0, 16) + ".bin");
    }

    public static Optional<Map<String, float[]>> read(Path file) {
        return read(file, AttributeFeatures.SIZE);
    }

    /** The cached vectors, or empty when the file is absent, unreadable or holds vectors of another length. */
    public static Optional<Map<String, float[]>> read(Path file, int expectedDim) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (dim != expectedDim) {
                return Optional.empty();
            }
            Map<String, float[]> out = new LinkedHashMap<>();
            byte[] bytes = new byte[dim * 4];
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                in.readFully(bytes);
                float[] v = new float[dim];
                java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
                out.put(id, v);
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void write(Path file, Map<String, float[]> features) {
        write(file, features, AttributeFeatures.SIZE);
    }

    public static void write(Path file, Map<String, float[]> features, int dim) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".features", ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
                out.writeInt(MAGIC);
                out.writeInt(features.size());
                out.writeInt(dim);
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(dim * 4);
                for (Map.Entry<String, float[]> e : features.entrySet()) {
                    out.writeUTF(e.getKey());
                    buf.clear();
                    buf.asFloatBuffer().put(e.getValue());
                    out.write(buf.array());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feature cache " + file, e);
        }
    }

    /** SHA-256 of a string, hex. */
    public static String sha(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
