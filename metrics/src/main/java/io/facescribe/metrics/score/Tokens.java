package io.facescribe.metrics.score;

import java.util.ArrayList;
import java.util.List;

/** The two ways pycocoevalcap splits a tokenised caption. */
public final class Tokens {
    private Tokens() {}

    /** Python's {@code str.isspace()} for one UTF-16 unit (every Python whitespace character is in the BMP). */
    static boolean isPythonWhitespace(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        if (c < '\u0085') return false;
        return c == '\u0085' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** Python {@code s.split()}: runs of Unicode whitespace separate tokens, no empty tokens (BLEU, CIDEr). */
    public static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isPythonWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !isPythonWhitespace(s.charAt(i))) i++;
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** Python {@code s.split(" ")}: every single space separates, empty tokens kept; "" gives [""] (ROUGE-L). */
    public static List<String> splitSpace(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
