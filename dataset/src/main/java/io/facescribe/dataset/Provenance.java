package io.facescribe.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.model.ModelPackage;

/**
 * Where a data set's records came from: FaceScribe's version, the model package and a fingerprint of its
 * pinned file hashes, fingerprints of our own trained files (attribute and demographic heads), the options
 * and the seed. The same block goes in every record and in {@code run.json}.
 */
public final class Provenance {

    /** Our trained files that shape the measurements (those present on the class path are fingerprinted). */
    static final List<String> TRAINED_FILES = List.of("io/facescribe/attributes/heads.json",
            "io/facescribe/analysis/demographics.json");

    private Provenance() {
    }

    public static ObjectNode of(BuildOptions options, ObjectMapper json) {
        ObjectNode p = json.createObjectNode();
        String version = Provenance.class.getPackage().getImplementationVersion();
        p.put("facescribe", version == null ? "development build" : version);
        ModelPackage models = ModelPackage.humanModels();
        p.put("models", models.npmSpec());
        p.put("modelsFingerprint", "sha256:" + fingerprint(new TreeMap<>(models.sha256()).toString()
                .getBytes(StandardCharsets.UTF_8)));
        ObjectNode trained = p.putObject("trainedFiles");
        for (String resource : TRAINED_FILES) {
            try (InputStream in = FaceScribe.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    trained.put(resource.substring(resource.lastIndexOf('/') + 1), "sha256:" + fingerprint(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        p.set("options", json.valueToTree(options.describeForProvenance()));
        p.put("seed", options.seed());
        return p;
    }

    static String fingerprint(byte[] bytes) {
        return Hashes.sha256(bytes).substring(0, 16);
    }
}
