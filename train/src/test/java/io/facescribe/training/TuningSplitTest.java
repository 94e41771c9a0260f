package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The tuning split with re-framed copies: a copy never sits on the other side of its image. */
class TuningSplitTest {

    @Test
    void copiesStayWithTheirImageAndTheTunedImagesAreTheSameAsWithoutCopies() {
        int images = 50;
        int[] copyOf = new int[images];
        for (int i = 0; i < images; i++) {
            copyOf[i] = i; // one copy of every image, rows 50..99
        }
        TuningSplit plain = TuningSplit.seeded(images, 10, 7L);
        TuningSplit grouped = TuningSplit.grouped(images, copyOf, 10, 7L);
        assertThat(grouped.tune()).isEqualTo(plain.tune());
        for (int t : grouped.tune()) {
            assertThat(grouped.fit()).doesNotContain(t, images + t);
        }
        assertThat(grouped.fit()).hasSize(2 * (images - 10));
        assertThat(Arrays.stream(grouped.fit()).filter(r -> r >= images).count()).isEqualTo(images - 10);
    }
}
