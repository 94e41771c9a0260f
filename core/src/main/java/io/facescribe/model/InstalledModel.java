package io.facescribe.model;

import java.nio.file.Path;

/** One file of the model store and its state. */
public record InstalledModel(String file, Path path, String expectedSha256, Status status) {
    public enum Status { OK, MISSING, CORRUPT }
}
