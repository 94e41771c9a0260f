package io.facescribe.analysis;

/**
 * The raw outputs of the face networks for one face, before interpretation.
 *
 * @param emotion       7 probabilities (angry, disgust, fear, happy, sad, surprise, neutral)
 * @param faceresMale   faceres' sigmoid, > 0.5 meaning male
 * @param faceresAge    faceres' 100 age-bin probabilities
 * @param descriptor    faceres' 1024-d descriptor
 * @param gearAge       gear's 7 age-bin probabilities
 * @param gearGender    gear's [male, female] probabilities
 * @param gearRace      gear's [white, black, asian, indian, other] probabilities
 * @param ssrAge        ssrnet's age in years
 */
public record Readings(float[] emotion, float faceresMale, float[] faceresAge, float[] descriptor, float[] gearAge,
                       float[] gearGender, float[] gearRace, float ssrAge) {

    /** faceres' expected age: the probability-weighted mean of its bins (bin i is i years). */
    public double faceresExpectedAge() {
        double e = 0;
        for (int i = 0; i < faceresAge.length; i++) {
            e += i * faceresAge[i];
        }
        return e;
    }

    /** The features calibrations are fitted on, in a fixed order (see {@link Calibration}). */
    public double[] ageFeatures() {
        double[] f = new double[3 + gearAge.length];
        f[0] = 1;
        f[1] = faceresExpectedAge();
        f[2] = ssrAge;
        for (int i = 0; i < gearAge.length; i++) {
            f[3 + i] = gearAge[i];
        }
        return f;
    }

    public double[] genderFeatures() {
        return new double[] {1, logit(1 - faceresMale), logit(gearGender[1])};
    }

    public double[] raceFeatures() {
        return logs(gearRace);
    }

    public double[] emotionFeatures() {
        return logs(emotion);
    }

    private static double[] logs(float[] p) {
        double[] f = new double[p.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.log(Math.max(1e-6, p[i]));
        }
        return f;
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }
}
