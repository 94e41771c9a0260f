package io.facescribe.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CelebaSmokeTest {
    @TempDir
    Path dir;

    @Test
    void smoke() throws Exception {
        Path records = Path.of("/tmp/search-work/celeba/records.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(records));
        ObjectMapper json = new ObjectMapper();
        try (FaceIndex idx = FaceIndex.open(dir)) {
            RecordImages ri = new RecordImages(idx.traits());
            List<String> lines = Files.readAllLines(records);
            long t = System.nanoTime();
            for (String l : lines) {
                idx.add(ri.image(json.readTree(l), Path.of("/")));
            }
            idx.commit();
            System.out.printf("indexed %d in %.1f s%n", lines.size(), (System.nanoTime() - t) / 1e9);
            for (String q : List.of("a woman wearing a hat", "a man with glasses and a beard", "a smiling child",
                    "blond woman without glasses", "an old man with a tattoo", "bald man")) {
                SearchResult r = idx.search(q, 3);
                System.out.println(q + " -> " + r.query().traits() + " notes " + r.notes() + " " + r.millis() + " ms");
                r.hits().forEach(h -> System.out.println("   " + h));
            }
        }
    }
}
