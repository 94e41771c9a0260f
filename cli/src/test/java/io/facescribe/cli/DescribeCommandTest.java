package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code describe} as a user runs it, on real photos. */
class DescribeCommandTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void models() {
        TestModels.store();
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void astronautIsASmilingWoman() {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        for (int seed = 0; seed < 5; seed++) {
            CliRun r = run("describe", "--seed", String.valueOf(seed), astronaut.toString());
            assertThat(r.exit()).as(r.stderr()).isZero();
            String line = r.stdout().strip();
            assertThat(line).startsWith(astronaut.toString() + ": ");
            assertThat(line).containsAnyOf("woman", "lady").containsAnyOf("smil", "grin").doesNotContain(" man ", " he ", " his ");
        }
    }

    @Test
    void captionsLeadWithAnAgeWordTheGenderAndTheHairTrainingCaptionsKeepExactAges() {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        // the people lead is the composer's and the built-in realizer's (the learned one says what people say)
        CliRun r = run("describe", "--realizer", "builtin", "--captions", "5", astronaut.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        java.util.regex.Pattern lead = java.util.regex.Pattern.compile(
                "^(\\w+ )*?an? ([a-z-]+ )*(young|adult|middle-aged) (white )?(woman|lady) with [a-z ,-]*?hair\\b");
        for (String line : r.stdout().strip().split("\n")) {
            String caption = line.strip().replace(astronaut + ": ", "");
            assertThat(lead.matcher(caption.toLowerCase(java.util.Locale.ROOT)).find()).as(caption).isTrue();
            assertThat(caption).doesNotContainPattern("\\d");
        }
        CliRun training = run("describe", "--captions", "5", "--lead", "text2face", astronaut.toString());
        assertThat(training.exit()).as(training.stderr()).isZero();
        assertThat(training.stdout()).containsPattern("\\d\\d");
        CliRun tags = run("describe", "--captions", "5", "--as", "tags", astronaut.toString());
        assertThat(tags.stdout()).as("tags keep exact ages").containsPattern("\\d\\d");
    }

    @Test
    void jsonHasTheAnalysisTraitsAndGuardedCaptions() throws Exception {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        CliRun r = run("describe", "--json", "--captions", "3", "--seed", "42", astronaut.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode face = r.json().get(0).get("faces").get(0);
        assertThat(face.at("/gender/label").asText()).isEqualTo("female");
        assertThat(face.at("/traits/f1").size()).isGreaterThanOrEqualTo(2);
        JsonNode first = face.at("/traits/f1/0");
        assertThat(first.has("phrase") && first.has("source") && first.has("confidence")).isTrue();
        JsonNode captions = face.get("captions");
        assertThat(captions).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode c = captions.get(i);
            // describe's default: the learned realizer, which may leave traits out but never invents one
            assertThat(c.get("realizer").asText()).isEqualTo("learned");
            assertThat(c.get("seed").asLong()).isEqualTo(42 + i);
            assertThat(c.at("/guard/invented")).isEmpty();
            assertThat(c.at("/guard/policy").asText()).isEqualTo("no-invented");
        }
    }

    @Test
    void sameSeedSameCaptionsOtherSeedOthers() {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        CliRun a = run("describe", "--captions", "4", "--seed", "9", astronaut.toString());
        CliRun b = run("describe", "--captions", "4", "--seed", "9", astronaut.toString());
        CliRun c = run("describe", "--captions", "4", "--seed", "10", astronaut.toString());
        assertThat(a.stdout()).isEqualTo(b.stdout());
        assertThat(a.stdout()).isNotEqualTo(c.stdout());
        assertThat(a.stdout().lines().map(String::strip).distinct().count()).isEqualTo(4);
    }

    @Test
    void noSensitiveLeavesOutEthnicity() throws Exception {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        CliRun r = run("describe", "--json", "--no-sensitive", "--captions", "5", astronaut.toString());
        JsonNode face = r.json().get(0).get("faces").get(0);
        for (JsonNode t : face.at("/traits/f1")) {
            assertThat(t.get("source").asText()).isNotEqualTo("ethnicity");
        }
        for (JsonNode c : face.get("captions")) {
            assertThat(c.get("text").asText().toLowerCase()).doesNotContain("white", "asian", "black", "indian");
        }
    }

    @Test
    void badInputAndUsageErrors() throws Exception {
        Path bad = Files.writeString(tmp.resolve("not_an_image.jpg"), "text");
        CliRun r = run("describe", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).contains("error:");
        assertThat(run("describe", "--realizer", "poetry", bad.toString()).exit()).isEqualTo(2);
    }

    @Test
    void everyFixtureFaceGetsAGuardedCaption() throws Exception {
        Path photos = TestData.path("fixtures/photos");
        CliRun r = run("describe", "--json", "--captions", "2", photos.toString());
        int faces = 0;
        for (JsonNode line : r.json()) {
            for (JsonNode face : line.get("faces")) {
                for (JsonNode c : face.get("captions")) {
                    assertThat(c.at("/guard/invented")).as(c.toString()).isEmpty();
                    faces++;
                }
            }
        }
        assertThat(faces).isGreaterThan(10);
    }

    @Test
    void learnedCaptionsOfTheRealPortraitsPassTheGuard() throws Exception {
        for (String photo : java.util.List.of("fixtures/photos/skimage_astronaut.png",
                "fixtures/photos/facedetect_grace_hopper_512x512.jpg")) {
            Path path = TestData.path(photo);
            CliRun r = run("describe", "--json", "--realizer", "learned", "--captions", "3", "--seed", "7",
                    path.toString());
            assertThat(r.exit()).as(r.stderr()).isZero();
            JsonNode captions = r.json().get(0).get("faces").get(0).get("captions");
            assertThat(captions).hasSize(3);
            for (JsonNode c : captions) {
                assertThat(c.get("realizer").asText()).as(c.toString()).isEqualTo("learned");
                assertThat(c.at("/guard/invented")).as(c.toString()).isEmpty();
            }
            CliRun again = run("describe", "--json", "--realizer", "learned", "--captions", "3", "--seed", "7",
                    path.toString());
            assertThat(again.json().get(0).get("faces").get(0).get("captions")).isEqualTo(captions);
            CliRun strict = run("describe", "--json", "--realizer", "learned", "--guard", "strict", path.toString());
            JsonNode s = strict.json().get(0).get("faces").get(0).get("captions").get(0);
            assertThat(s.get("realizer").asText()).as(s.toString()).isEqualTo("learned");
            assertThat(s.at("/guard/missing")).as(s.toString()).isEmpty();
            assertThat(s.at("/guard/invented")).as(s.toString()).isEmpty();
        }
    }
}
