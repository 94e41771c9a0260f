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

    /** A record as analyze --json writes it (the astronaut fixture's face; its 40 attributes left out). */
    private static final String ASTRONAUT = "{\"image\":\"/photos/astronaut.png\",\"faces\":[{\"box\":{\"x\":173,\"y\":74,\"width\":104,\"height\":104},\"score\":0.8784,\"gender\":{\"label\":\"female\",\"confidence\":0.9171},\"age\":{\"years\":33.9,\"low\":28.3,\"high\":56.5,\"confidence\":0.5844,\"estimates\":{\"faceres\":32.0}},\"ethnicity\":{\"label\":\"white\",\"confidence\":0.9789},\"emotion\":{\"dominant\":\"happy\",\"confidence\":0.9858,\"probabilities\":{\"angry\":0.0,\"disgust\":0.0,\"fear\":0.0003,\"happy\":0.9858,\"sad\":0.0,\"surprise\":0.0001,\"neutral\":0.0138}},\"pose\":{\"yaw\":-1.2,\"pitch\":-10.9,\"roll\":3.1,\"confidence\":1.0},\"traits\":{\"eyes\":{\"label\":\"open\",\"confidence\":0.99},\"eyeOpenness\":0.3605,\"mouth\":{\"label\":\"slightly open\",\"confidence\":0.8862},\"mouthOpenness\":0.1704,\"teeth\":{\"label\":\"visible\",\"confidence\":0.95}},\"quality\":{\"blurry\":false,\"sharpness\":0.2109,\"blurryConfidence\":0.99,\"blackAndWhite\":false,\"blackAndWhiteConfidence\":0.99,\"faceSize\":109},\"keypoints\":[]}]}";

    @Test
    void groundingScoresCandidatesAgainstTheMeasuredFaceBesideTheMetrics() throws IOException {
        Path records = Files.writeString(dir.resolve("analyses.jsonl"), ASTRONAUT + "\n");
        Path refs = Files.writeString(dir.resolve("refs.json"),
                "{\"astronaut\":[\"a woman in a space suit\"],\"other\":[\"an old man with a beard\"]}");
        Path cands = Files.writeString(dir.resolve("cands.json"),
                "{\"astronaut\":\"a smiling woman\",\"other\":\"an old man with a beard\"}");
        Path wrong = Files.writeString(dir.resolve("wrong.json"),
                "{\"astronaut\":\"a sad old man\",\"other\":\"an old man with a beard\"}");
        Path perImage = dir.resolve("per-image.json");
        Run r = run("--references", refs.toString(), "--candidates", cands.toString(), "--metrics", "bleu",
                "--json", "--grounding", "--analyses", records.toString(), "--per-image", perImage.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"Bleu_1\"").contains("\"TraitPrecision\"").contains("\"TraitRecall\"");
        var scores = new com.fasterxml.jackson.databind.ObjectMapper().readTree(perImage.toFile());
        // "smiling" and "woman" are both measured on the astronaut; "other" has no record: its references count
        assertThat(scores.get("astronaut").get("TraitPrecision").asDouble()).isEqualTo(1.0);
        assertThat(scores.get("other").get("TraitPrecision").asDouble()).isEqualTo(1.0);
        Run w = run("--references", refs.toString(), "--candidates", wrong.toString(), "--metrics", "bleu",
                "--grounding", "--analyses", records.toString(), "--per-image", perImage.toString());
        assertThat(w.code()).as(w.err()).isZero();
        scores = new com.fasterxml.jackson.databind.ObjectMapper().readTree(perImage.toFile());
        assertThat(scores.get("astronaut").get("TraitPrecision").asDouble()).isLessThan(0.5);
    }

    @Test
    void analysesWithoutGroundingIsABadInput() throws IOException {
        Path refs = Files.writeString(dir.resolve("refs.json"), "{\"1\":[\"a man\"]}");
        Run r = run("--references", refs.toString(), "--candidates", refs.toString(), "--analyses", refs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--grounding");
    }
}
