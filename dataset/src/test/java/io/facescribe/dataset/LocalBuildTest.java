package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribeConfig;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local engine over real CelebA crops and real bad files: records, filters, determinism, resume. */
class LocalBuildTest {

    static final int FACES = 10;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path input;
    static Path reference;
    static FaceScribeConfig config;

    @BeforeAll
    static void buildOnce() throws Exception {
        input = TestInputs.mixedFolder(shared, FACES);
        config = FaceScribeConfig.defaults().withStore(TestModels.store());
        reference = shared.resolve("reference");
        LocalBuild.run(request(reference, 2), config, quiet());
    }

    static DatasetRequest request(Path out, int threads) {
        BuildOptions options = BuildOptions.defaults().withDescribe(BuildOptions.defaults().describe()
                .withCaptions(2).withSeed(7)).withQa(2);
        Labels labels = Labels.read(TestData.path("celeba/attributes.csv"));
        return new DatasetRequest(List.of(input), out, options, labels, threads, Set.of("jsonl"), false);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static List<String> records(Path out) {
        return TestInputs.lines(out.resolve(RecordLog.FILE));
    }

    static Map<String, JsonNode> byName(Path out) throws Exception {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        for (String line : records(out)) {
            JsonNode r = JSON.readTree(line);
            m.put(r.get("name").asText(), r);
        }
        return m;
    }

    @Test
    void oneRecordPerInputWithWhatWentWrongSaid() throws Exception {
        Map<String, JsonNode> r = byName(reference);
        assertThat(records(reference)).hasSize(FACES + 4);
        assertThat(r.get("faces/truncated.jpg").get("status").asText()).isEqualTo("failed");
        assertThat(r.get("faces/truncated.jpg").get("error").asText()).isNotBlank();
        assertThat(r.get("faces/notes.jpg").get("error").asText()).contains("not an image");
        assertThat(r.get("faces/empty.png").get("status").asText()).isEqualTo("failed");
        assertThat(r.get("faces/wall.png").get("status").asText()).isEqualTo("filtered");
        assertThat(r.get("faces/wall.png").get("reasons").get(0).asText()).isEqualTo("no face");
        List<JsonNode> faces = r.values().stream().filter(n -> n.get("name").asText().startsWith("faces/célèbres/")).toList();
        assertThat(faces).hasSize(FACES);
        Set<Long> seeds = new HashSet<>();
        for (JsonNode n : faces) {
            assertThat(n.get("status").asText()).as(n.get("name").asText()).isIn("kept", "filtered");
            assertThat(n.get("sha256").asText()).hasSize(64);
            assertThat(n.get("labels").get("Smiling").asText()).isIn("1", "-1");
            assertThat(n.get("provenance").get("options").get("captions").asInt()).isEqualTo(2);
            JsonNode face = n.get("faces").get(0);
            assertThat(face.get("captions")).hasSize(2);
            assertThat(face.get("qa")).hasSize(2);
            assertThat(face.get("attributes")).hasSize(40);
            seeds.add(face.get("captions").get(0).get("seed").asLong());
        }
        assertThat(seeds).as("every image has its own seed").hasSize(FACES);
    }

    @Test
    void theSameRecordsWhateverTheThreadCount() throws Exception {
        Path one = shared.resolve("one-thread");
        LocalBuild.run(request(one, 1), config, quiet());
        assertThat(records(one)).isEqualTo(records(reference));
    }

    @Test
    void aKilledRunResumesWithoutDuplicatesOrGaps() throws Exception {
        Path out = shared.resolve("resumed");
        Files.createDirectories(out);
        Files.copy(reference.resolve(RunFolder.RUN_FILE), out.resolve(RunFolder.RUN_FILE));
        List<String> full = records(reference);
        // five complete records and half of the sixth, as a kill -9 in the middle of a write leaves them
        String partial = String.join("\n", full.subList(0, 5)) + "\n" + full.get(5).substring(0, full.get(5).length() / 2);
        Files.writeString(out.resolve(RecordLog.FILE), partial, StandardCharsets.UTF_8);
        BuildSummary s = LocalBuild.run(request(out, 2), config, quiet());
        assertThat(s.resumed()).isEqualTo(5);
        assertThat(s.processed()).isEqualTo(full.size() - 5);
        assertThat(records(out)).isEqualTo(full);
        // a run over a finished folder does nothing and changes nothing
        long size = Files.size(out.resolve(RecordLog.FILE));
        BuildSummary again = LocalBuild.run(request(out, 2), config, quiet());
        assertThat(again.processed()).isZero();
        assertThat(Files.size(out.resolve(RecordLog.FILE))).isEqualTo(size);
    }

    @Test
    void resumingWithOtherOptionsIsRefused() throws Exception {
        Path out = shared.resolve("other-options");
        Files.createDirectories(out);
        Files.copy(reference.resolve(RunFolder.RUN_FILE), out.resolve(RunFolder.RUN_FILE));
        DatasetRequest r = request(out, 1);
        DatasetRequest other = new DatasetRequest(r.inputs(), out, r.options().withSingleFace(true), r.labels(), 1,
                r.formats(), false);
        assertThatThrownBy(() -> LocalBuild.run(other, config, quiet()))
                .hasMessageContaining("singleFace was false, now true");
    }

    @Test
    void singleFaceAndMinimumFaceSizeFilterWithReasons() throws Exception {
        Path out = shared.resolve("filters");
        DatasetRequest r = request(out, 2);
        DatasetRequest strict = new DatasetRequest(r.inputs(), out, r.options().withMinFace(10_000), r.labels(), 2,
                r.formats(), false);
        LocalBuild.run(strict, config, quiet());
        Map<String, JsonNode> recs = byName(out);
        Set<String> reasons = recs.values().stream().filter(n -> n.get("name").asText().contains("célèbres"))
                .map(n -> n.get("reasons").get(0).asText()).collect(Collectors.toSet());
        assertThat(reasons).containsExactly("face smaller than 10000 px");
    }

}
