package io.facescribe.dataset.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.dataset.AtomicFiles;

/**
 * A Hugging Face {@code imagefolder} for diffusers' text-to-image scripts: {@code diffusers/} holds the
 * kept images (under their names) and {@code metadata.jsonl} with {@code file_name} and {@code text} — a
 * string, or a list when there are several captions per image (the captions of the whole photo when it has two kept faces or more, else of its largest face).
 */
final class DiffusersExport implements Export {

    static final String FOLDER = "diffusers";

    @Override
    public String format() {
        return "diffusers";
    }

    @Override
    public long write(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path target = dir.resolve(FOLDER);
        Path tmp = AtomicFiles.temporary(target);
        long n;
        try (ImageLinks links = new ImageLinks();
             BufferedWriter meta = Files.newBufferedWriter(createParent(tmp.resolve("metadata.jsonl")), StandardCharsets.UTF_8)) {
            n = Export.eachCaptioned(dir, (r, captions) -> {
                String fileName = r.get("name").asText();
                links.place(r.get("path").asText(), tmp.resolve(fileName));
                ObjectNode line = json.createObjectNode();
                line.put("file_name", fileName);
                if (captions.size() == 1) {
                    line.put("text", captions.get(0));
                } else {
                    line.set("text", json.valueToTree(captions));
                }
                meta.write(line.toString());
                meta.write('\n');
            });
        }
        AtomicFiles.commit(tmp, target);
        return n;
    }

    static Path createParent(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return p;
    }
}
