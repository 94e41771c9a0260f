package io.facescribe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;


/** Shared by the accuracy and train commands: where the development data is, and writing a file atomically. */
final class DevelopmentRun {

    private DevelopmentRun() {
    }

    static Path dataDir(Path given) {
        if (given != null) {
            return given;
        }
        String env = System.getenv("FACESCRIBE_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/datasets");
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".tmp", ".part");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
