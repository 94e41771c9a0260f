package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes caption sidecar files ({@code NAME.txt} or {@code NAME.caption} beside {@code NAME.jpg}, one caption
 * per line) into a new export folder, deciding from the export it replaces what becomes of a caption file
 * already there: kept as it is, overwritten, or the new captions appended to it.
 */
final class SidecarWriter {

    private final ExportOptions options;
    private final Path previous;

    /**
     * @param previous the export folder being replaced (may not exist); its sidecars are looked for in the
     *                 folder of the same name first, then in its other folders (a changed {@code N_name})
     */
    SidecarWriter(ExportOptions options, Path previous) {
        this.options = options;
        this.previous = previous;
    }

    /** Writes the sidecar of {@code stem} into {@code folder} (inside the new export). */
    void write(Path folder, String stem, List<String> captions) throws IOException {
        String name = stem + options.captionExtension();
        Optional<Path> old = existing(folder.getFileName().toString(), name);
        List<String> lines = captions;
        if (old.isPresent() && options.existing() != ExportOptions.Existing.OVERWRITE) {
            List<String> before = Files.readAllLines(old.get(), StandardCharsets.UTF_8);
            if (options.existing() == ExportOptions.Existing.KEEP) {
                Files.copy(old.get(), folder.resolve(name));
                return;
            }
            Set<String> all = new LinkedHashSet<>(before);
            all.addAll(captions);
            lines = new ArrayList<>(all);
        }
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Optional<Path> existing(String folderName, String name) throws IOException {
        if (!Files.isDirectory(previous)) {
            return Optional.empty();
        }
        Path same = previous.resolve(folderName).resolve(name);
        if (Files.isRegularFile(same)) {
            return Optional.of(same);
        }
        try (Stream<Path> folders = Files.list(previous)) {
            return folders.filter(Files::isDirectory).sorted().map(f -> f.resolve(name)).filter(Files::isRegularFile)
                    .findFirst();
        }
    }
}
