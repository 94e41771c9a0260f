package io.facescribe.metrics.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A re-implementation (no CoreNLP code) of what pycocoevalcap's tokenizer produces: Stanford PTBTokenizer 3.4.1 run
 * with {@code -preserveLines -lowerCase}, then the toolkit's filter that drops whole tokens listed in its
 * PUNCTUATIONS. It reproduces the PTB conventions that matter for captions and the toolkit's quirks: brackets become
 * {@code -lrb-}/{@code -rrb-}/{@code -lsb-}/… and survive the filter (it lists only upper-case forms), clitics split
 * ({@code is n't}, {@code ca n't}, {@code man 's}), {@code cannot}/{@code gonna} split, runs of {@code !}/{@code ?}
 * stay one token, quotes, dashes and ellipses vanish, emoji and other astral-plane characters are dropped. Each
 * caption is tokenised on its own, so line breaks inside a caption cannot shift captions between images.
 *
 * <p>Stateless and thread-safe.
 */
public final class PtbTokenizer implements CaptionTokenizer {
    static final PtbTokenizer INSTANCE = new PtbTokenizer();

    /** pycocoevalcap's PUNCTUATIONS: whole tokens dropped after tokenisation (note: upper-case bracket forms only). */
    static final Set<String> PUNCTUATIONS = Set.of("''", "'", "``", "`", "-LRB-", "-RRB-", "-LCB-", "-RCB-",
            ".", "?", "!", ",", ":", "-", "--", "...", ";");

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern SGML = Pattern.compile("</?[A-Za-z!?][^<>\\n]*>");
    private static final Pattern SMILEY = Pattern.compile("[<>]?[:;=][-o*']?[()\\[\\]DPp/\\\\|](?![\\p{L}\\p{N}])");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|edu|gov|io|co|uk|de|fr)");
    private static final Pattern LEADING_APOSTROPHE =
            Pattern.compile("(?i)['\u2019](\\d\\d?s?|till?|cause|em|n|tis|twas)(?![\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile("\\p{L}(?:\\.\\p{L})+");

    /** Always abbreviations, any case (titles, Latin). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr",
            "st", "mt", "ft", "etc", "vs", "capt", "col", "gen", "lt", "sgt", "rev", "gov", "sen", "rep", "hon",
            "corp", "inc", "ltd", "bros", "co", "ave", "blvd", "approx", "dept");
    /** Abbreviations only when capitalised (months, days), since their lower-case forms are words. */
    private static final Set<String> CAPITALISED_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun");

    @Override
    public String tokenize(String caption) {
        StringBuilder out = new StringBuilder(caption.length() + 8);
        for (String token : tokens(caption)) {
            if (PUNCTUATIONS.contains(token)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(token);
        }
        return out.toString();
    }

    /** The tokens CoreNLP would print for this caption, lower-cased, before the punctuation filter. */
    public List<String> tokens(String caption) {
        Scan scan = new Scan(prepare(caption));
        scan.run();
        List<String> lower = new ArrayList<>(scan.out.size());
        for (String t : scan.out) lower.add(t.toLowerCase(Locale.ROOT));
        return lower;
    }

    /** Line terminators become spaces; invisible format characters (soft hyphen, zero-width, BOM, VS16) vanish. */
    private static String prepare(String s) {
        s = s.replace("&amp;", "&");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> b.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFE0E', '\uFE0F' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** One left-to-right pass over one caption. */
    private static final class Scan {
        final String s;
        final int n;
        int pos;
        final List<String> out = new ArrayList<>();

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        void run() {
            while (pos < n) {
                char c = s.charAt(pos);
                if (isSpace(c)) {
                    pos++;
                } else if (Character.isSurrogate(c)) {
                    pos++; // astral-plane characters (emoji…) are untokenisable for CoreNLP 3.4.1 and dropped
                } else if (!(match(URL) || match(EMAIL) || (c == '<' && match(SGML)) || smiley())) {
                    if (isWordChar(c)) word();
                    else punctuation(c);
                }
            }
        }

        private boolean match(Pattern p) {
            Matcher m = p.matcher(s).region(pos, n);
            if (!m.lookingAt()) return false;
            int end = m.end();
            if (p == URL) {
                while (end > pos && ".,;:!?)]}'\"".indexOf(s.charAt(end - 1)) >= 0) end--;
            }
            out.add(s.substring(pos, end));
            pos = end;
            return true;
        }

        private boolean smiley() {
            char c = s.charAt(pos);
            if (":;=<>".indexOf(c) < 0) return false;
            Matcher m = SMILEY.matcher(s).region(pos, n);
            if (!m.lookingAt()) return false;
            out.add(s.substring(pos, m.end()).replace("(", "-LRB-").replace(")", "-RRB-")
                    .replace("[", "-LSB-").replace("]", "-RSB-"));
            pos = m.end();
            return true;
        }

        /** A run of word characters joined by inner hyphens, apostrophes, periods, and , : / between digits. */
        private void word() {
            int start = pos;
            int j = pos;
            while (j < n) {
                char c = s.charAt(j);
                if (Character.isHighSurrogate(c)) break;
                if (isWordChar(c)) {
                    j++;
                    continue;
                }
                if (j + 1 < n && j > start && isWordChar(s.charAt(j + 1))) {
                    char prev = s.charAt(j - 1);
                    char next = s.charAt(j + 1);
                    boolean digits = Character.isDigit(prev) && Character.isDigit(next);
                    if (c == '-' || isApostrophe(c) || c == '.' || (digits && (c == ',' || c == ':' || c == '/'))
                            || (c == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next))) {
                        j++;
                        continue;
                    }
                }
                break;
            }
            String chunk = s.substring(start, j).replace('\u2019', '\'');
            if (j < n && s.charAt(j) == '.' && takesPeriod(chunk)) {
                chunk += ".";
                j++;
            }
            pos = j;
            splitPeriods(chunk);
            if (chunk.endsWith(".") && s.substring(pos).isBlank()) out.add("."); // PTB repeats a final abbreviation's period
        }

        private static boolean takesPeriod(String chunk) {
            String lower = chunk.toLowerCase(Locale.ROOT);
            return ABBREVIATIONS.contains(lower) || CAPITALISED_ABBREVIATIONS.contains(chunk)
                    || ACRONYM.matcher(chunk).matches()
                    || (chunk.length() == 1 && Character.isUpperCase(chunk.charAt(0)));
        }

        /** Keeps acronyms (u.s.), numbers (3.5) and domains whole; otherwise a period inside a chunk is a token. */
        private void splitPeriods(String chunk) {
            int dot = chunk.indexOf('.');
            if (dot < 0 || dot == chunk.length() - 1 || ACRONYM.matcher(stripFinalPeriod(chunk)).matches()
                    || DOMAIN.matcher(chunk).matches() || periodsBetweenDigits(chunk)) {
                apostrophes(chunk);
                return;
            }
            apostrophes(chunk.substring(0, dot));
            out.add(".");
            splitPeriods(chunk.substring(dot + 1));
        }

        private static String stripFinalPeriod(String w) {
            return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        }

        private static boolean periodsBetweenDigits(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) != '.') continue;
                if (i == 0 || i == w.length() - 1) return false;
                if (!Character.isDigit(w.charAt(i - 1)) || !Character.isDigit(w.charAt(i + 1))) return false;
            }
            return true;
        }

        /** PTB3 contractions and clitics. */
        private void apostrophes(String w) {
            if (w.isEmpty()) return;
            String lower = w.toLowerCase(Locale.ROOT);
            String[] special = SpecialContractions.split(lower);
            if (special != null) {
                int at = 0;
                for (String part : special) {
                    out.add(w.substring(at, at + part.length()));
                    at += part.length();
                }
                return;
            }
            int apo = w.indexOf('\'');
            if (apo < 0) {
                out.add(w);
                return;
            }
            if (lower.length() > 3 && lower.endsWith("n't")) {
                apostrophes(w.substring(0, w.length() - 3));
                out.add(w.substring(w.length() - 3));
                return;
            }
            int last = w.lastIndexOf('\'');
            String tail = lower.substring(last + 1);
            if (last > 0 && (tail.equals("s") || tail.equals("m") || tail.equals("d") || tail.equals("ll")
                    || tail.equals("re") || tail.equals("ve"))) {
                apostrophes(w.substring(0, last));
                out.add(w.substring(last));
                return;
            }
            int inner = lower.indexOf("'n'");
            if (inner > 0 && inner + 3 < lower.length()) { // rock'n'roll
                apostrophes(w.substring(0, inner));
                out.add(w.substring(inner, inner + 3));
                apostrophes(w.substring(inner + 3));
                return;
            }
            if (apo == 0) {
                if (lower.matches("'\\d\\d?s?|'til|'till|'cause|'em|'n")) {
                    out.add(w);
                } else {
                    out.add("`");
                    apostrophes(w.substring(1));
                }
                return;
            }
            if (lower.startsWith("y'")) {
                out.add(w.substring(0, 2));
                apostrophes(w.substring(2));
                return;
            }
            if (lower.matches("[a-hj-xz]'\\p{L}{2,}.*|\\p{L}*[aeiouy]'[aeiou]\\p{L}*")) {
                out.add(w);
                return;
            }
            apostrophes(w.substring(0, apo));
            out.add("'");
            apostrophes(w.substring(apo + 1));
        }

        private void punctuation(char c) {
            switch (c) {
                case '.' -> dots();
                case '\u2026' -> run(c, "...");
                case '?', '!' -> {
                    int start = pos;
                    while (pos < n && (s.charAt(pos) == '?' || s.charAt(pos) == '!')) pos++;
                    out.add(s.substring(start, pos));
                }
                case '-' -> {
                    int start = pos;
                    while (pos < n && s.charAt(pos) == '-') pos++;
                    out.add(pos - start == 1 ? "-" : "--");
                }
                case '\u2012', '\u2013', '\u2014', '\u2015' -> run(c, "--");
                case '(' -> single("-LRB-");
                case ')' -> single("-RRB-");
                case '[' -> single("-LSB-");
                case ']' -> single("-RSB-");
                case '{' -> single("-LCB-");
                case '}' -> single("-RCB-");
                case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> single(opening() ? "``" : "''");
                case '`' -> {
                    if (pos + 1 < n && s.charAt(pos + 1) == '`') {
                        pos++;
                        single("``");
                    } else {
                        single("`");
                    }
                }
                case '\'', '\u2018', '\u2019', '\u201A', '\u2039', '\u203A' -> {
                    if (c != '\u2018' && leadingApostropheWord()) return;
                    if (pos + 1 < n && isApostrophe(s.charAt(pos + 1)) && c != '\u2018') {
                        pos++;
                        single("''");
                    } else {
                        single(opening() ? "`" : "'");
                    }
                }
                case '\u20AC', '\u00A5' -> single("$");
                case '\u00A3' -> single("#");
                case '\u00A2' -> single("cents");
                case '\u00BD' -> single("1/2");
                case '\u00BC' -> single("1/4");
                case '\u00BE' -> single("3/4");
                case '\u2153' -> single("1/3");
                case '\u2154' -> single("2/3");
                case '#', '@' -> tagged(c);
                default -> {
                    if (isTokenSymbol(c)) single(String.valueOf(c));
                    else pos++; // control and other untokenisable characters are dropped
                }
            }
        }

        /** '90s, 'til, 'cause, 'em, 'n keep their apostrophe; 'tis and 'twas split after 't. */
        private boolean leadingApostropheWord() {
            Matcher m = LEADING_APOSTROPHE.matcher(s).region(pos, n);
            if (!m.lookingAt()) return false;
            pos = m.end();
            apostrophes("'" + m.group(1));
            return true;
        }

        private static boolean isTokenSymbol(char c) {
            if (c < 128) return c > ' ' && c != 127;
            int t = Character.getType(c);
            return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL
                    || t == Character.OTHER_SYMBOL || t == Character.OTHER_PUNCTUATION
                    || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.DASH_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
        }

        /** A quote opens at the start or after a space or an opening bracket. */
        private boolean opening() {
            if (pos == 0) return true;
            char p = s.charAt(pos - 1);
            return isSpace(p) || "([{".indexOf(p) >= 0;
        }

        /** ".", or an ellipsis for two or more periods (also spaced ". . ."). */
        private void dots() {
            int j = pos;
            while (j < n && s.charAt(j) == '.') j++;
            if (j - pos >= 2) {
                pos = j;
                out.add("...");
            } else if (s.startsWith(". . .", pos)) {
                pos += 5;
                out.add("...");
            } else {
                single(".");
            }
        }

        private void run(char c, String token) {
            while (pos < n && s.charAt(pos) == c) pos++;
            out.add(token);
        }

        private void single(String token) {
            pos++;
            out.add(token);
        }

        /** #hashtag and @user are single tokens; a lone # or @ is a token of its own. */
        private void tagged(char c) {
            int j = pos + 1;
            if (j < n && Character.isLetter(s.charAt(j))) {
                while (j < n && (isWordChar(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(s.substring(pos, j));
                pos = j;
            } else {
                single(String.valueOf(c));
            }
        }
    }
}
