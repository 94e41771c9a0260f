package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribeConfig;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trainer exports of group photos from the detection fixtures: the whole photo is captioned (every person, left to
 * right), a one-face photo keeps its face's caption, and the summary and card count the group photos.
 */
class GroupPhotoExportsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path out;
    static BuildSummary summary;
    static String log;

    @BeforeAll
    static void build() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("010_2.jpg", "012_4.jpg")) {
            Files.copy(TestData.path("fixtures/detection/" + name), input.resolve(name));
        }
        Files.copy(TestData.path("fixtures/photos/skimage_astronaut.png"), input.resolve("astronaut.png"));
        out = dir.resolve("out");
        BuildOptions options = BuildOptions.defaults().withDescribe(BuildOptions.defaults().describe().withCaptions(2));
        DatasetRequest request = new DatasetRequest(List.of(input), out, options, Labels.none(), 2,
                Set.of("jsonl", "diffusers", "kohya", "wds"), false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary = DatasetBuild.run(request, FaceScribeConfig.defaults().withStore(TestModels.store()), null, true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        log = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void kohyaAndDiffusersCaptionTheWholePhoto() throws Exception {
        Path subset = out.resolve("kohya/1_face");
        List<String> two = Files.readAllLines(sidecar(subset, "010_2.txt"));
        assertThat(two).hasSize(2);
        two.forEach(c -> assertThat(c).startsWith("Two people: on the left ").contains(" on the right "));
        List<String> four = Files.readAllLines(sidecar(subset, "012_4.txt"));
        four.forEach(c -> assertThat(c).startsWith("Four people, from left to right: "));
        List<String> one = Files.readAllLines(sidecar(subset, "astronaut.txt"));
        one.forEach(c -> assertThat(c).doesNotContain("people"));
        for (String line : TestInputs.lines(out.resolve("diffusers/metadata.jsonl"))) {
            JsonNode m = JSON.readTree(line);
            String first = m.get("text").get(0).asText();
            if (m.get("file_name").asText().endsWith("010_2.jpg")) {
                assertThat(first).isEqualTo(two.get(0));
            }
        }
    }

    /** The sidecar whose name ends with this (names are flattened with their folders). */
    private static Path sidecar(Path subset, String end) throws Exception {
        try (var files = Files.list(subset)) {
            List<Path> all = files.toList();
            return all.stream().filter(p -> p.getFileName().toString().endsWith(end)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sidecar *" + end + " among " + all));
        }
    }

    @Test
    void recordsKeepEveryFaceAndThePhotoCaptions() throws Exception {
        for (String line : TestInputs.lines(out.resolve(RecordLog.FILE))) {
            JsonNode r = JSON.readTree(line);
            boolean group = r.get("faces").size() > 1;
            assertThat(r.path("photo").path("captions").size()).as(r.get("name").asText()).isEqualTo(group ? 2 : 0);
            r.get("faces").forEach(f -> assertThat(f.get("captions")).hasSize(2));
        }
    }

    @Test
    void summaryAndCardCountTheGroupPhotos() throws Exception {
        assertThat(summary.toJson(JSON).get("groupPhotos").asInt()).isEqualTo(2);
        assertThat(summary.text()).contains("2 kept images have two faces or more");
        String card = Files.readString(out.resolve("card.md"));
        assertThat(card).contains("kept images captioned as a whole photo").contains("2 kept images hold two faces");
    }
}
