package io.facescribe.dataset.card;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 100,000 records stream through with memory that does not grow with them. */
class DatasetCardScaleTest {

    static final int RECORDS = 100_000;

    @TempDir
    Path temp;

    @Test
    void hundredThousandRecordsKeepOnlyCounts() throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long start = System.nanoTime();
        SyntheticRecords records = new SyntheticRecords(RECORDS, 42);
        CardStats stats = DatasetCard.write(records, temp.resolve("card"), "Synthetic");
        double seconds = (System.nanoTime() - start) / 1e9;
        long retained = usedAfterGc(memory) - before;
        System.out.printf("card of %,d records: %.1f s, %.1f MiB retained by the stats%n", RECORDS, seconds,
                retained / 1048576.0);

        ImageCounts c = stats.images();
        assertThat(c.images()).isEqualTo(RECORDS);
        assertThat(c.kept()).isEqualTo(records.kept);
        assertThat(c.filtered()).isEqualTo(records.filtered);
        assertThat(c.failed()).isEqualTo(records.failed);
        assertThat(c.keptFaces()).isEqualTo(records.keptFaces);
        assertThat(c.failureReasons().entries()).hasSize(1);   // paths taken out of the error messages
        assertThat(stats.attributes().count("Attractive")).isEqualTo(records.keptAttractive);
        assertThat(stats.captions().captions()).isEqualTo(records.captions);
        // attribute a is shown with probability (a + 1) / 41: Young, the last, on about 40 / 41 of faces
        assertThat(stats.attributes().share("Young")).isCloseTo(40 / 41.0, within(0.01));
        assertThat(stats.captions().vocabulary()).isGreaterThan(40_000);
        assertThat(stats.labels().row("Smiling").agreement()).isCloseTo(0.5, within(0.02));
        assertThat(retained).as("memory held after the run").isLessThan(48L << 20);
        assertThat(Files.readString(temp.resolve("card/card.md"))).contains("100,000 images were read");
        assertThat(seconds).as("seconds for 100k records").isLessThan(300);
    }

    @Test
    void hundredThousandRecordsRunInA64MiBHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = temp.resolve("child.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ScaleRun.class.getName(),
                Integer.toString(RECORDS), temp.resolve("card").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("card of %,d records in a 64 MiB heap: %.1f s%n", RECORDS, (System.nanoTime() - start) / 1e9);
        assertThat(done).as("finished in 10 minutes").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("images=" + RECORDS);
        assertThat(temp.resolve("card/charts/attributes.png")).exists();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
