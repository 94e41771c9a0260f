package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.facescribe.dataset.ImageBytes;

/**
 * Puts a record's image into an export folder: a hard link to the input file when the file system allows
 * (no copy of a large data set), a copy otherwise; a tar member is written out.
 */
final class ImageLinks implements AutoCloseable {

    private final ImageBytes bytes = new ImageBytes();
    private boolean linksWork = true;

    void place(String path, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (!path.contains(".tar#")) {
            Path source = Path.of(path);
            if (linksWork) {
                try {
                    Files.createLink(target, source);
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    linksWork = false;
                }
            }
            Files.copy(source, target);
            return;
        }
        Files.write(target, bytes.read(path));
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
