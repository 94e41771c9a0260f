package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style learned from a handful of a user's own captions (written for this test), applied through the command
 * line to the fixture portraits with the learned and the built-in realizer: nothing unmeasured is said, the
 * same seed gives the same caption, and the style changes the captions.
 */
class StyleCommandTest {

    private static final List<String> MINE = List.of(
            "Portrait of a grinning lady, her hair wavy and dark, lipstick on.",
            "Portrait of a serious gentleman, short grey hair, wearing spectacles.",
            "Portrait of a grinning young lady with blond straight hair and bangs.",
            "Portrait of a bearded gentleman, grinning, dark wavy hair.",
            "Portrait of an elderly lady, grey hair, wearing spectacles, calm.",
            "Portrait of a grinning gentleman in a hat, clean-shaven.");

    @TempDir
    static Path tmp;
    static Path astronaut;
    static Path hopper;
    static Path style;

    @BeforeAll
    static void setUp() throws Exception {
        TestModels.store();
        astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        hopper = TestData.path("fixtures/photos/facedetect_grace_hopper_512x512.jpg");
        Path captions = tmp.resolve("mine.txt");
        Files.write(captions, MINE, StandardCharsets.UTF_8);
        style = tmp.resolve("mine.style");
        CliRun r = CliRun.of("style", "learn", captions.toString(), "-o", style.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
    }

    @Test
    void theProfileIsReadableWithItsProvenance() throws Exception {
        JsonNode p = new ObjectMapper().readTree(style.toFile());
        assertThat(p.at("/provenance/captions").asInt()).isEqualTo(6);
        assertThat(p.at("/provenance/sha256").asText()).hasSize(64);
        assertThat(p.at("/provenance/date").asText()).isNotBlank();
        List<String> keywords = new ArrayList<>();
        p.get("keywords").forEach(k -> keywords.add(k.get("word").asText()));
        assertThat(keywords.subList(0, 5)).contains("portrait", "grinning", "gentleman");
        JsonNode happy = null;
        for (JsonNode t : p.get("traits")) {
            if (t.get("concept").asText().equals("emotion.happy")) {
                happy = t;
            }
        }
        assertThat(happy).isNotNull();
        assertThat(happy.at("/words/0/text").asText()).isEqualTo("grinning");
        assertThat(happy.get("lift").asDouble()).isGreaterThan(1);
        assertThat(p.at("/persons/0/text").asText()).isEqualTo("gentleman");
        assertThat(p.at("/length/sentences").asDouble()).isEqualTo(1.0);
        assertThat(p.get("examples")).hasSize(6);
    }

    @Test
    void jsonLinesAreReadToo() throws Exception {
        Path jsonl = tmp.resolve("mine.jsonl");
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < MINE.size(); i++) {
            lines.add(json.createObjectNode().put("image", "img" + i + ".jpg").put("caption", MINE.get(i)).toString());
        }
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("jsonl.style");
        CliRun r = CliRun.of("style", "learn", jsonl.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode a = json.readTree(style.toFile());
        JsonNode b = json.readTree(out.toFile());
        assertThat(b.get("keywords")).isEqualTo(a.get("keywords"));
        assertThat(b.get("traits")).isEqualTo(a.get("traits"));
    }

    @Test
    void learnedCaptionsFollowTheStyleAndInventNothing() throws Exception {
        String[] plain = {"describe", "--json", "--realizer", "learned", "--captions", "4", astronaut.toString(),
                hopper.toString()};
        List<String> without = captions(CliRun.of(plain), "learned");
        List<String> with = captions(styled(plain), "learned");
        assertThat(captions(styled(plain), "learned")).isEqualTo(with);
        assertThat(with).isNotEqualTo(without);
        // the user says "grinning" for a smile, "gentleman" for a man: the style's words show up
        assertThat(String.join(" ", with)).containsAnyOf("grinning", "gentleman", "lady", "spectacles");
    }

    @Test
    void builtInCaptionsFollowTheStyleAndInventNothing() throws Exception {
        String[] plain = {"describe", "--realizer", "builtin", "--json", "--captions", "3", astronaut.toString(), hopper.toString()};
        List<String> with = captions(styled(plain), "builtin");
        assertThat(captions(styled(plain), "builtin")).isEqualTo(with);
        assertThat(with).isNotEqualTo(captions(CliRun.of(plain), "builtin"));
    }

    @Test
    void buildDatasetWritesInTheStyle() throws Exception {
        Path voice = Path.of(StyleCommandTest.class.getResource("/voices/lowercase-fragments.txt").toURI());
        Path fragments = tmp.resolve("fragments.style");
        CliRun learn = CliRun.of("style", "learn", voice.toString(), "-o", fragments.toString());
        assertThat(learn.exit()).as(learn.stderr()).isZero();
        Path out = tmp.resolve("dataset");
        CliRun r = CliRun.of("build-dataset", "-i", astronaut.toString(), hopper.toString(), "-o", out.toString(),
                "--captions", "2", "--format", "jsonl", "--style", fragments.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("records.jsonl"))) {
            for (JsonNode face : json.readTree(line).path("faces")) {
                for (JsonNode c : face.path("captions")) {
                    assertThat(c.at("/guard/invented")).isEmpty();
                    texts.add(c.get("text").asText());
                }
            }
        }
        assertThat(texts).hasSize(4).allSatisfy(t -> {
            assertThat(t).isEqualTo(t.toLowerCase(java.util.Locale.ROOT)).contains(". ");
            assertThat(t.split("\\s+", 0).length).isLessThanOrEqualTo(9);
        });
    }

