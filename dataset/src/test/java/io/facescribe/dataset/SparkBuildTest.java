package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.facescribe.FaceScribeConfig;
import io.facescribe.dataset.spark.SparkBuild;
import io.facescribe.image.ImageLimits;
import io.facescribe.testing.TestModels;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local mode gives the local engine's records, line for line, for folders and tar shards alike. */
class SparkBuildTest {

    @TempDir
    Path dir;

    @Test
    void sparkLocalModeWritesTheLocalEnginesRecords() throws Exception {
        Path folder = TestInputs.mixedFolder(dir, 5);
        Path shard = dir.resolve("shard-000.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(shard))) {
            for (Path p : TestInputs.celeba(9).subList(5, 9)) {
                byte[] bytes = Files.readAllBytes(p);
                TarArchiveEntry e = new TarArchiveEntry(p.getFileName().toString());
                e.setSize(bytes.length);
                tar.putArchiveEntry(e);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        BuildOptions options = BuildOptions.defaults().withDescribe(BuildOptions.defaults().describe().withSeed(3))
                .withQa(1);
        TestModels.store();
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        LocalBuild.run(new DatasetRequest(List.of(folder, shard), local, options, Labels.none(), 2, Set.of("jsonl"), false),
                FaceScribeConfig.defaults().withStore(TestModels.store()), LocalBuildTest.quiet());
        BuildSummary s = SparkBuild.run(new DatasetRequest(List.of(folder, shard), spark, options, Labels.none(), 2,
                Set.of("jsonl"), false), "local[2]", ImageLimits.DEFAULT, LocalBuildTest.quiet());

        List<String> expected = TestInputs.lines(local.resolve(RecordLog.FILE));
        assertThat(expected).hasSize(5 + 4 + 4);
        assertThat(s.processed()).isEqualTo(expected.size());
        assertThat(TestInputs.lines(spark.resolve(RecordLog.FILE))).isEqualTo(expected);
    }

    @Test
    void aFinishedOutputIsCopiedToAHadoopPathWhole() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/sub"));
        Files.writeString(out.resolve("records.jsonl"), "{\"path\":\"a\"}\n");
        Files.writeString(out.getParent().resolve("card.md"), "# card\n");
        Path target = dir.resolve("published");
        io.facescribe.dataset.spark.HadoopCopy.copy(out.getParent(), target.toUri().toString());
        assertThat(Files.readString(target.resolve("sub/records.jsonl"))).isEqualTo("{\"path\":\"a\"}\n");
        assertThat(Files.readString(target.resolve("card.md"))).isEqualTo("# card\n");
        assertThat(dir.resolve("published.partial")).doesNotExist();
        // copying again replaces the earlier copy
        Files.writeString(out.getParent().resolve("card.md"), "# card 2\n");
        io.facescribe.dataset.spark.HadoopCopy.copy(out.getParent(), target.toUri().toString());
        assertThat(Files.readString(target.resolve("card.md"))).isEqualTo("# card 2\n");
    }
}
