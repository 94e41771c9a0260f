package io.facescribe.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {

    @TempDir
    Path dir;

    @Test
    void aTornLastLineIsCutAndCompleteLinesCountAsDone() throws Exception {
        Files.writeString(dir.resolve(RecordLog.FILE), "{\"path\":\"a.jpg\",\"x\":1}\n{\"path\":\"b é.jpg\",\"faces\":[]}\n{\"path\":\"c.jp",
                StandardCharsets.UTF_8);
        try (RecordLog log = RecordLog.open(dir)) {
            assertThat(log.repairedBytes()).isEqualTo("{\"path\":\"c.jp".length());
            assertThat(log.doneCount()).isEqualTo(2);
            assertThat(log.isDone("b é.jpg")).isTrue();
            assertThat(log.isDone("c.jpg")).isFalse();
            log.append("c.jpg", "{\"path\":\"c.jpg\"}");
            log.append("a.jpg", "{\"path\":\"a.jpg\",\"again\":true}");
        }
        assertThat(TestInputs.lines(dir.resolve(RecordLog.FILE))).containsExactly(
                "{\"path\":\"a.jpg\",\"x\":1}", "{\"path\":\"b é.jpg\",\"faces\":[]}", "{\"path\":\"c.jpg\"}");
    }

    @Test
    void aFieldBeforePathDoesNotConfuseTheReader() throws Exception {
        Files.writeString(dir.resolve(RecordLog.FILE), "{\"n\":{\"path\":\"inner\"},\"path\":\"outer.jpg\"}\n");
        try (RecordLog log = RecordLog.open(dir)) {
            assertThat(log.isDone("outer.jpg")).isTrue();
            assertThat(log.isDone("inner")).isFalse();
        }
    }

    @Test
    void anEmptyFolderStartsEmpty() {
        try (RecordLog log = RecordLog.open(dir.resolve("new"))) {
            assertThat(log.doneCount()).isZero();
            assertThat(log.repairedBytes()).isZero();
        }
        assertThat(dir.resolve("new").resolve(RecordLog.FILE)).exists();
    }
}
