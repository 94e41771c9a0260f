package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribeConfig;
import io.facescribe.testing.TestModels;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export, read back the way its trainer reads it, from a real build over CelebA crops and bad files. */
class ExportsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int FACES = 6;

    @TempDir
    static Path dir;
    static Path out;
    static List<JsonNode> kept = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path input = TestInputs.mixedFolder(dir, FACES);
        out = dir.resolve("out");
        BuildOptions options = BuildOptions.defaults().withDescribe(BuildOptions.defaults().describe().withCaptions(3));
        DatasetRequest request = new DatasetRequest(List.of(input), out, options, Labels.none(), 2,
                Set.of("jsonl", "diffusers", "kohya", "parquet", "wds"), false);
        DatasetBuild.run(request, FaceScribeConfig.defaults().withStore(TestModels.store()), null, false,
                LocalBuildTest.quiet());
        for (String line : TestInputs.lines(out.resolve(RecordLog.FILE))) {
            JsonNode r = JSON.readTree(line);
            if (r.get("status").asText().equals("kept")) {
                kept.add(r);
            }
        }
        assertThat(kept).hasSizeGreaterThanOrEqualTo(FACES - 1);
    }

    @Test
    void diffusersMetadataNamesImagesBesideItWithTheCaptionsAsAList() throws Exception {
        List<String> lines = TestInputs.lines(out.resolve("diffusers/metadata.jsonl"));
        assertThat(lines).hasSize(kept.size());
        for (String line : lines) {
            JsonNode m = JSON.readTree(line);
            Path image = out.resolve("diffusers").resolve(m.get("file_name").asText());
            assertThat(ImageIO.read(image.toFile())).as(image.toString()).isNotNull();
            assertThat(m.get("text").isArray()).isTrue();
            assertThat(m.get("text")).hasSize(3);
            m.get("text").forEach(t -> assertThat(t.asText()).isNotBlank());
        }
    }

    @Test
    void kohyaHasATextSidecarBesideEveryImage() throws Exception {
        Path subset = out.resolve("kohya/1_face");
        try (Stream<Path> files = Files.list(subset)) {
            List<Path> images = files.filter(p -> p.toString().endsWith(".jpg")).toList();
            assertThat(images).hasSize(kept.size());
            for (Path image : images) {
                String stem = image.getFileName().toString().replace(".jpg", "");
                List<String> captions = TestInputs.lines(subset.resolve(stem + ".txt"));
                assertThat(captions).hasSize(3).allSatisfy(c -> assertThat(c).isNotBlank());
                assertThat(stem).startsWith("faces__célèbres__");
            }
        }
    }

    @Test
    void parquetHasOneRowPerFaceWithAttributeColumns() throws Exception {
        int faces = kept.stream().mapToInt(r -> r.get("faces").size()).sum();
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(out.resolve("faces.parquet").toUri())).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        assertThat(rows).hasSize(faces);
        Map<String, JsonNode> byPath = new HashMap<>();
        kept.forEach(r -> byPath.put(r.get("path").asText(), r));
        for (Group g : rows) {
            JsonNode r = byPath.get(g.getString("path", 0));
            JsonNode face = r.get("faces").get(g.getInteger("face", 0));
            assertThat(g.getString("gender", 0)).isEqualTo(face.get("gender").get("label").asText());
            assertThat(g.getDouble("Smiling", 0)).isEqualTo(face.get("attributes").get("Smiling").asDouble());
            assertThat(g.getString("caption", 0)).isEqualTo(face.get("captions").get(0).get("text").asText());
            assertThat(g.getGroup("captions", 0).getFieldRepetitionCount("list")).isEqualTo(3);
        }
        assertThat(rows.get(0).getType().getFieldCount()).isGreaterThanOrEqualTo(40 + 30);
    }

    @Test
    void webDatasetShardsHoldImageJsonAndTextPerSample() throws Exception {
        Map<String, List<String>> byKey = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                Files.newInputStream(out.resolve("wds/faces-000000.tar")))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName();
                String key = name.substring(0, name.indexOf('.'));
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(name.substring(name.indexOf('.')));
                byte[] bytes = tar.readAllBytes();
                if (name.endsWith(".jpg")) {
                    assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).isNotNull();
                } else if (name.endsWith(".json")) {
                    assertThat(JSON.readTree(bytes).get("status").asText()).isEqualTo("kept");
                }
            }
        }
        assertThat(byKey).hasSize(kept.size());
        byKey.values().forEach(exts -> assertThat(exts).containsExactlyInAnyOrder(".jpg", ".json", ".txt"));
    }

    @Test
    void exportsLeaveNoTemporaryFilesBehind() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }
}
