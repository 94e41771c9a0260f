package io.facescribe.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LooksCalibratorTest {

    @Test
    void logisticRecoversTheDirectionOfASeparatingInput() {
        Random random = new Random(7);
        List<double[]> x = new ArrayList<>();
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            double a = random.nextGaussian();
            double noise = random.nextGaussian();
            x.add(new double[] {a, noise});
            y[i] = a + 0.3 * random.nextGaussian() > 0.5 ? 1 : 0;
        }
        double[] w = LooksCalibrator.logistic(x, y, 1.0);
        assertThat(w[1]).isGreaterThan(2);
        assertThat(Math.abs(w[2])).isLessThan(0.5);
        assertThat(w[0]).isNegative();
    }

    @Test
    void thresholdsKeepThePrecisionAskedForOrSayNever() {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            scored.add(new double[] {i, i >= 70 ? 1 : i % 2});
        }
        double t = LooksCalibrator.lowestPrecise(scored, 1);
        long given = scored.stream().filter(s -> s[0] >= t).count();
        long right = scored.stream().filter(s -> s[0] >= t && s[1] == 1).count();
        assertThat(right).isGreaterThanOrEqualTo((long) Math.ceil(LooksCalibrator.FIT_PRECISION * given));
        assertThat(t).isBetween(40.0, 70.0);
        List<double[]> hopeless = List.of(new double[] {1, 0}, new double[] {2, 1}, new double[] {3, 0},
                new double[] {4, 1}, new double[] {5, 0}, new double[] {6, 1});
        assertThat(LooksCalibrator.lowestPrecise(hopeless, 1)).isInfinite();
    }

    @Test
    void theLooksSectionReplacesItselfAndLeavesTheRestOfThePage() {
        String page = "# Accuracy\n\n## Emotion\n\nfigures\n\n_Run time: 3 s_\n";
        String once = LooksReport.merge(page, "first\n");
        assertThat(once).contains("## Emotion\n\nfigures").contains(LooksReport.HEADING + "\n\nfirst\n")
                .endsWith("_Run time: 3 s_\n");
        String twice = LooksReport.merge(once, "second\n");
        assertThat(twice).doesNotContain("first").contains("second").contains("## Emotion\n\nfigures")
                .endsWith("_Run time: 3 s_\n");
        assertThat(twice.indexOf(LooksReport.HEADING)).isEqualTo(twice.lastIndexOf(LooksReport.HEADING));
    }
}
