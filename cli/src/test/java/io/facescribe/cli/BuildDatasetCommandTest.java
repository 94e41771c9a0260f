package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDatasetCommandTest {

    @TempDir
    Path dir;

    /**
     * The user's check: a build killed with SIGKILL at random moments and started again ends with exactly
     * one valid record per image — no duplicates, no gaps, no torn lines.
     */
    @Test
    void aBuildKilledAtRandomMomentsEndsWithExactlyOneRecordPerImage() throws Exception {
        TestModels.store();
        Path input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> s = Files.list(TestData.path("celeba/images"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(60).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.writeString(input.resolve("broken.jpg"), "no image here");
        Path out = dir.resolve("out");
        String[] args = {"build-dataset", "-i", input.toString(), "-o", out.toString(), "--threads", "2",
                "--captions", "2", "--no-card", "--no-progress"};
        Random random = new Random(42);
        Path records = out.resolve("records.jsonl");
        int killedMidRun = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = size(records);
            Process p = subprocess(args);
            // once this run has written something, kill it at a random moment soon after
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (size(records) == before && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            boolean alive = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (alive && size(records) > before) {
                killedMidRun++;
            }
        }
        CliRun finish = CliRun.of(args);
        assertThat(finish.exit()).as(finish.stderr()).isZero();

        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(61);
        ObjectMapper json = new ObjectMapper();
        Set<String> paths = new HashSet<>();
        for (String line : lines) {
            JsonNode r = json.readTree(line);
            assertThat(paths.add(r.get("path").asText())).as("duplicate " + r.get("path")).isTrue();
        }
        try (Stream<Path> s = Files.list(input)) {
            assertThat(paths).isEqualTo(new HashSet<>(s.map(Path::toString).toList()));
        }
        assertThat(killedMidRun).as("kills that landed in the middle of a run").isPositive();
        assertThat(finish.stderr()).contains("resuming:");
    }

    @Test
    void badOptionsAreClearErrors() {
        CliRun r = CliRun.of("build-dataset", "-i", dir.toString(), "-o", dir.resolve("o").toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("unknown --format csv");
        CliRun missing = CliRun.of("build-dataset", "-i", dir.resolve("nowhere").toString(), "-o", dir.resolve("o").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.stderr()).contains("input not found");
        CliRun policy = CliRun.of("build-dataset", "-i", dir.toString(), "-o", dir.resolve("o").toString(), "--blurry", "maybe");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.stderr()).contains("keep, flag or drop");
    }

    private static long size(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** A separate JVM running the command line, so that it can be killed like a user's job. */
    private static Process subprocess(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
