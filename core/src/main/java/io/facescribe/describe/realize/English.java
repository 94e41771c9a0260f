package io.facescribe.describe.realize;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small pieces of English grammar the realizer needs: articles, coordination, pronouns. */
final class English {

    private English() {
    }

    /** Pronouns and verb forms that agree with a gender ("female", "male") or are neutral (null). */
    record Pronoun(String subject, String possessive, String be, String have, String look) {
        static Pronoun of(String gender) {
            if ("female".equals(gender)) {
                return new Pronoun("she", "her", "is", "has", "looks");
            }
            if ("male".equals(gender)) {
                return new Pronoun("he", "his", "is", "has", "looks");
            }
            return new Pronoun("they", "their", "are", "have", "look");
        }
    }

    /** "a" or "an" before this phrase, by how its first word sounds. */
    static String indefinite(String phrase) {
        String w = phrase.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return "a";
        }
        char c = w.charAt(0);
        if (Character.isDigit(c)) {
            int end = 0;
            while (end < w.length() && Character.isDigit(w.charAt(end))) {
                end++;
            }
            String n = w.substring(0, end);
            // eight, eighteen, eighty..., eleven, eleven hundred
            boolean an = c == '8' || n.equals("11") || n.equals("18") || (n.length() == 4 && n.startsWith("11"))
                    || (n.length() == 4 && n.startsWith("18"));
            return an ? "an" : "a";
        }
        for (String p : List.of("uni", "use", "usu", "uti", "one", "once", "eu", "ewe", "ure")) {
            if (w.startsWith(p)) {
                return "a";
            }
        }
        for (String p : List.of("hour", "honest", "honou", "heir")) {
            if (w.startsWith(p)) {
                return "an";
            }
        }
        return "aeiou".indexOf(c) >= 0 ? "an" : "a";
    }

    static String withIndefinite(String phrase) {
        return indefinite(phrase) + " " + phrase;
    }

    /** "x", "x and y", "x, y and z". */
    static String join(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        };
    }

    /** Adjectives of peoples and places, which English writes with a capital whatever their source wrote. */
    private static final java.util.regex.Pattern PROPER = java.util.regex.Pattern.compile(
            "\\b(asian|indian|caucasian|african|hispanic|latino|latina|european|arab|arabic)\\b");

    /** The phrase with its proper adjectives capitalised: "an asian woman" becomes "an Asian woman". */
    static String properAdjectives(String phrase) {
        return PROPER.matcher(phrase).replaceAll(m -> capitalize(m.group(1)));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String possessive(String phrase, Pronoun p) {
        return phrase.replace("{pos}", p.possessive());
    }
}
