package io.facescribe.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Access to the pycocoevalcap golden vectors in {@code $FACESCRIBE_DATA/../goldens/metrics}
 * (FACESCRIBE_DATA defaults to {@code ../shared/datasets} from the project root). Tests skip when absent.
 */
public final class Goldens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Goldens() {}

    public static Path dataDir() {
        String env = System.getenv("FACESCRIBE_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        String root = System.getProperty("facescribe.project.root");
        if (root != null) return Path.of(root).resolve("../shared/datasets").normalize();
        String fallback = System.getenv("FACESCRIBE_DATA_DEFAULT");
        if (fallback != null) return Path.of(fallback);
        return Path.of("../shared/datasets").toAbsolutePath().normalize();
    }

    public static Path metricsDir() {
        return dataDir().resolve("../goldens/metrics").normalize();
    }

    /** Reads a golden file, or skips the calling test (one-line reason) when it is not there. */
    public static JsonNode load(String file) {
        Path p = metricsDir().resolve(file);
        assumeTrue(Files.isRegularFile(p), "golden file " + p + " not found (set FACESCRIBE_DATA); skipping");
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> cases(String file) {
        List<JsonNode> out = new ArrayList<>();
        load(file).get("cases").forEach(out::add);
        return out;
    }

    public static Map<String, List<String>> refs(JsonNode node) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> l = new ArrayList<>();
            e.getValue().forEach(v -> l.add(v.asText()));
            m.put(e.getKey(), l);
        });
        return m;
    }

    public static Map<String, String> cands(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    /** Relative comparison at 1e-9; an expected 0 must be exactly 0. */
    public static void assertClose(String what, double actual, double expected) {
        if (expected == 0) {
            assertThat(actual).as(what).isEqualTo(0.0);
        } else {
            assertThat(Math.abs(actual - expected) / Math.abs(expected))
                    .as("%s: actual %s expected %s", what, actual, expected).isLessThanOrEqualTo(1e-9);
        }
    }
}
