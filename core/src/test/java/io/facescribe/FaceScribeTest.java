package io.facescribe;

import static io.facescribe.image.TestImages.concat;
import static io.facescribe.image.TestImages.fixture;
import static io.facescribe.image.TestImages.ihdr;
import static io.facescribe.image.TestImages.pngChunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ErrorCode;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.ImageDescription;
import io.facescribe.image.TestImages;
import io.facescribe.json.Json;
import io.facescribe.model.ModelStore;
import io.facescribe.model.ModelStoreException;
import io.facescribe.qa.ImageAnswer;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point as a Java user meets it: analyse, describe and ask, from paths and bytes, and typed failures. */
class FaceScribeTest {

    private static FaceScribe fs;
    private static final byte[] HOPPER = fixture("grace_hopper_512x512.jpg");
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults();

    @BeforeAll
    static void load() {
        fs = FaceScribe.create(FaceScribeConfig.defaults().withStore(TestModels.store()));
    }

    @AfterAll
    static void close() {
        fs.close();
    }

    @Test
    void describesAndAnswersFromBytesAndPaths(@TempDir Path dir) throws Exception {
        ImageDescription d = fs.describe(HOPPER, "hopper.jpg", OPTIONS, DescribeOptions.defaults().withCaptions(3));
        assertThat(d.analysis().ok()).isTrue();
        assertThat(d.faces()).hasSize(1);
        assertThat(d.faces().get(0).captions()).hasSize(3)
                .allSatisfy(c -> assertThat(c.guard().ok()).as(c.text()).isTrue());
        assertThat(d.faces().get(0).captions().stream().map(c -> c.text()).distinct()).hasSize(3);

        Path file = Files.write(dir.resolve("hopper.jpg"), HOPPER);
        ImageDescription fromPath = fs.describe(file, DescribeOptions.defaults().withCaptions(3));
        assertThat(fromPath.faces().get(0).captions()).isEqualTo(d.faces().get(0).captions());

        ImageAnswer glasses = fs.ask(HOPPER, "hopper.jpg", OPTIONS, "Is she wearing glasses?");
        assertThat(glasses.answer().supported()).isTrue();
        assertThat(glasses.answer().text()).startsWith("Yes");
        ImageAnswer count = fs.ask(file, "How many people are there?");
        assertThat(count.answer().text()).isEqualTo("There is one face in this photo.");
    }

    @Test
    void recordsKeepMeasuredValuesAndJsonRoundsThem() {
        ImageAnalysis a = fs.analyze(HOPPER, "hopper.jpg", OPTIONS);
        FaceAnalysis face = a.faces().get(0);
        JsonNode json = Json.tree(a).get("faces").get(0);
        assertThat(json.get("score").asDouble()).isEqualTo(Math.round(face.score() * 10_000) / 10_000d);
        assertThat(json.get("keypoints").get(0).get(0).asDouble())
                .isEqualTo(Math.round(face.keypoints().get(0).x() * 10) / 10d);
        assertThat(json.get("keypoints").get(0)).hasSize(2);
        // the values as measured, not as written: at least one of these carries more than the written decimals
        double[] raw = {face.score(), face.gender().confidence(), face.age().years(), face.keypoints().get(0).x()};
        assertThat(Arrays.stream(raw).anyMatch(v -> v * 10_000 != Math.rint(v * 10_000))).isTrue();
        assertThat(Json.tree(a).get("errorCode").isNull()).isTrue();
    }

    @Test
    void failuresAreTypedAndNeverThrow(@TempDir Path dir) throws Exception {
        byte[] truncated = Arrays.copyOf(HOPPER, HOPPER.length / 3);
        byte[] hugeHeader = concat(TestImages.PNG_SIGNATURE, pngChunk("IHDR", ihdr(50_000, 50_000, 8, 2)),
                pngChunk("IDAT", new byte[16]), pngChunk("IEND", new byte[0]));
        assertThat(code(truncated)).isEqualTo(ErrorCode.CORRUPT);
        assertThat(code("just some text".getBytes(StandardCharsets.UTF_8))).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(code(new byte[0])).isEqualTo(ErrorCode.UNREADABLE);
        assertThat(code(hugeHeader)).isEqualTo(ErrorCode.TOO_LARGE);
        ImageAnalysis missing = fs.analyze(dir.resolve("nowhere.jpg"));
        assertThat(missing.errorCode()).isEqualTo(ErrorCode.UNREADABLE);
        assertThat(missing.error()).contains("file not found");

        ImageAnalysis tooLarge = fs.analyze(hugeHeader, "huge.png", OPTIONS);
        assertThat(tooLarge.error()).contains("50000x50000").contains("ImageLimits.maxPixels").doesNotContain("--");
        assertThat(Json.tree(tooLarge).get("errorCode").asText()).isEqualTo("too_large");

        ImageDescription described = fs.describe(truncated, "t.jpg", OPTIONS, DescribeOptions.defaults());
        assertThat(described.analysis().errorCode()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(described.faces()).isEmpty();
        ImageAnswer answered = fs.ask(truncated, "t.jpg", OPTIONS, "How old is she?");
        assertThat(answered.answer().supported()).isFalse();
        assertThat(answered.toJson(Json.mapper()).get("errorCode").asText()).isEqualTo("corrupt");
    }

    @Test
    void servesManyThreadsAtOnceWithTheSameResults() throws Exception {
        DescribeOptions options = DescribeOptions.defaults().withCaptions(2).withSeed(11);
        String expected = fs.describe(HOPPER, "h.jpg", OPTIONS, options).toJson(Json.mapper()).get("faces").toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> fs.describe(HOPPER, "h.jpg", OPTIONS, options).toJson(Json.mapper())
                        .get("faces").toString()));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingModelIsAnErrorSayingHowToInstallItAndNothingIsInstalled(@TempDir Path home) throws Exception {
        ModelStore empty = new ModelStore(home, ModelStore.standard().modelPackage());
        assertThatThrownBy(() -> FaceScribe.create(FaceScribeConfig.defaults().withStore(empty)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("ModelStore.install")
                .hasMessageContaining("./facescribe models install");
        try (var files = Files.list(home)) {
            assertThat(files.toList()).as("nothing fetched or unpacked").isEmpty();
        }
    }

    private static ErrorCode code(byte[] bytes) {
        ImageAnalysis a = fs.analyze(bytes, "x", OPTIONS);
        assertThat(a.ok()).isFalse();
        assertThat(a.faces()).isEmpty();
        return a.errorCode();
    }
}
