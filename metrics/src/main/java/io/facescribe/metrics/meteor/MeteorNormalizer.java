package io.facescribe.metrics.meteor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Meteor's {@code -norm} does to a (PTB-tokenised) caption before matching, written from its observable
 * behaviour: lower-case; common HTML entities decoded; punctuation split off as in the NIST mteval-v13a tokeniser
 * (periods and commas stay inside numbers, a hyphen after a digit is split); a hyphen between two letters becomes a
 * word break ({@code middle-aged} is two words); PTB bracket tokens such as {@code -lrb-} stay whole.
 */
final class MeteorNormalizer {
    private static final Pattern PUNCT = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
    private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private MeteorNormalizer() {}

    static List<String> words(String caption) {
        String s = " " + caption.toLowerCase(Locale.ROOT)
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") + " ";
        s = INNER_HYPHEN.matcher(s).replaceAll(" ");
        s = PUNCT.matcher(s).replaceAll(" $1 ");
        s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
        s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
        s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
