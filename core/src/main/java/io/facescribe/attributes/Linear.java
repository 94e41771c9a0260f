package io.facescribe.attributes;

/** The arithmetic of applying a trained linear head (shared by the heads and the trainers that fit them). */
public final class Linear {

    private Linear() {
    }

    public static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** Dot product with four independent sums (the JIT does not vectorise a single float reduction). */
    public static double dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int n = a.length;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[j];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    /** {@code z} limited to [-limit, limit] (standardised features are clipped against outliers). */
    public static double clip(double z, double limit) {
        return z > limit ? limit : z < -limit ? -limit : z;
    }
}
