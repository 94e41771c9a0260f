package io.facescribe.training;

import java.util.List;

import io.facescribe.attributes.Linear;

/**
 * What a linear head does to its inputs before the weights: take the columns it reads ({@code gather}), subtract
 * the train rows' mean, divide by their standard deviation (constant columns get scale 0) and clip to
 * {@code ±clip}. Fitted on the train rows only; the head files store mean and scale.
 */
public record Standardiser(int[] gather, double[] mean, double[] scale, double clip) {

    /** Mean and scale of the gathered columns over {@code rows}, in row order. */
    public static Standardiser fit(List<float[]> rows, int[] gather, double clip) {
        int d = gather.length;
        int n = rows.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (float[] v : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[gather[j]];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (float[] v : rows) {
            for (int j = 0; j < d; j++) {
                double t = v[gather[j]] - mean[j];
                scale[j] += t * t;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd < 1e-9 ? 0 : 1 / sd;
        }
        return new Standardiser(gather, mean, scale, clip);
    }

    /** The standardised, clipped inputs of every row. */
    public float[][] apply(List<float[]> rows) {
        float[][] x = new float[rows.size()][gather.length];
        for (int i = 0; i < x.length; i++) {
            float[] v = rows.get(i);
            for (int j = 0; j < gather.length; j++) {
                x[i][j] = (float) Linear.clip((v[gather[j]] - mean[j]) * scale[j], clip);
            }
        }
        return x;
    }

    public int size() {
        return gather.length;
    }
}
