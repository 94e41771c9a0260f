package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import io.facescribe.accuracy.LooksNaming;
import io.facescribe.accuracy.LooksReport;

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
    void namingCountsFacesWithAReferenceAndStatedReadingsACaptionLeftOut() {
        java.util.function.Function<String[], java.util.Map<String, String>> m = kv -> {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            for (LooksNaming.Target t : LooksNaming.TARGETS) {
                out.put(t.name(), null);
            }
            for (int i = 0; i + 1 < kv.length; i += 2) {
                out.put(kv[i], kv[i + 1]);
            }
            return out;
        };
        List<LooksNaming.Face> faces = List.of(
                new LooksNaming.Face("1", "A young woman with brown hair.", m.apply(new String[] {"hair colour", "brown"}),
                        m.apply(new String[] {"hair colour", "brown"}), m.apply(new String[] {"hair colour", "brown"})),
                new LooksNaming.Face("2", "A young woman with black hair.", m.apply(new String[] {"hair colour", "brown"}),
                        m.apply(new String[] {"hair colour", "black"}), m.apply(new String[] {"hair colour", "black"})),
                new LooksNaming.Face("3", "A young woman.", m.apply(new String[] {"hair colour", "blond"}),
                        m.apply(new String[0]), m.apply(new String[] {"hair colour", "blond"})),
                new LooksNaming.Face("4", "A young man with short hair.", m.apply(new String[0]),
                        m.apply(new String[] {"hair length", "short"}), m.apply(new String[] {"hair length", "short"})));
        LooksNaming.Row colour = LooksNaming.rows(faces).get(0);
        assertThat(colour.faces()).isEqualTo(3);
        assertThat(colour.named()).isEqualTo(2);
        assertThat(colour.same()).isEqualTo(1);
        assertThat(colour.statedNotSaid()).as("face 3: blond was stated, the caption left it out").isEqualTo(1);
        LooksNaming.Row length = LooksNaming.rows(faces).get(1);
        assertThat(length.faces()).isZero();
        assertThat(length.unlabelledNamed()).isEqualTo(1);
        assertThat(LooksNaming.markdown(LooksNaming.rows(faces), 4)).contains("| hair colour |", "66.7 %", "50.0 %");
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
