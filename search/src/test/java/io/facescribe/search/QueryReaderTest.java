package io.facescribe.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.Mention;
import org.junit.jupiter.api.Test;

class QueryReaderTest {

    private final QueryReader reader = new QueryReader(CaptionGuard.standard().reader());

    @Test
    void readsTraitsGenderAndUmbrellas() {
        FaceQuery q = reader.read("a man with glasses and a beard");
        assertThat(q.traits()).extracting(Mention::key).containsExactly("gender.male", "eyeglasses", "beard");
        assertThat(q.unmeasured()).isEmpty();
    }

    @Test
    void readsNegations() {
        FaceQuery q = reader.read("a woman with no glasses and without a hat");
        assertThat(q.traits()).extracting(Mention::key)
                .containsExactlyInAnyOrder("gender.female", "not eyeglasses", "not wearing_hat");
    }

    @Test
    void readsAgeWordsAndReportsUnmeasuredWords() {
        FaceQuery q = reader.read("a smiling child with a tattoo");
        assertThat(q.traits()).anySatisfy(m -> {
            assertThat(m.concept()).isEqualTo("age");
            assertThat(m.high()).isEqualTo(13);
        });
        assertThat(q.traits()).extracting(Mention::concept).contains("emotion.happy");
        assertThat(q.notes()).containsExactly("'tattoo' is not measured");
        assertThat(reader.read("a woman in a zebra costume").unmeasured()).contains("zebra");
    }
}
