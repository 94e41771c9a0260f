package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.facescribe.dataset.AtomicFiles;

/**
 * A kohya-ss (sd-scripts) caption folder: {@code kohya/<repeats>_<name>/} holds each kept image with a
 * same-named caption sidecar. The folder name is sd-scripts' {@code N_name} convention: N repeats per epoch,
 * then the trigger word and class ({@code 10_ohwx face}) or the class alone ({@code 1_face}). Names are
 * flattened ({@code a/b.jpg} becomes {@code a__b.jpg}). With several captions per image the sidecar has one
 * per line: sd-scripts then picks one line per step when run with {@code --enable_wildcard}. The export is
 * rebuilt whole; a caption file the previous export held for an image is kept, overwritten or appended to
 * ({@link ExportOptions#existing}).
 */
final class KohyaExport implements Export {

    static final String FOLDER = "kohya";

    private final ExportOptions options;
    private final String trigger;

    /** @param trigger the captions' trigger word, named in the folder, or null */
    KohyaExport(ExportOptions options, String trigger) {
        this.options = options;
        this.trigger = trigger;
        options.kohyaFolder(trigger);
    }

    @Override
    public String format() {
        return "kohya";
    }

    @Override
    public long write(Path dir) throws IOException {
        Path target = dir.resolve(FOLDER);
        Path tmp = AtomicFiles.temporary(target);
        Path subset = tmp.resolve(options.kohyaFolder(trigger));
        Files.createDirectories(subset);
        SidecarWriter sidecars = new SidecarWriter(options, target);
        long n;
        try (ImageLinks links = new ImageLinks()) {
            n = Export.eachCaptioned(dir, (r, captions) -> {
                String name = r.get("name").asText();
                String stem = Export.flatStem(name);
                links.place(r.get("path").asText(), subset.resolve(stem + Export.extension(name)));
                sidecars.write(subset, stem, captions);
            });
        }
        AtomicFiles.commit(tmp, target);
        return n;
    }
}
