package io.facescribe.dataset.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.facescribe.dataset.AtomicFiles;

/**
 * A kohya-ss (sd-scripts) caption folder: {@code kohya/1_face/} holds each kept image with a same-named
 * {@code .txt} sidecar (the folder name is sd-scripts' "repeats_concept" convention). Names are flattened
 * ({@code a/b.jpg} becomes {@code a__b.jpg}). With several captions per image the sidecar has one per
 * line: sd-scripts then picks one line per step when run with {@code --enable_wildcard}.
 */
final class KohyaExport implements Export {

    static final String FOLDER = "kohya";
    static final String SUBSET = "1_face";

    @Override
    public String format() {
        return "kohya";
    }

    @Override
    public long write(Path dir) throws IOException {
        Path target = dir.resolve(FOLDER);
        Path tmp = AtomicFiles.temporary(target);
        Path subset = tmp.resolve(SUBSET);
        Files.createDirectories(subset);
        long n;
        try (ImageLinks links = new ImageLinks()) {
            n = Export.eachCaptioned(dir, (r, captions) -> {
                String name = r.get("name").asText();
                String stem = Export.flatStem(name);
                links.place(r.get("path").asText(), subset.resolve(stem + Export.extension(name)));
                Files.writeString(subset.resolve(stem + ".txt"), String.join("\n", captions) + "\n",
                        StandardCharsets.UTF_8);
            });
        }
        AtomicFiles.commit(tmp, target);
        return n;
    }
}
