package io.facescribe.analysis;

/** Rounds reported numbers to 4 decimals so records stay readable and stable across platforms. */
final class Rounding {
    private Rounding() {
    }

    static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }

    static double round1(double v) {
        return Math.round(v * 10d) / 10d;
    }
}
