package io.facescribe.search;

import io.facescribe.analysis.Age;

/**
 * What the analysis believes of a face's age, as a normal distribution: centred on the estimate, with the spread
 * that puts the analysis' plausible range (its 20% and 80% quantiles) where the normal puts them; never narrower
 * than 2 years. Asked for an age range ("a child": 0 to 13), it answers the probability that the age lies in it.
 *
 * @param years the estimate
 * @param sigma the spread in years
 */
public record AgeBelief(double years, double sigma) {

    /** z of the 80% quantile of the standard normal. */
    private static final double Z80 = 0.8416;
    private static final double MIN_SIGMA = 2;

    public AgeBelief {
        sigma = Math.max(MIN_SIGMA, sigma);
    }

    public static AgeBelief of(Age age) {
        return new AgeBelief(age.years(), (age.high() - age.low()) / (2 * Z80));
    }

    /** The probability that the age is within [low, high] whole years (high inclusive). */
    public double within(int low, int high) {
        return cdf((high + 1 - years) / sigma) - cdf((low - years) / sigma);
    }

    /** The standard normal's distribution function (Zelen and Severo 26.2.17, error below 7.5e-8). */
    static double cdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - tail : tail;
    }
}
