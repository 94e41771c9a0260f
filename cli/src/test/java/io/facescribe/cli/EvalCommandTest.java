package io.facescribe.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new EvalCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsToolkitKeysAsJson() throws IOException {
        Path refs = Files.writeString(dir.resolve("refs.json"),
                "{\"annotations\":[{\"image_id\":1,\"caption\":\"a woman with wavy hair and heavy makeup\"},"
                        + "{\"image_id\":1,\"caption\":\"a smiling woman with blond hair\"},"
                        + "{\"image_id\":2,\"caption\":\"a man wearing a necktie and a white shirt\"},"
                        + "{\"image_id\":2,\"caption\":\"a man with a mustache and goatee\"}]}");
        Path cands = Files.writeString(dir.resolve("cands.json"),
                "[{\"image_id\":1,\"caption\":\"a woman with wavy hair and heavy makeup\"},"
                        + "{\"image_id\":2,\"caption\":\"a man with a beard wearing a necktie\"}]");
        Run r = run("--references", refs.toString(), "--candidates", cands.toString(), "--metrics", "bleu,rouge,cider",
                "--tokenize", "none", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        // pycocoevalcap's values for this corpus (public.json, case pretokenized_exact_and_partial)
        assertThat(r.out().trim()).isEqualTo("{\"Bleu_1\":0.9374999999414063,\"Bleu_2\":0.8964214569407671,"
                + "\"Bleu_3\":0.8446859102715321,\"Bleu_4\":0.77545973087425,\"ROUGE_L\":0.7961165048543689,"
                + "\"CIDEr\":4.446187988192964}");
    }

    @Test
    void badInputExitsTwoWithAMessage() throws IOException {
        Path refs = Files.writeString(dir.resolve("refs.json"), "{\"1\":[\"a man\"]}");
        Path cands = Files.writeString(dir.resolve("cands.json"), "{\"1\": oops}");
        Run r = run("--references", refs.toString(), "--candidates", cands.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error:").contains("malformed JSON");
        Run m = run("--references", refs.toString(), "--candidates", cands.toString(), "--metrics", "spice");
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).contains("unknown metric 'spice'");
    }
}
