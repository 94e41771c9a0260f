package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seven voices written for this test in clearly different forms ({@code src/test/resources/voices}; the last
 * three in forms the style writer was not shown while it was written: semicolon-joined clauses, labels in
 * capitals, sentences spoken to the person): a style
 * learned from each, applied to every fixture face with the built-in and the learned realizer. Styled captions
 * keep the voice's mean length within 30%, its form and case, never say a trait the voice never mentions (for a
 * person's noun or a hair colour, length or texture: nothing of a kind the voice never says), and pass the guard.
 */
class StyleVoicesTest {

    private static final CaptionReader READER = CaptionGuard.standard().reader();

    @TempDir
    static Path tmp;
    static Path photos;

    @BeforeAll
    static void setUp() {
        TestModels.store();
        photos = TestData.path("fixtures/photos");
    }

    @ParameterizedTest
    @CsvSource({"terse-key-value,builtin", "terse-key-value,learned", "tags,builtin", "tags,learned",
            "long-formal,builtin", "long-formal,learned", "lowercase-fragments,builtin", "lowercase-fragments,learned",
            "semicolon-clauses,builtin", "semicolon-clauses,learned", "caps-labels,builtin", "caps-labels,learned",
            "second-person,builtin", "second-person,learned"})
    void styledCaptionsKeepTheVoice(String voice, String realizer) throws Exception {
        Path source = Path.of(StyleVoicesTest.class.getResource("/voices/" + voice + ".txt").toURI());
        List<String> own = Files.readAllLines(source).stream().filter(l -> !l.isBlank()).toList();
        Path style = tmp.resolve(voice + ".style");
        CliRun learn = CliRun.of("style", "learn", source.toString(), "-o", style.toString());
        assertThat(learn.exit()).as(learn.stderr()).isZero();

        CliRun r = CliRun.of("describe", "--json", "--style", style.toString(), "--realizer", realizer,
                "--captions", "3", photos.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> captions = new ArrayList<>();
        for (JsonNode image : r.json()) {
            for (JsonNode face : image.path("faces")) {
                for (JsonNode c : face.get("captions")) {
                    assertThat(c.at("/guard/invented")).as(c.get("text").asText()).isEmpty();
                    captions.add(c.get("text").asText());
                }
            }
        }
        assertThat(captions).hasSizeGreaterThan(20);

        double ownWords = own.stream().mapToInt(StyleVoicesTest::words).average().orElseThrow();
        double styledWords = captions.stream().mapToInt(StyleVoicesTest::words).average().orElseThrow();
        // The long formal voice says about six traits a caption; since claims are gated for precision (issue 20)
        // the fixture faces have about five that may be said, and words that claim nothing measured are never
        // added to make up the length: its captions come to about 0.64 of the voice's length.
        double low = voice.equals("long-formal") ? 0.6 : 0.7;
        assertThat(styledWords).as("mean words, the voice writes %.1f", ownWords)
                .isBetween(low * ownWords, 1.3 * ownWords);

        boolean tags = voice.equals("tags");
        Set<String> said = concepts(own, tags);
        for (String c : captions) {
            for (String concept : concepts(List.of(c), tags)) {
                assertThat(said).as("\"%s\" says %s, which the voice never says", c, concept).contains(concept);
            }
            switch (voice) {
                case "terse-key-value" -> assertThat(CaptionReader.isKeyValue(c)).as(c).isTrue();
                case "tags" -> assertThat(c.split(",\\s*", 0)).as(c).allSatisfy(tag -> assertThat(tag)
                        .doesNotContain(".").matches("\\S+( \\S+){0,3}"));
                case "lowercase-fragments" -> assertThat(c.split("\\.\\s*", 0)).as(c)
                        .allSatisfy(part -> assertThat(words(part)).isLessThanOrEqualTo(4));
                case "long-formal" -> assertThat(c).as(c).matches("[A-Z].*\\.");
                // clauses joined by semicolons, never by full stops, and no final full stop
                case "semicolon-clauses" -> assertThat(c).as(c).doesNotContain(".");
                // labels in capitals between slashes: no full stop, no part longer than four words
                case "caps-labels" -> assertThat(java.util.regex.Pattern.compile(" / ").split(c, 0)).as(c).allSatisfy(part -> assertThat(part)
                        .doesNotContain(".").matches("[A-Z0-9' -]+").satisfies(p -> assertThat(words(p)).isBetween(1, 4)));
                // spoken to the person: "you", never "she", "his" or "they"
                case "second-person" -> assertThat(java.util.regex.Pattern.compile("[^a-z]+").split(c.toLowerCase(Locale.ROOT), 0)).as(c).contains("you")
                        .doesNotContain("she", "he", "they", "her", "his", "their", "him", "them");
                default -> throw new IllegalArgumentException(voice);
            }
            if (!voice.equals("long-formal") && !voice.equals("caps-labels") && !voice.equals("second-person")) {
                assertThat(c).as(c).isEqualTo(c.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** What the captions say, hair and person nouns as their kind ("hair.colour", "gender"). */
    private static Set<String> concepts(List<String> captions, boolean tags) {
        Set<String> out = new HashSet<>();
        for (String c : captions) {
            for (Mention m : tags ? READER.readTags(c) : READER.read(c)) {
                if (m.negated() || READER.unmeasured(m)) {
                    continue;
                }
                TraitDefinition d = READER.trait(m).orElse(null);
                boolean value = d != null && (d.slot() == Slot.HAIR || d.slot() == Slot.GENDER) && d.group() != null;
                out.add(value ? d.group() : m.concept());
            }
        }
        return out;
    }

    /** Runs between spaces that hold a letter or digit (a "/" between labels is no word). */
    private static int words(String text) {
        int n = 0;
        for (String w : java.util.regex.Pattern.compile("\\s+").split(text.strip(), 0)) {
            n += w.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return n;
    }
}
