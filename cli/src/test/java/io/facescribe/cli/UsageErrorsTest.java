package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a new user meets first: every option out of range is one clear line and exit 2, a failing realizer warns on
 * stderr and never writes on the caption's line, an empty folder says so, every product option is described and
 * every command's summary is a whole sentence; and the whole-photo caption of a group photo.
 */
class UsageErrorsTest {

    @BeforeAll
    static void models() {
        TestModels.store();
    }

    private static void oneLineError(CliRun r, String option) {
        assertThat(r.exit()).as(option + ": " + r.stderr()).isEqualTo(2);
        List<String> lines = r.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(option + ": " + r.stderr()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(option.split(" ")[0]);
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void everyOptionOutOfRangeIsOneLineAndExit2() {
        String photo = TestData.path("fixtures/photos/skimage_astronaut.png").toString();
        for (String bad : List.of("--captions 0", "--captions -1", "--threads 0", "--min-face -5",
                "--max-clip-tokens 5", "--max-clip-tokens -1", "--llm-max-tokens 0", "--llm-temperature -1",
                "--llm-timeout 0", "--max-pixels 0", "--max-file-mb 0")) {
            String[] words = bad.split(" ");
            oneLineError(CliRun.of("describe", words[0], words[1], photo), bad);
        }
        for (String bad : List.of("--threads 0", "--min-face -5")) {
            String[] words = bad.split(" ");
            oneLineError(CliRun.of("analyze", words[0], words[1], photo), bad);
        }
    }

    @Test
    void aRealizerThatFailsWarnsOnStderrAndTheCaptionLineIsClean() {
        String photo = TestData.path("fixtures/photos/skimage_astronaut.png").toString();
        CliRun r = CliRun.of("describe", "--realizer", "llm", "--llm-url", "http://127.0.0.1:9", "--llm-timeout", "1",
                photo);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).doesNotContain("[built-in").doesNotContain("cannot reach");
        assertThat(r.stdout().strip()).startsWith(photo + ": ");
        assertThat(r.stderr()).startsWith("warning: ").contains("used the built-in caption").contains("cannot reach");
    }

    @Test
    void anEmptyFolderSaysSo(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun build = CliRun.of("build-dataset", "--input", empty.toString(), "--output", dir.resolve("out").toString());
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.stderr()).contains("error: no images found in");
        CliRun describe = CliRun.of("describe", empty.toString());
        assertThat(describe.exit()).isEqualTo(1);
        assertThat(describe.stderr()).contains("error: no images found in");
    }

    @Test
    void wholePhotoCaptionOfAGroupPhoto() {
        String photo = TestData.path("fixtures/detection/010_2.jpg").toString();
        CliRun r = CliRun.of("describe", "--whole-photo", "--captions", "2", photo);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).startsWith(photo + ": Two people: on the left ");
        assertThat(r.stdout().lines().toList()).hasSize(2);
    }

    private static final Set<String> PRODUCT = Set.of("describe", "analyze", "ask", "build-dataset", "eval", "models",
            "serve", "style");

    @Test
    void everyProductOptionIsDescribedAndEverySummaryIsASentence() {
        CommandLine main = Main.commandLine();
        for (var e : main.getSubcommands().entrySet()) {
            if (!PRODUCT.contains(e.getKey())) {
                continue;
            }
            check(e.getKey(), e.getValue());
            e.getValue().getSubcommands().forEach((name, sub) -> check(e.getKey() + " " + name, sub));
        }
    }

    private static void check(String name, CommandLine command) {
        String[] description = command.getCommandSpec().usageMessage().description();
        assertThat(description).as(name).isNotEmpty();
        assertThat(description[0].strip()).as(name + " summary").endsWith(".");
        for (CommandLine.Model.OptionSpec o : command.getCommandSpec().options()) {
            assertThat(String.join(" ", o.description()).strip()).as(name + " " + o.longestName()).isNotEmpty();
        }
    }
}
