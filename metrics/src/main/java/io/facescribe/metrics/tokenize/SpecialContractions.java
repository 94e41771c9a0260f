package io.facescribe.metrics.tokenize;

import java.util.Map;

/** Whole words that PTB3 tokenisation splits although they hold no apostrophe clitic (cannot -> can not). */
final class SpecialContractions {
    private static final Map<String, String[]> SPLITS = Map.ofEntries(
            Map.entry("cannot", new String[] {"can", "not"}),
            Map.entry("gonna", new String[] {"gon", "na"}),
            Map.entry("gotta", new String[] {"got", "ta"}),
            Map.entry("lemme", new String[] {"lem", "me"}),
            Map.entry("gimme", new String[] {"gim", "me"}),
            Map.entry("wanna", new String[] {"wan", "na"}),
            Map.entry("'tis", new String[] {"'t", "is"}),
            Map.entry("'twas", new String[] {"'t", "was"}),
            Map.entry("whaddya", new String[] {"wha", "dd", "ya"}),
            Map.entry("whatcha", new String[] {"wha", "t", "cha"}),
            Map.entry("more'n", new String[] {"more", "'n"}));

    private SpecialContractions() {}

    /** The parts of {@code lowerCaseWord} (their lengths add up to the word's), or null if it is not special. */
    static String[] split(String lowerCaseWord) {
        return SPLITS.get(lowerCaseWord);
    }
}