    /**
     * Tags asked of a user who writes long sentences ({@code --as tags}): the tag list the user asked for, in the
     * user's words ("spectacles"), order and choice of traits, as many tags as the user says traits (not as many
     * words as their sentences have), with no full stop; recorded as written by the style's tag writer.
     */
    @Test
    void tagsAskedOfAVoiceThatWritesSentencesAreTagsInItsWords() throws Exception {
        Path voice = Path.of(StyleCommandTest.class.getResource("/voices/long-formal.txt").toURI());
        Path formal = tmp.resolve("formal.style");
        CliRun learn = CliRun.of("style", "learn", voice.toString(), "-o", formal.toString());
        assertThat(learn.exit()).as(learn.stderr()).isZero();
        CliRun r = CliRun.of("describe", "--json", "--as", "tags", "--style", formal.toString(), "--captions", "3",
                hopper.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> texts = new ArrayList<>();
        for (JsonNode face : r.json().get(0).get("faces")) {
            for (JsonNode c : face.get("captions")) {
                String text = c.get("text").asText();
                assertThat(c.at("/guard/invented")).as(text).isEmpty();
                assertThat(c.get("realizer").asText()).as(text).isEqualTo("style:tags");
                texts.add(text);
            }
        }
        // the voice says 5 to 9 traits a caption
        assertThat(texts).isNotEmpty().allSatisfy(t -> {
            assertThat(t).doesNotContain(".");
            List<String> tags = List.of(java.util.regex.Pattern.compile(", ").split(t, 0));
            assertThat(tags).hasSizeBetween(1, 9).allSatisfy(tag -> assertThat(tag.chars().filter(ch -> ch == ' ').count())
                    .isLessThanOrEqualTo(3));
        });
        // Grace Hopper wears glasses; this voice calls them spectacles
        assertThat(String.join(" ", texts)).contains("spectacles").doesNotContain("eyeglasses");

        CliRun underscores = CliRun.of("describe", "--json", "--as", "tags", "--tag-style", "underscores", "--style",
                formal.toString(), hopper.toString());
        assertThat(underscores.exit()).as(underscores.stderr()).isZero();
        String joined = underscores.json().get(0).at("/faces/0/captions/0/text").asText();
        assertThat(joined).doesNotContain(".");
        assertThat(java.util.regex.Pattern.compile(", ").split(joined, 0)).allSatisfy(tag -> assertThat(tag).doesNotContain(" "));
    }

    /** The list forms are written by the style itself, whichever realizer was asked for, and recorded so. */
    @Test
    void listFormsAreRecordedAsTheStylesOwn() throws Exception {
        Path voice = Path.of(StyleCommandTest.class.getResource("/voices/lowercase-fragments.txt").toURI());
        Path fragments = tmp.resolve("fragments-named.style");
        CliRun learn = CliRun.of("style", "learn", voice.toString(), "-o", fragments.toString());
        assertThat(learn.exit()).as(learn.stderr()).isZero();
        for (String realizer : List.of("builtin", "learned")) {
            CliRun r = CliRun.of("describe", "--json", "--style", fragments.toString(), "--realizer", realizer,
                    astronaut.toString());
            assertThat(r.exit()).as(r.stderr()).isZero();
            assertThat(r.json().get(0).at("/faces/0/captions/0/realizer").asText()).isEqualTo("style:fragments");
        }
    }

    @Test
    void learningReportsWhatItCouldNotRead() throws Exception {
        Path captions = tmp.resolve("terse.txt");
        Files.write(captions, List.of("hair: long, brown, wavy. subject female, young. grinning. lipstick.",
                "hair: short, black. subject male. serious. glasses.",
                "hair: blond. subject female, old. grinning. earrings. freckles.",
                "hair: long, black. subject female. calm. lipstick.",
                "hair: grey, short. subject male, old. grinning. glasses. freckles."), StandardCharsets.UTF_8);
        Path out = tmp.resolve("terse.style");
        CliRun r = CliRun.of("style", "learn", captions.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("key-value").contains("words not read").contains("freckle");
        JsonNode p = new ObjectMapper().readTree(out.toFile());
        assertThat(p.at("/shape/keys/long_hair").asText()).isEqualTo("hair");
        assertThat(p.at("/shape/keys/black_hair").asText()).isEqualTo("hair");
        for (JsonNode t : p.get("traits")) {
            if (t.get("concept").asText().startsWith("ethnicity")) {
                assertThat(t.get("share").asDouble()).as("\"hair: black\" is a hair colour").isZero();
            }
        }
    }

    @Test
    void aMissingStyleIsAUsageError() {
        CliRun r = CliRun.of("describe", "--style", tmp.resolve("none.style").toString(), astronaut.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--style").contains("style learn");
    }

    private static CliRun styled(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add(1, "--style");
        a.add(2, style.toString());
        return CliRun.of(a.toArray(String[]::new));
    }

    /** Every caption of every face; each must pass the guard with nothing invented, written by this realizer. */
    private static List<String> captions(CliRun r, String realizer) throws Exception {
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode image : r.json()) {
            for (JsonNode face : image.get("faces")) {
                for (JsonNode c : face.get("captions")) {
                    String text = c.get("text").asText();
                    assertThat(c.at("/guard/invented")).as(text).isEmpty();
                    assertThat(c.get("realizer").asText()).as(text).isEqualTo(realizer);
                    out.add(text);
                }
            }
        }
        assertThat(out).hasSize(2 * (realizer.equals("learned") ? 4 : 3));
        return out;
    }
}
