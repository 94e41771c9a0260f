package io.facescribe.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CocoFormatsTest {
    @TempDir Path dir;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void readsCocoAnnotationsAndResults() throws IOException {
        Path refs = file("refs.json", "{\"images\":[],\"annotations\":[{\"image_id\":7,\"id\":1,\"caption\":\"A man.\"},"
                + "{\"image_id\":3,\"caption\":\"A woman.\"},{\"image_id\":7,\"caption\":\"A bald man.\"}]}");
        Path cands = file("cands.json", "[{\"image_id\":3,\"caption\":\"a woman\"},{\"image_id\":7,\"caption\":\"a man\"}]");
        Corpus c = CocoFormats.readCorpus(refs, cands);
        assertThat(c.imageIds()).containsExactly("7", "3");
        assertThat(c.references("7")).containsExactly("A man.", "A bald man.");
        assertThat(c.candidate("3")).isEqualTo("a woman");
    }

    @Test
    void readsMapFormsAndMixesIdTypes() throws IOException {
        Path refs = file("refs.json", "{\"7\":[\"a man\",\"a bald man\"],\"3\":\"a woman\"}");
        Path cands = file("cands.json", "[{\"image_id\":7,\"caption\":\"a man\"},{\"image_id\":\"3\",\"caption\":\"\"}]");
        Corpus c = CocoFormats.readCorpus(refs, cands);
        assertThat(c.references("3")).containsExactly("a woman");
        assertThat(c.candidate("3")).isEmpty();
        Path mapCands = file("c2.json", "{\"7\":\"a man\",\"3\":[\"a woman\"]}");
        assertThat(CocoFormats.readCandidates(mapCands)).containsEntry("3", "a woman");
    }

    @Test
    void clearErrors() throws IOException {
        Path refs = file("refs.json", "{\"1\":[\"a man\"],\"2\":[\"a woman\"]}");
        assertThatThrownBy(() -> CocoFormats.readCorpus(refs, file("c.json", "{\"1\":\"a man\"}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no candidate").hasMessageContaining("2");
        assertThatThrownBy(() -> CocoFormats.readCandidates(file("bad.json", "[{\"image_id\":1,\"caption\":\"x\"")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("malformed JSON").hasMessageContaining("bad.json");
        assertThatThrownBy(() -> CocoFormats.readReferences(file("e.json", "{\"1\":[\"a\", \"  \"]}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty reference");
        assertThatThrownBy(() -> CocoFormats.readCandidates(
                file("d.json", "[{\"image_id\":1,\"caption\":\"x\"},{\"image_id\":1,\"caption\":\"y\"}]")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than one");
        assertThatThrownBy(() -> CocoFormats.readCandidates(file("n.json", "[{\"image_id\":1}]")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no caption");
        assertThatThrownBy(() -> CocoFormats.readCandidates(dir.resolve("missing.json")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    }

    @Test
    void runnerPrintsToolkitJsonAndReturnsTwoOnBadInput() throws IOException {
        Path refs = file("refs.json", "{\"1\":[\"A man with a beard.\"],\"2\":[\"A smiling woman.\"]}");
        Path cands = file("cands.json", "{\"1\":\"A bearded man.\",\"2\":\"A woman smiling.\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path per = dir.resolve("per.json");
        int code = EvalRunner.run(new EvalRunner.Options(refs, cands, EnumSet.allOf(Metric.class), Tokenization.PTB, true,
                per, null, null), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .startsWith("{\"Bleu_1\":").contains("\"Bleu_4\":", "\"METEOR\":", "\"ROUGE_L\":", "\"CIDEr\":").endsWith("}");
        assertThat(Files.readString(per)).contains("\"1\"", "\"2\"", "CIDEr");
        int bad = EvalRunner.run(new EvalRunner.Options(refs, file("x.json", "{\"1\":\"a\"}"), EnumSet.of(Metric.BLEU),
                Tokenization.NONE, true, null, null, null), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error:").contains("no candidate");
    }
}
