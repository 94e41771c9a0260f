package io.facescribe.looks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LooksCalibrationTest {

    private static final double[] Q = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};

    @Test
    void valuesFallBetweenTheStoredPoints() {
        assertThat(LooksCalibration.position(Q, 10)).isCloseTo(0.5, within(1e-9));
        assertThat(LooksCalibration.position(Q, 4.5)).isCloseTo(0.225, within(1e-9));
        assertThat(LooksCalibration.position(Q, 1)).isCloseTo(0.05, within(1e-9));
        assertThat(LooksCalibration.position(Q, 19)).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void valuesBeyondTheEndsStayInsideZeroToOne() {
        assertThat(LooksCalibration.position(Q, -100)).isCloseTo(0.025, within(1e-9));
        assertThat(LooksCalibration.position(Q, 100)).isCloseTo(0.975, within(1e-9));
    }

    @Test
    void shippedCalibrationCoversEveryMeasureAndTrait() {
        LooksCalibration c = LooksCalibration.shipped();
        assertThat(c.quantiles().keySet()).containsExactlyInAnyOrderElementsOf(LooksMeasures.NAMES);
        c.quantiles().values().forEach(q -> {
            assertThat(q).hasSize(19);
            for (int i = 1; i < q.length; i++) {
                assertThat(q[i]).isGreaterThanOrEqualTo(q[i - 1]);
            }
        });
        for (LooksTrait t : LooksTrait.values()) {
            assertThat(c.figures()).as(t.key()).anyMatch(f -> f.trait().equals(t.key()));
            assertThat(c.stated()).containsKey(t.key());
        }
        assertThat(c.thresholds()).containsKeys("hairRed", "hairShort", "hairLong", "eyeLight", "eyeDark");
    }

    @Test
    void everyStatedValueReachedThePrecisionRule() {
        LooksCalibration c = LooksCalibration.shipped();
        c.figures().stream().filter(LooksCalibration.Figure::stated).forEach(f -> {
            assertThat(f.precision()).as(f.trait() + " " + f.value()).isGreaterThanOrEqualTo(0.8);
            assertThat(f.measured()).as(f.trait() + " " + f.value()).isGreaterThanOrEqualTo(10);
            assertThat(c.stated(f.trait(), f.value())).isTrue();
        });
    }
}
