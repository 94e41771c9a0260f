package io.facescribe.model.runtime;

import java.util.Arrays;

/**
 * A float tensor on the Java heap: its shape and its values in row-major order. Inputs are built into one,
 * outputs come back as one. Not copied on the way in or out: treat the array as read-only once built.
 */
public record Tensor4(long[] shape, float[] values) {

    public Tensor4 {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + values.length);
        }
        shape = shape.clone();
    }

    public static Tensor4 of(float[] values, long... shape) {
        return new Tensor4(shape, values);
    }

    public float get(int i) {
        return values[i];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor4 t && Arrays.equals(shape, t.shape) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Tensor4" + Arrays.toString(shape);
    }
}
