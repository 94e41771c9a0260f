package io.facescribe.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files and folders that appear whole or not at all: written beside their place, then moved into it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A temporary sibling of {@code target} to write into before {@link #commit}. */
    public static Path temporary(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
    }

    public static void writeString(Path target, String text) {
        try {
            write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Writes a whole file: into a temporary sibling, then moved over the target (the temporary never stays). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = temporary(target);
        try {
            Files.write(tmp, bytes);
            commit(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves a finished temporary file or folder into place, replacing what was there. */
    public static void commit(Path tmp, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            Path old = temporary(target);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            move(tmp, target);
            deleteTree(old);
        } else {
            move(tmp, target);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
