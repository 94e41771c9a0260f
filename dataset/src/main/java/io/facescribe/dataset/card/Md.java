package io.facescribe.dataset.card;

import java.util.List;
import java.util.Locale;

/** Small Markdown helpers: tables, escaping, number formats. */
final class Md {

    private Md() {
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(i == 0 ? "---|" : "--:|");
        }
        out.append('\n');
        rows.forEach(r -> row(out, r));
        return out.append('\n').toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append('\n');
    }

    /** Text safe inside a table cell or a line: no pipes, no line breaks, no markup characters at work. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c == '_' && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.append(c); // inside a word an underscore is not emphasis
            } else if ("|\\`*_[]<>#".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "–" : pct((double) part / whole);
    }

    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String dec(double x, int places) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%." + places + "f", x);
    }

    static String image(String alt, String file) {
        return "![" + esc(alt) + "](charts/" + file + ")\n\n";
    }
}
