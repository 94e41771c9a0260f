package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BatchLogisticRegressionTest {

    private static final int N = 500;
    private static final int D = 12;

    private static float[][] rows(Random r) {
        float[][] x = new float[N][D];
        for (float[] row : x) {
            for (int j = 0; j < D; j++) {
                row[j] = (float) r.nextGaussian();
            }
        }
        return x;
    }

    /** Three heads with different truths and penalties. */
    private static boolean[][] labels(Random r, float[][] x) {
        boolean[][] y = new boolean[3][N];
        for (int i = 0; i < N; i++) {
            y[0][i] = r.nextDouble() < LogisticRegression.sigmoid(2 * x[i][0] - x[i][3]);
            y[1][i] = r.nextDouble() < LogisticRegression.sigmoid(0.5 * x[i][5] + x[i][7] - 1.5);
            y[2][i] = x[i][2] > 0.3;
        }
        return y;
    }

    @Test
    void batchFitsMatchSingleFits() {
        Random r = new Random(5);
        float[][] x = rows(r);
        boolean[][] y = labels(r, x);
        double[] lambdas = {0.01, 0.1, 0.003};
        LogisticRegression.Model[] batch = BatchLogisticRegression.fit(x, y, lambdas, 500, 1e-7);
        for (int h = 0; h < 3; h++) {
            LogisticRegression.Model single = new LogisticRegression(lambdas[h], 500, 1e-7).fit(x, y[h]);
            assertThat(batch[h].loss()).isCloseTo(single.loss(), within(1e-5));
            for (int j = 0; j < D; j++) {
                assertThat(batch[h].weights()[j]).isCloseTo(single.weights()[j], within(2e-3));
            }
            assertThat(batch[h].bias()).isCloseTo(single.bias(), within(2e-3));
        }
    }

    @Test
    void tensorFlowProductsGiveTheSameFits() {
        Random r = new Random(9);
        float[][] x = rows(r);
        boolean[][] y = labels(r, x);
        double[] lambdas = {0.01, 0.1, 0.003};
        LogisticRegression.Model[] java = BatchLogisticRegression.fit(x, y, lambdas, 500, 1e-7);
        LogisticRegression.Model[] tf;
        try (TfRows rows = new TfRows(x)) {
            tf = BatchLogisticRegression.fit(x, rows, y, lambdas, 500, 1e-7);
        }
        for (int h = 0; h < 3; h++) {
            assertThat(tf[h].loss()).isCloseTo(java[h].loss(), within(1e-5));
            for (int j = 0; j < D; j++) {
                assertThat(tf[h].weights()[j]).isCloseTo(java[h].weights()[j], within(5e-3));
            }
        }
    }
}
