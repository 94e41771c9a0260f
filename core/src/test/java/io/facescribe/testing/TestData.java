package io.facescribe.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Finds the research data through {@code FACESCRIBE_DATA} (default {@code ../shared/datasets}); skips when absent. */
public final class TestData {

    private TestData() {
    }

    public static Path projectRoot() {
        String root = System.getProperty("facescribe.project.root");
        if (root != null) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    /** The data folder, or a skipped test with a one-line reason. */
    public static Path dir() {
        String env = System.getenv("FACESCRIBE_DATA");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : projectRoot().resolve("../shared/datasets").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "research data not found at " + dir + " (set FACESCRIBE_DATA); skipping");
        return dir;
    }

    /** A file or folder inside the data folder, or a skipped test when it is missing. */
    public static Path path(String relative) {
        Path p = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), relative + " not found in " + dir() + "; skipping");
        return p;
    }
}
