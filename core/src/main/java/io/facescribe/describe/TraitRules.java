package io.facescribe.describe;

/**
 * The composer's rules, in one place.
 *
 * @param includeSensitive         state ethnicity and attractiveness
 * @param includeOrdinary          also state the usual states (eyes open, mouth closed)
 * @param emotionDominance         a top emotion at least this probable is said alone; else the top two
 * @param emotionSecondMin         the second emotion is said only when at least this probable
 * @param attractiveDropWithMakeup probability of dropping "attractive" when heavy make-up is also stated
 * @param ageNoise                 the noisy-number form moves the estimate by up to this fraction
 * @param ageBracket               half-width in years of the bracket form
 */
public record TraitRules(boolean includeSensitive, boolean includeOrdinary, double emotionDominance,
                         double emotionSecondMin, double attractiveDropWithMakeup, double ageNoise, int ageBracket)
        implements java.io.Serializable {

    public static TraitRules defaults() {
        return new TraitRules(true, false, 0.5, 0.15, 0.8, 1.0 / 15, 5);
    }

    public TraitRules withSensitive(boolean value) {
        return new TraitRules(value, includeOrdinary, emotionDominance, emotionSecondMin, attractiveDropWithMakeup,
                ageNoise, ageBracket);
    }

    public TraitRules withOrdinary(boolean value) {
        return new TraitRules(includeSensitive, value, emotionDominance, emotionSecondMin, attractiveDropWithMakeup,
                ageNoise, ageBracket);
    }
}
