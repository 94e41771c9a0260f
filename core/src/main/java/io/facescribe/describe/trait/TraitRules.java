package io.facescribe.describe.trait;

import io.soabase.recordbuilder.core.RecordBuilder;

import io.facescribe.OptionException;

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
 * @param lead                     how a caption opens and orders its traits: as people describe a face, or as
 *                                 the text2face method builds training captions
 */
@RecordBuilder
public record TraitRules(boolean includeSensitive, boolean includeOrdinary, double emotionDominance,
                         double emotionSecondMin, double attractiveDropWithMakeup, double ageNoise, int ageBracket,
                         Lead lead)
        implements TraitRulesBuilder.With, java.io.Serializable {

    /** How a caption opens and in what order its traits come. */
    public enum Lead {
        /**
         * As people describe a face: the gender and an age word ("a young woman"; {@link AgeValue#WORDS}), then
         * the hair ({@link TraitTable#LEAD}), then the other traits in a seeded order. The default for sentences.
         */
        PEOPLE,
        /**
         * The text2face method: the age in one of three equally likely forms (a noisy number, a bracket of years,
         * a category), every trait in a seeded random order. The default for training captions (data sets, tags,
         * a trigger word, a CLIP token budget), which keep exact ages.
         */
        TEXT2FACE;

        public static Lead parse(String s) {
            return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "people" -> PEOPLE;
                case "text2face" -> TEXT2FACE;
                default -> throw new OptionException("lead", "is people or text2face, not '" + s + "'");
            };
        }

        /** The name as the command line takes it. */
        public String flag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TraitRules {
        if (lead == null) {
            lead = Lead.PEOPLE;
        }
    }

    public static TraitRules defaults() {
        return new TraitRules(true, false, 0.5, 0.15, 0.8, 1.0 / 15, 5, Lead.PEOPLE);
    }

    /** The text2face method's rules: {@link Lead#TEXT2FACE}, the rest as the defaults. */
    public static TraitRules text2face() {
        return defaults().withLead(Lead.TEXT2FACE);
    }

    public TraitRules withSensitive(boolean value) {
        return withIncludeSensitive(value);
    }

    public TraitRules withOrdinary(boolean value) {
        return withIncludeOrdinary(value);
    }
}
