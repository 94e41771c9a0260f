package io.facescribe.metrics.meteor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Meteor's "function words": words (and punctuation tokens) so frequent that their matches weigh 1 - delta instead of
 * delta. Meteor 1.5 ships a corpus-derived list (relative frequency above 1e-3) that is not redistributed here; the
 * bundled list is our own list of very frequent English words and tokens, consistent with every per-segment
 * statistic in meteor_no_paraphrase.public.json. Meteor's own {@code english.words} can be supplied instead.
 */
public final class FunctionWords {
    private static final String BUNDLED = "function-words-en.txt";
    private final Set<String> words;

    private FunctionWords(Set<String> words) { this.words = Set.copyOf(words); }

    public static FunctionWords bundled() {
        try (InputStream in = FunctionWords.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
            return new FunctionWords(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word per line (UTF-8); blank lines and lines starting with '#' are ignored. */
    public static FunctionWords fromFile(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new FunctionWords(read(r));
        }
    }

    private static Set<String> read(BufferedReader r) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line; (line = r.readLine()) != null; ) {
            String w = line.trim();
            if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
        }
        return out;
    }

    public boolean contains(String word) { return words.contains(word); }
}
