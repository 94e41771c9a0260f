package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinearHeadPartsTest {

    @Test
    void standardiserCentresScalesAndClipsTheGatheredColumns() {
        List<float[]> rows = List.of(new float[] {1, 5, 0}, new float[] {3, 5, 0}, new float[] {2, 5, 100});
        Standardiser s = Standardiser.fit(rows, new int[] {0, 1, 2}, 1.3);
        assertThat(s.mean()).containsExactly(2, 5, 100 / 3.0);
        assertThat(s.scale()[1]).isZero(); // a constant column
        float[][] x = s.apply(rows);
        assertThat(x[0][0]).isEqualTo((float) (-1 * s.scale()[0]));
        assertThat(x[2][2]).isEqualTo(1.3f); // 1.41 standard deviations, clipped to 1.3
        assertThat(x[1][1]).isZero();
    }

    @Test
    void tuningSplitIsSeededDisjointAndInRowOrder() {
        TuningSplit a = TuningSplit.seeded(100, 20, 7);
        TuningSplit b = TuningSplit.seeded(100, 20, 7);
        assertThat(a.tune()).containsExactly(b.tune()).hasSize(20).isSorted();
        assertThat(a.fit()).hasSize(80).isSorted().doesNotContain(a.tune());
        assertThat(TuningSplit.seeded(100, 20, 8).tune()).isNotEqualTo(a.tune());
    }

    @Test
    void headKindsReadLabelsAsTheHeadFilesSayAndSpellThemSo() {
        int[] labels = {0, 1, 2, 30};
        assertThat(HeadKind.LOGISTIC.outputs(2, null, labels)[0]).containsExactly(true, false, false, false);
        assertThat(HeadKind.ONE_VS_REST.outputs(3, null, labels)[2]).containsExactly(false, false, true, false);
        assertThat(HeadKind.ORDINAL.outputs(0, new double[] {1, 10}, labels)[0]).containsExactly(false, false, true, true);
        assertThat(HeadKind.ONE_VS_REST.fileName()).isEqualTo("one-vs-rest");
    }
}
