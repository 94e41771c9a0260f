package io.facescribe.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The claim threshold rule and the split it is chosen on. */
class ClaimThresholdsTest {

    /** n statements with confidences spread over 0.5..1, right from {@code rightFrom} on. */
    private static List<double[]> statements(int n, double rightFrom) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double c = 0.5 + 0.5 * i / n;
            out.add(new double[] {c, c >= rightFrom ? 1 : 0});
        }
        return out;
    }

    @Test
    void lowestConfidenceThatKeepsThePrecisionOnEverySet() {
        ClaimThresholds.Choice c = ClaimThresholds.threshold(Map.of("A", statements(200, 0.7), "B", statements(200, 0.5)));
        // on A, statements from 0.7 on are right: 90% precision is reached a little below 0.7
        assertThat(c.threshold()).isBetween(0.66, 0.70);
        assertThat(ClaimThresholds.threshold(Map.of("A", statements(200, 0.5))).threshold()).isEqualTo(0.0);
    }

    @Test
    void aRareClaimIsNeverSaidOnTooFewRightStatements() {
        // 10 statements, all right: fewer than MIN_SAID, so the missing ones count as wrong
        assertThat(ClaimThresholds.threshold(Map.of("A", statements(10, 0.5))).threshold()).isEqualTo(ClaimThresholds.NEVER);
        assertThat(ClaimThresholds.threshold(Map.of("A", statements(ClaimThresholds.MIN_SAID, 0.5))).threshold()).isEqualTo(0.0);
    }

    @Test
    void theReportedAndTuningHalvesSplitTheValidationImages() {
        List<String> v = List.of("a", "b", "c", "d", "e");
        assertThat(ClaimsSplit.reported(v)).containsExactly("a", "c", "e");
        assertThat(ClaimsSplit.tuning(v)).containsExactly("b", "d");
    }

    @Test
    void sensitiveTraitsAreHeldToAHigherPrecision() {
        assertThat(ClaimThresholds.precisionOf("trait.ethnicity.white")).isEqualTo(ClaimThresholds.SENSITIVE_PRECISION);
        assertThat(ClaimThresholds.precisionOf("trait.attractive")).isEqualTo(ClaimThresholds.SENSITIVE_PRECISION);
        assertThat(ClaimThresholds.precisionOf("trait.bangs")).isEqualTo(ClaimThresholds.PRECISION);
        // 200 statements, 92% right above 0.5: enough for 0.90, not for 0.95
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(new double[] {0.5 + i / 400.0, i % 25 < 23 ? 1 : 0});
        }
        assertThat(ClaimThresholds.threshold(Map.of("A", rows), ClaimThresholds.PRECISION).threshold()).isEqualTo(0.0);
        assertThat(ClaimThresholds.threshold(Map.of("A", rows), ClaimThresholds.SENSITIVE_PRECISION).threshold())
                .isEqualTo(ClaimThresholds.NEVER);
    }
}
