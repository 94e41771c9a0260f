package io.facescribe.metrics.meteor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class MeteorParaphraseTest {
    @TempDir Path dir;

    @Test
    void paraphraseStageMatchesPhrasesTheOtherStagesMiss() throws IOException {
        Path table = dir.resolve("paraphrase-en.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(table))) {
            out.write("0.5\nis grinning\nsmiles broadly\n0.3\nglimmerspecs\neyeglasses\n".getBytes(StandardCharsets.UTF_8));
        }
        Meteor with = Meteor.builder().paraphraseTable(table).build();
        Meteor without = Meteor.standard();
        String hyp = "a man who is grinning with glimmerspecs";
        List<String> refs = List.of("a man who smiles broadly with eyeglasses");

        MeteorStats s = with.stats(hyp, refs);
        // stage 4 (paraphrase): "is grinning"~"smiles broadly" and "glimmerspecs"~"eyeglasses"; 3 test words, 3 ref words
        double[] m = s.stageMatches();
        assertThat(m[12] + m[14]).isEqualTo(3);
        assertThat(m[13] + m[15]).isEqualTo(3);
        assertThat(s.testWordMatches()).isEqualTo(7);
        assertThat(s.chunks()).isEqualTo(1);
        assertThat(with.stats(hyp, refs).score()).isGreaterThan(without.stats(hyp, refs).score());
        assertThat(without.stats(hyp, refs).stageMatches()[12]).isZero();
    }

    @Test
    void statisticsLineHasMeteorsLayoutAndCorpusSkipsChunksOfPerfectSegments() {
        MeteorStats perfect = Meteor.standard().stats("a woman smiling", List.of("a woman smiling"));
        assertThat(perfect.toString()).isEqualTo("3.0 3.0 1.0 1.0 2.0 2.0 1.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 1.0 3.0 3.0");
        assertThat(perfect.score()).isEqualTo(1.0);
        assertThat(MeteorStats.empty().plus(perfect).chunks()).isZero();
    }
}
