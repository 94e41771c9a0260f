package io.facescribe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemographicHeadsTest {

    @Test
    void quantilesOfASurvivalCurve() {
        double[] cuts = {10, 20, 30};
        double[] survival = {0.9, 0.5, 0.1};
        assertThat(DemographicHeads.quantile(cuts, survival, 0.5)).isCloseTo(20, within(1e-9));
        // 0.3 of the mass below: between 10 (S = 0.9) and 20 (S = 0.5), S = 0.7 half-way
        assertThat(DemographicHeads.quantile(cuts, survival, 0.3)).isCloseTo(15, within(1e-9));
        // beyond the last cut the curve falls linearly to 0 at 100
        assertThat(DemographicHeads.quantile(cuts, survival, 0.95)).isCloseTo(30 + 0.5 * 70, within(1e-9));
        assertThat(DemographicHeads.quantile(cuts, new double[] {0.2, 0.1, 0.0}, 0.5)).isLessThan(10);
    }

    @Test
    void headsReadTheirBlocksAndGiveNormalisedProbabilities() {
        DemographicHeads heads = new DemographicHeads(file(FaceVector.VERSION));
        float[] v = new float[FaceVector.SIZE];
        int emotion = FaceVector.block("emotion").offset();
        v[emotion + 3] = 2; // "happy" feature high
        double[] p = heads.emotion(v);
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
        assertThat(Demographics.argmax(p)).isEqualTo(3);
        double[] e = heads.ethnicity(v);
        assertThat(java.util.Arrays.stream(e).sum()).isCloseTo(1, within(1e-9));
        // gender weight +1 on the first faceres value: positive -> female
        int faceres = FaceVector.block("faceres").offset();
        v[faceres] = 3;
        assertThat(heads.femaleProbability(v)).isGreaterThan(0.9);
        v[faceres] = -3;
        assertThat(heads.femaleProbability(v)).isLessThan(0.1);
        // age: survival falls with the cuts' biases; the median lies where it crosses 0.5
        Demographics d = new Demographics(heads);
        Age age = d.age(v);
        assertThat(age.low()).isLessThanOrEqualTo(age.years());
        assertThat(age.high()).isGreaterThanOrEqualTo(age.years());
        assertThat(age.years()).isBetween(20.0, 40.0);
    }

    @Test
    void refusesHeadsOfAnotherVectorVersion() {
        assertThatThrownBy(() -> new DemographicHeads(file("face-vector-0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("train demographics");
    }

    @Test
    void shippedHeadsCarryProvenanceAndValidationFigures() {
        DemographicHeads shipped = DemographicHeads.shipped();
        assertThat(shipped.file().provenance()).containsKeys("dataFingerprint", "modelHashes", "hyperParameters", "vectorVersion");
        assertThat(shipped.file().heads()).containsOnlyKeys("gender", "ethnicity", "age", "emotion");
        assertThat(shipped.file().heads().get("gender").validation()).containsKey("accuracy");
    }

    /** Identity-like heads on single features, for checking the plumbing. */
    private static DemographicHeads.HeadFile file(String version) {
        Map<String, DemographicHeads.Head> h = new LinkedHashMap<>();
        h.put("gender", head("logistic", List.of("faceres"), 1024, List.of("female"), new double[0], 1, 0));
        h.put("ethnicity", head("one-vs-rest", List.of("emotion"), 7, Demographics.ETHNICITIES, new double[0], 5, 0));
        double[] cuts = {10, 20, 30, 40, 50};
        h.put("age", head("ordinal", List.of("emotion"), 7, List.of(), cuts, 5, 0));
        h.put("emotion", head("one-vs-rest", List.of("emotion"), 7, Demographics.EMOTIONS, new double[0], 7, 0));
        return new DemographicHeads.HeadFile(DemographicHeads.FORMAT, version, h, Map.of());
    }

    private static DemographicHeads.Head head(String kind, List<String> blocks, int d, List<String> classes, double[] cuts,
                                              int outputs, double unused) {
        List<String> weights = new ArrayList<>();
        double[] biases = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            double[] w = new double[d];
            if (kind.equals("ordinal")) {
                biases[k] = 2 - k; // survival 0.88, 0.73, 0.5, 0.27, 0.12 at the cuts 10..50
            } else {
                w[k % d] = 1;
            }
            weights.add(DemographicHeads.encode(w));
        }
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new DemographicHeads.Head(kind, blocks, DemographicHeads.encode(new double[d]), DemographicHeads.encode(ones), 8,
                classes, cuts, biases, weights, Map.of("rangeCoverage", 0.6));
    }
}
