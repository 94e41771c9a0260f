package io.facescribe.describe.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.facescribe.testing.TestClip;
import org.junit.jupiter.api.Test;

/**
 * Token counts against the JavaScript port of CLIP's tokenizer run on the same merge table
 * ({@code tools/clip/counts.mjs}): 600 captions FaceScribe wrote (sentences, long sentences, tags with spaces
 * and underscores, some with trigger words) and odd text (contractions, digits, punctuation runs, long rare
 * words, upper case). Every count must be equal, not merely close.
 */
class ClipTokenizerTest {

    @Test
    void countsEqualTheReferenceTokenizer() throws Exception {
        ClipTokenizer tokenizer = TestClip.tokenizer();
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("clip-counts.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                int expected = Integer.parseInt(line.substring(0, tab));
                String text = line.substring(tab + 1);
                lines++;
                if (tokenizer.count(text) != expected) {
                    wrong.add(expected + " vs " + tokenizer.count(text) + ": " + text);
                }
            }
        }
        assertThat(lines).isGreaterThan(600);
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    @Test
    void knownCountsAndMarkers() {
        ClipTokenizer tokenizer = TestClip.tokenizer();
        assertThat(tokenizer.count("a photo of a cat")).isEqualTo(5);
        assertThat(tokenizer.count("hello world!")).isEqualTo(3);
        assertThat(tokenizer.count("magnificently")).isEqualTo(2);
        assertThat(tokenizer.countWithMarkers("a photo of a cat")).isEqualTo(7);
        assertThat(tokenizer.count("")).isZero();
        assertThat(tokenizer.count("  A   PHOTO\tof a cat ")).isEqualTo(5);
        // UTF-8 bytes, as CLIP's Python tokenizer encodes them: never fewer tokens than characters merge into
        assertThat(tokenizer.count("café")).isBetween(1, 5);
    }
}
