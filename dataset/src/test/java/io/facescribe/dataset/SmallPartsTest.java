package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallPartsTest {

    @TempDir
    Path dir;

    @Test
    void imageSeedsDependOnTheRunSeedAndTheNameOnly() {
        long a = Hashes.imageSeed(0, "images/000001.jpg");
        assertThat(Hashes.imageSeed(0, "images/000001.jpg")).isEqualTo(a);
        assertThat(Hashes.imageSeed(1, "images/000001.jpg")).isNotEqualTo(a);
        assertThat(Hashes.imageSeed(0, "images/000002.jpg")).isNotEqualTo(a);
        assertThat(a).isBetween(0L, 1L << 48);
        assertThat(Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void tarMembersAreReadAgainInAnyOrder() throws Exception {
        Path shard = dir.resolve("s.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(shard))) {
            for (int i = 0; i < 3; i++) {
                TarArchiveEntry e = new TarArchiveEntry("m" + i + ".jpg");
                e.setSize(1);
                tar.putArchiveEntry(e);
                tar.write(new byte[] {(byte) i});
                tar.closeArchiveEntry();
            }
        }
        try (ImageBytes bytes = new ImageBytes()) {
            assertThat(bytes.read(shard + "#m1.jpg")).containsExactly(1);
            assertThat(bytes.read(shard + "#m2.jpg")).containsExactly(2);
            assertThat(bytes.read(shard + "#m0.jpg")).containsExactly(0);
        }
    }

    @Test
    void progressLinesSayHowFarHowFastAndHowLong() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress.Lines lines = new Progress.Lines(1000, new PrintStream(buf, true, StandardCharsets.UTF_8), Duration.ZERO);
        lines.step();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("1 of 1,000 images (0%), ").contains("images/s").contains("left");
        assertThat(Progress.Lines.duration(3725)).isEqualTo("about 1 h 2 min");
        assertThat(Progress.Lines.duration(75)).isEqualTo("about 1 min 15 s");
    }

    @Test
    void atomicWritesLeaveNoTemporaryFiles() throws Exception {
        AtomicFiles.writeString(dir.resolve("a.json"), "{}\n");
        AtomicFiles.writeString(dir.resolve("a.json"), "{\"v\":2}\n");
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("{\"v\":2}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }
}
