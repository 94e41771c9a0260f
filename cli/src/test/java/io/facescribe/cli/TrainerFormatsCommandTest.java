package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.clip.ClipTokenizer;
import io.facescribe.testing.TestClip;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer formats as a user runs them on the fixture portraits (the astronaut, Grace Hopper): tags with a
 * trigger word, a 20-token CLIP budget, excluded traits, kohya's folder name and what happens to caption files
 * that are already there.
 */
class TrainerFormatsCommandTest {

    @TempDir
    static Path tmp;
    static Path astronaut;
    static Path hopper;
    static ClipTokenizer clip;

    @BeforeAll
    static void setUp() {
        TestModels.store();
        clip = TestClip.tokenizer();
        astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        hopper = TestData.path("fixtures/photos/facedetect_grace_hopper_512x512.jpg");
    }

    @Test
    void tagsWithATriggerWord() throws Exception {
        CliRun r = CliRun.of("describe", "--json", "--captions", "3", "--as", "tags", "--trigger", "ohwx",
                astronaut.toString(), hopper.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<JsonNode> images = r.json();
        assertThat(images).hasSize(2);
        for (JsonNode image : images) {
            for (JsonNode c : image.at("/faces/0/captions")) {
                String text = c.get("text").asText();
                assertThat(text).startsWith("ohwx, ").doesNotContain(".").doesNotContain(" a ");
                assertThat(c.get("realizer").asText()).isEqualTo("tags");
                assertThat(c.at("/guard/missing")).as(text).isEmpty();
                assertThat(c.at("/guard/invented")).as(text).isEmpty();
                // one tag per trait of the face (the age and the "attractive" drop vary by seed)
                assertThat(text.split(", ").length - 1).isBetween(image.at("/faces/0/traits/f1").size(),
                        image.at("/faces/0/traits/f1").size() + image.at("/faces/0/traits/f2").size());
            }
        }
        String woman = images.get(0).at("/faces/0/captions/0/text").asText();
        assertThat(woman).contains("woman", "smiling");
        String man = images.get(1).at("/faces/0/captions/0/text").asText();
        assertThat(man).contains("man").containsAnyOf("glasses", "eyeglasses");

        CliRun u = CliRun.of("describe", "--as", "tags", "--tag-style", "underscores", astronaut.toString());
        assertThat(u.exit()).as(u.stderr()).isZero();
        String tags = u.stdout().strip().substring(astronaut.toString().length() + 2);
        assertThat(tags.split(", ")).allSatisfy(t -> assertThat(t).doesNotContain(" "));
        assertThat(tags).contains("dark_hair", "high_cheekbones");
    }

    @Test
    void twentyClipTokensByDroppingTheLeastImportantTraits() throws Exception {
        for (String as : List.of("sentence", "tags")) {
            CliRun r = CliRun.of("describe", "--json", "--captions", "3", "--max-clip-tokens", "20", "--trigger", "ohwx",
                    "--as", as, astronaut.toString(), hopper.toString());
            assertThat(r.exit()).as(r.stderr()).isZero();
            for (JsonNode image : r.json()) {
                for (JsonNode c : image.at("/faces/0/captions")) {
                    String text = c.get("text").asText();
                    assertThat(clip.countWithMarkers(text)).as(text).isLessThanOrEqualTo(20);
                    assertThat(c.at("/guard/missing")).as(text).isEmpty();
                    assertThat(c.at("/guard/invented")).as(text).isEmpty();
                    assertThat(c.at("/guard/dropped")).as(text + ": the portraits have more than 20 tokens of traits")
                            .isNotEmpty();
                    // F1 (gender, age) outlasts every F2 trait
                    assertThat(c.at("/guard/dropped").toString()).doesNotContain("gender.", "\"age\"");
                }
            }
        }
    }

    @Test
    void excludedTraitsAndUnknownNames() throws Exception {
        CliRun r = CliRun.of("describe", "--json", "--captions", "5", "--exclude-traits", "eyeglasses,emotion",
                hopper.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        for (JsonNode c : r.json().get(0).at("/faces/0/captions")) {
            List<String> said = CaptionGuard.standard().read(c.get("text").asText()).stream().map(Mention::concept)
                    .toList();
            assertThat(said).doesNotContain("eyeglasses").noneMatch(s -> s.startsWith("emotion."));
        }
        CliRun bad = CliRun.of("describe", "--exclude-traits", "eyeglasses,freckles", hopper.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.stderr()).contains("unknown trait freckles", "valid names:", "wearing_hat", "hair.colour");
    }

    @Test
    void kohyaFolderSidecarsAndExistingCaptionFiles() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("portraits"));
        Files.copy(astronaut, photos.resolve("astronaut.png"));
        Files.copy(hopper, photos.resolve("hopper.jpg"));
        Path out = tmp.resolve("out");
        CliRun r = build(out, photos, "--kohya-repeats", "10");
        assertThat(r.exit()).as(r.stderr()).isZero();
        Path subset = out.resolve("kohya/10_ohwx face");
        assertThat(subset.resolve("portraits__astronaut.png")).exists();
        Path sidecar = subset.resolve("portraits__astronaut.txt");
        List<String> first = Files.readAllLines(sidecar);
        assertThat(first).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("ohwx, "));
        assertThat(subset.resolve("portraits__hopper.txt")).exists();

        // a person edits one caption file; each policy on the next export
        Files.writeString(sidecar, "ohwx, my own words\n", StandardCharsets.UTF_8);
        assertThat(build(out, photos, "--kohya-repeats", "10", "--existing", "keep").exit()).isZero();
        assertThat(Files.readAllLines(sidecar)).containsExactly("ohwx, my own words");
        assertThat(Files.readAllLines(subset.resolve("portraits__hopper.txt"))).hasSize(2);

        assertThat(build(out, photos, "--kohya-repeats", "10", "--existing", "append").exit()).isZero();
        List<String> appended = Files.readAllLines(sidecar);
        assertThat(appended).hasSize(3).startsWith("ohwx, my own words").containsAll(first);
        assertThat(build(out, photos, "--kohya-repeats", "10", "--existing", "append").exit()).isZero();
        assertThat(Files.readAllLines(sidecar)).as("appending twice adds nothing twice").isEqualTo(appended);

        // a new repeat count renames the folder; the kept file follows its image
        assertThat(build(out, photos, "--kohya-repeats", "5", "--existing", "keep").exit()).isZero();
        assertThat(out.resolve("kohya/10_ohwx face")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("kohya/5_ohwx face/portraits__astronaut.txt"))).isEqualTo(appended);

        assertThat(build(out, photos, "--kohya-repeats", "5", "--existing", "overwrite").exit()).isZero();
        assertThat(Files.readAllLines(out.resolve("kohya/5_ohwx face/portraits__astronaut.txt"))).isEqualTo(first);

        assertThat(build(out, photos, "--caption-ext", ".caption").exit()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("kohya/1_ohwx face"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("portraits__astronaut.caption", "portraits__hopper.caption")
                    .noneMatch(n -> n.endsWith(".txt"));
        }
        assertThat(build(out, photos, "--existing", "sometimes").exit()).isEqualTo(2);
    }

    private static CliRun build(Path out, Path photos, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build-dataset", "-i", photos.toString(), "-o",
                out.toString(), "--format", "kohya", "--captions", "2", "--trigger", "ohwx", "--no-card",
                "--no-progress"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
