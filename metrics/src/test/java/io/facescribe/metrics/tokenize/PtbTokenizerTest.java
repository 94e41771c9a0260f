package io.facescribe.metrics.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.metrics.Goldens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PtbTokenizerTest {
    private final PtbTokenizer ptb = PtbTokenizer.INSTANCE;

    /** ptb_tokenizer_public.json: both the CoreNLP line and the filtered string, exactly. */
    @TestFactory
    Stream<DynamicTest> matchesCoreNlpAndFilterGoldens() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Goldens.cases("ptb_tokenizer_public.json")) {
            String raw = c.get("raw").asText();
            tests.add(DynamicTest.dynamicTest("[" + raw + "]", () -> {
                assertThat(String.join(" ", ptb.tokens(raw))).isEqualTo(c.get("corenlp_output").asText());
                assertThat(ptb.tokenize(raw)).isEqualTo(c.get("tokenized").asText());
            }));
        }
        return tests.stream();
    }

    /** public.json: raw captions through the tokenizer give exactly the strings the scorers saw. */
    @TestFactory
    Stream<DynamicTest> matchesTokenisedCaptionsOfMetricGoldens() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Goldens.cases("public.json")) {
            if (c.get("tokenized").asBoolean()) continue;
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                c.get("references").fields().forEachRemaining(e -> {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        assertThat(ptb.tokenize(e.getValue().get(i).asText()))
                                .isEqualTo(c.get("tokenized_references").get(e.getKey()).get(i).asText());
                    }
                });
                c.get("candidates").fields().forEachRemaining(e -> assertThat(ptb.tokenize(e.getValue().asText()))
                        .isEqualTo(c.get("tokenized_candidates").get(e.getKey()).asText()));
            }));
        }
        return tests.stream();
    }

    /** Behaviours listed in NOTES.md §5 (observed from CoreNLP 3.4.1 by the goldens' author). */
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "It isn't.|it is n't",
            "I can't, won't|i ca n't wo n't",
            "The man's hat|the man 's hat",
            "rock'n'roll|rock 'n' roll",
            "at 10 o'clock in the '90s|at 10 o'clock in the '90s",
            "a 10-year-old boy|a 10-year-old boy",
            "at 3:30 with 1,000 or 3.5 or 1/2|at 3:30 with 1,000 or 3.5 or 1/2",
            "costs $5|costs $ 5",
            "e.g. at 5 p.m. in the U.S.|e.g. at 5 p.m. in the u.s.",
            "wow?! really|wow ?! really",
            "cats & dogs / birds * stars|cats & dogs / birds * stars",
            "#tag and @user|#tag and @user",
            "Zoë’s café|zoë 's café",
            "\u201Cquoted\u201D and \u2018single\u2019|quoted and single",
            "a\u2014b \u2013 c --- d - e|a b c d e",
            "wait\u2026 ok|wait ok",
            "half ½ and AT&amp;T &amp; co|half 1/2 and at&t & co",
            "non\u00A0breaking|non breaking",
            "soft\u00ADhyphen|softhyphen",
            "smile \uD83D\uDE00 now|smile now",
            "colour grey|colour grey",
            "see http://example.com/x?y=1.|see http://example.com/x?y=1",
            "mail me@example.com now|mail me@example.com now",
    })
    void notesBehaviours(String raw, String expected) {
        assertThat(ptb.tokenize(raw)).isEqualTo(expected);
    }

    @Test
    void lineBreaksInsideACaptionAreSpaces() {
        assertThat(ptb.tokenize("two\nlines\r\nand\u2028more")).isEqualTo("two lines and more");
    }

    @Test
    void emptyCaptionStaysEmpty() {
        assertThat(ptb.tokenize("")).isEmpty();
        assertThat(ptb.tokenize("  ...  ")).isEmpty();
    }
}
