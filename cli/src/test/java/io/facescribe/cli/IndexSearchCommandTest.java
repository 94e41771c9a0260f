package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index and search on the fixture photos: resuming, adding, moving, deleting, and the queries a new user tries. */
class IndexSearchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void indexesResumesMovesAndSearches() throws Exception {
        TestModels.store();
        Path photos = TestData.path("fixtures/photos");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("index");
        Files.copy(photos.resolve("skimage_astronaut.png"), in.resolve("skimage_astronaut.png"));
        Files.copy(photos.resolve("facedetect_grace_hopper_512x512.jpg"), in.resolve("grace.jpg"));

        CliRun first = CliRun.of("index", in.toString(), "-o", out.toString(), "--threads", "2");
        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains("this run added 2 images");

        // a run killed after its records were written but before the index was committed
        try (Stream<Path> files = Files.walk(out.resolve("lucene"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.copy(photos.resolve("vladmandic_faceapi_sample6.jpg"), in.resolve("group.jpg"));
        CliRun resumed = CliRun.of("index", in.toString(), "-o", out.toString(), "--threads", "2");
        assertThat(resumed.exit()).as(resumed.stderr()).isZero();
        assertThat(resumed.stderr()).contains("resuming: 2 analysed images").contains("this run added 3 images");
        assertThat(Files.readAllLines(out.resolve("records.jsonl"))).hasSize(3);

        CliRun again = CliRun.of("index", in.toString(), "-o", out.toString());
        assertThat(again.stderr()).contains("this run added 0 images").contains("3 already indexed");

        CliRun hat = CliRun.of("search", out.toString(), "a woman wearing a hat", "--json", "--top", "3");
        assertThat(hat.exit()).as(hat.stderr()).isZero();
        List<JsonNode> hits = hat.json();
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).has("image") && hits.get(0).has("face") && hits.get(0).has("score")
                && hits.get(0).has("matched") && hits.get(0).has("missed")).isTrue();
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(2).get("score").asDouble());

        CliRun glasses = CliRun.of("search", out.toString(), "a man with glasses and a beard", "--json", "--top", "1");
        assertThat(glasses.json().get(0).get("image").asText()).endsWith("grace.jpg"); // the only face with glasses
        assertThat(glasses.json().get(0).get("matched").toString()).contains("eyeglasses");

        CliRun child = CliRun.of("search", out.toString(), "a smiling child");
        assertThat(child.exit()).isZero();
        assertThat(child.stdout()).contains("smiling, child").contains(" 1. ");

        CliRun tattoo = CliRun.of("search", out.toString(), "a woman with a tattoo");
        assertThat(tattoo.stderr()).contains("'tattoo' is not measured");

        Path queries = tmp.resolve("queries.txt");
        Files.writeString(queries, "a smiling woman\n{\"query\": \"a man\", \"top\": 2}\n");
        List<JsonNode> answers = CliRun.of("search", out.toString(), "--queries", queries.toString()).json();
        assertThat(answers).extracting(a -> a.get("query").asText()).containsExactly("a smiling woman", "a man");
        assertThat(answers.get(1).get("hits")).hasSize(2);

        // a moved file is moved in the index without analysis; a deleted one is reported and its hits marked
        Files.createDirectories(in.resolve("sub"));
        Files.move(in.resolve("skimage_astronaut.png"), in.resolve("sub/astronaut.png"));
        Files.delete(in.resolve("grace.jpg"));
        CliRun moved = CliRun.of("index", in.toString(), "-o", out.toString());
        assertThat(moved.stderr()).contains("moved: " + in.resolve("skimage_astronaut.png"))
                .contains("gone: " + in.resolve("grace.jpg")).contains("1 moved");
        JsonNode gone = CliRun.of("search", out.toString(), "glasses", "--json", "--top", "1").json().get(0);
        assertThat(gone.get("image").asText()).endsWith("grace.jpg");
        assertThat(gone.get("missing").asBoolean()).isTrue();

        assertThat(CliRun.of("search", out.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("search", tmp.resolve("nothing").toString(), "a man").stderr()).contains("no face index");
    }
}
