package io.facescribe.describe.style;

import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.Mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The background a user's captions are weighed against: in how many descriptions of a corpus each word occurs
 * and each trait is said (document frequencies), never a description itself. The shipped one is counted from
 * the Face2Text training descriptions ({@code ./facescribe-workshop train style-background}).
 *
 * @param documents  descriptions counted
 * @param words      per word (lower case, letters only): descriptions it occurs in; words in fewer than
 *                   {@link #MIN_DOCUMENTS} left out
 * @param concepts   per concept ({@code age} for any age): descriptions that state it (not negated)
 * @param provenance where it was counted from
 */
public record StyleBackground(int documents, Map<String, Integer> words, Map<String, Integer> concepts,
                              Map<String, Object> provenance) {

    public static final String RESOURCE = "/io/facescribe/describe/style-background.json";
    /** Words rarer than this in the corpus are not shipped (they are statistics of one or two people's text). */
    public static final int MIN_DOCUMENTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public StyleBackground {
        words = Map.copyOf(words);
        concepts = Map.copyOf(concepts);
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Counts a corpus with the caption reader (for concepts). */
    public static StyleBackground of(List<String> texts, CaptionReader reader, Map<String, Object> provenance) {
        Map<String, Integer> words = new TreeMap<>();
        Map<String, Integer> concepts = new TreeMap<>();
        for (String text : texts) {
            new HashSet<>(words(text)).forEach(w -> words.merge(w, 1, Integer::sum));
            concepts(reader.read(text)).forEach(c -> concepts.merge(c, 1, Integer::sum));
        }
        words.values().removeIf(n -> n < MIN_DOCUMENTS);
        return new StyleBackground(texts.size(), words, concepts, provenance);
    }

    /** The words of a text for keywords: lower case, letters only. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The concepts a read text states, once each ({@code age} for any age; negations and unmeasured words left out). */
    static Set<String> concepts(List<Mention> mentions) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!m.negated() && !m.concept().startsWith("unmeasured:")) {
                out.add(m.concept());
            }
        }
        return out;
    }

    public int wordDocuments(String word) {
        return words.getOrDefault(word, 0);
    }

    public int conceptDocuments(String concept) {
        return concepts.getOrDefault(concept, 0);
    }

    public static StyleBackground read(InputStream in) throws IOException {
        return JSON.readValue(in, StyleBackground.class);
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), this);
    }

    /** The shipped background, read once. */
    public static StyleBackground shipped() {
        return Shipped.VALUE;
    }

    private static final class Shipped {
        static final StyleBackground VALUE = load();

        private static StyleBackground load() {
            try (InputStream in = StyleBackground.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no shipped style background (" + RESOURCE
                            + "); rebuild it with ./facescribe-workshop train style-background");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped style background is unreadable; rebuild it with "
                        + "./facescribe-workshop train style-background", e);
            }
        }
    }
}
