package io.facescribe.metrics.meteor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A paraphrase table for METEOR's fourth stage (Meteor 1.5's {@code paraphrase-en.gz}, which cannot be fetched here:
 * the user supplies it). Two layouts are read, gzipped or not: Meteor's, in which every entry is three lines
 * (probability, phrase, paraphrase), and one entry per line {@code phrase ||| paraphrase [||| probability]}.
 * Phrases are matched on normalised words; the relation is used in both directions.
 */
public final class ParaphraseTable {
    private final Map<String, Set<String>> paraphrases;
    private final int longestPhrase;

    private ParaphraseTable(Map<String, Set<String>> paraphrases, int longestPhrase) {
        this.paraphrases = paraphrases;
        this.longestPhrase = longestPhrase;
    }

    public static ParaphraseTable load(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        Map<String, Set<String>> map = new HashMap<>();
        int[] longest = {1};
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null) return new ParaphraseTable(map, 1);
            if (first.contains("|||")) {
                for (String line = first; line != null; line = r.readLine()) {
                    String[] parts = line.split("\\|\\|\\|");
                    if (parts.length >= 2) add(map, longest, parts[0], parts[1]);
                }
            } else {
                for (String prob = first; prob != null; prob = r.readLine()) {
                    String a = r.readLine();
                    String b = r.readLine();
                    if (a == null || b == null) throw new IOException(file + ": truncated paraphrase entry");
                    add(map, longest, a, b);
                }
            }
        }
        return new ParaphraseTable(map, longest[0]);
    }

    private static void add(Map<String, Set<String>> map, int[] longest, String a, String b) {
        String x = String.join(" ", MeteorNormalizer.words(a));
        String y = String.join(" ", MeteorNormalizer.words(b));
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) return;
        map.computeIfAbsent(x, k -> new HashSet<>()).add(y);
        map.computeIfAbsent(y, k -> new HashSet<>()).add(x);
        longest[0] = Math.max(longest[0], Math.max(x.split(" ").length, y.split(" ").length));
    }

    int longestPhrase() { return longestPhrase; }

    boolean paraphrases(List<String> a, List<String> b) {
        Set<String> s = paraphrases.get(String.join(" ", a));
        return s != null && s.contains(String.join(" ", b));
    }
}
