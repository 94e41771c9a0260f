package io.facescribe.training;

/**
 * The raw outputs of the networks the demographic heads replaced, for one face; validation compares the heads
 * against them ("raw networks" in docs/accuracy.md).
 *
 * @param faceresMale   faceres' sigmoid on the 1.3x face crop, > 0.5 meaning male
 * @param faceresAge    faceres' 100 age-bin probabilities on the same crop
 * @param gearAge       gear's 7 age-bin probabilities
 * @param gearGender    gear's [male, female] probabilities
 * @param gearRace      gear's [white, black, asian, indian, other] probabilities
 * @param ssrAge        ssrnet's age in years
 */
public record RetiredReadings(float faceresMale, float[] faceresAge, float[] gearAge, float[] gearGender,
                              float[] gearRace, float ssrAge) {

    /** faceres' expected age: the probability-weighted mean of its bins (bin i is i years). */
    public double faceresExpectedAge() {
        double e = 0;
        for (int i = 0; i < faceresAge.length; i++) {
            e += i * faceresAge[i];
        }
        return e;
    }
}
