package io.facescribe.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkshopMainTest {

    @Test
    void listsTheWorkshopCommands() {
        StringBuilder names = new StringBuilder();
        WorkshopMain.commandLine().getSubcommands().keySet().forEach(n -> names.append(n).append(' '));
        assertThat(names.toString()).contains("train ", "accuracy ", "bench ");
        assertThat(WorkshopMain.commandLine().getSubcommands().get("train").getSubcommands())
                .containsKeys("attributes", "demographics", "captioner", "looks", "style-background");
    }

    @Test
    void theSourceCheckoutIsFoundFromInsideItAndNotFromElsewhere(@TempDir Path elsewhere) throws Exception {
        Path root = DevelopmentRun.checkoutAbove(Path.of("")).orElseThrow();
        assertThat(root.resolve("core/src/main/resources")).isDirectory();
        assertThat(DevelopmentRun.checkoutAbove(root.resolve("train/src/main/java"))).contains(root);
        Files.createDirectories(elsewhere.resolve("a/b"));
        assertThat(DevelopmentRun.checkoutAbove(elsewhere.resolve("a/b"))).isEmpty();
    }

    @Test
    void anOptionGivenIsUsedAsIs() {
        CommandLine.Model.CommandSpec spec = WorkshopMain.commandLine().getCommandSpec();
        assertThat(DevelopmentRun.inCheckout(Path.of("x.json"), "core/y.json", "--out", spec)).isEqualTo(Path.of("x.json"));
        assertThat(DevelopmentRun.report("none", "docs/a.md", "--report", spec)).isEmpty();
    }

    @Test
    void trainWithoutWhatToTrainIsAUsageError() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = WorkshopMain.commandLine().execute("train");
        } finally {
            System.setErr(old);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("say what to train");
    }
}
