package io.facescribe.dataset.card;

/**
 * How two attributes occur together among the faces of one group; immutable.
 *
 * @param group  the group ("all", "female", …)
 * @param a      the first attribute
 * @param b      the second attribute
 * @param faces  faces in the group
 * @param countA faces showing a
 * @param countB faces showing b
 * @param both   faces showing both
 */
public record Cooccurrence(String group, String a, String b, long faces, long countA, long countB, long both) {

    /** P(a and b) / (P(a) P(b)): 1 when independent, above 1 when they go together; NaN when undefined. */
    public double lift() {
        return countA == 0 || countB == 0 ? Double.NaN : (double) both * faces / ((double) countA * countB);
    }

    /** P(a | b), NaN when no face shows b. */
    public double aGivenB() {
        return countB == 0 ? Double.NaN : (double) both / countB;
    }

    /** P(a | not b), NaN when every face shows b. */
    public double aGivenNotB() {
        long notB = faces - countB;
        return notB == 0 ? Double.NaN : (double) (countA - both) / notB;
    }

    public double shareA() {
        return faces == 0 ? Double.NaN : (double) countA / faces;
    }

    public double shareB() {
        return faces == 0 ? Double.NaN : (double) countB / faces;
    }

    public double shareBoth() {
        return faces == 0 ? Double.NaN : (double) both / faces;
    }
}
