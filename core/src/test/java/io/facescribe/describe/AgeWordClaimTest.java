package io.facescribe.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facescribe.analysis.FactHeads;
import io.facescribe.describe.trait.AgeValue;
import org.junit.jupiter.api.Test;

/**
 * Age words read the age range and P(Young) together ({@code trait.age.WORD} in facts.json): an adult is called
 * "young" or "middle-aged" only from that word's claim threshold, else "adult", so the words and the Young head agree.
 */
class AgeWordClaimTest {

    private static double threshold(String word) {
        return FactHeads.shipped().claimThreshold("trait.age." + word, Double.NaN);
    }

    @Test
    void middleAgedOnlyWhenPrecise() {
        double t = threshold("middle-aged");
        assumeTrue(!Double.isNaN(t), "facts.json has no trait.age.middle-aged");
        // 1 - P(Young) just under the threshold: the coarser true word
        assertThat(AgeValue.wordFor(45, 40, 52, Math.min(1, 1 - t + 0.05)).name()).isEqualTo("adult");
        if (t <= 1) {
            assertThat(AgeValue.wordFor(45, 40, 52, 1 - t).name()).isEqualTo("middle-aged");
        }
    }

    @Test
    void youngAdultAgreesWithTheYoungHead() {
        double t = threshold("young");
        assumeTrue(!Double.isNaN(t), "facts.json has no trait.age.young");
        assertThat(AgeValue.wordFor(25, 21, 30, Math.max(t, 0.95)).name()).isEqualTo("young");
        if (t > 0) {
            assertThat(AgeValue.wordFor(25, 21, 30, t - 0.01).name()).isEqualTo("adult");
        }
        assertThat(AgeValue.wordFor(25, 21, 30, null).name()).as("without a Young head, the range decides").isEqualTo("young");
        assertThat(AgeValue.wordFor(9, 7, 11, 0.0).name()).as("a child is never an adult").isEqualTo("young");
    }
}
