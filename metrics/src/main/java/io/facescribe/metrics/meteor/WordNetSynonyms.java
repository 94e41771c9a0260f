package io.facescribe.metrics.meteor;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WordNet 3.0 synsets of a word (all parts of speech, the word's own lemma and its morphological base forms), via
 * extJWNL and its bundled WordNet 3.0 data. Two words are synonyms for METEOR when their synset sets intersect.
 * The dictionary loads lazily, once per JVM, on first use; lookups are cached and thread-safe.
 */
final class WordNetSynonyms {
    private static final String WN30 = "/net/sf/extjwnl/data/wordnet/wn30/res_properties.xml";
    private final ConcurrentHashMap<String, Set<Long>> cache = new ConcurrentHashMap<>();

    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getResourceInstance(WN30);
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot load WordNet 3.0 (extjwnl-data-wn30): " + e.getMessage(), e);
            }
        }
    }

    static final WordNetSynonyms INSTANCE = new WordNetSynonyms();

    private WordNetSynonyms() {}

    /** Synset keys (part of speech and offset) of the word; empty for words WordNet does not know. */
    Set<Long> synsets(String word) {
        return cache.computeIfAbsent(word, WordNetSynonyms::lookup);
    }

    boolean synonyms(String a, String b) {
        Set<Long> sa = synsets(a);
        if (sa.isEmpty()) return false;
        for (Long id : synsets(b)) if (sa.contains(id)) return true;
        return false;
    }

    private static Set<Long> lookup(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) return Set.of();
        Set<Long> out = new HashSet<>();
        Dictionary d = Holder.DICTIONARY;
        try {
            IndexWordSet set;
            synchronized (d) {
                set = d.lookupAllIndexWords(word);
            }
            for (IndexWord w : set.getIndexWordArray()) {
                long pos = w.getPOS().getId();
                for (long offset : w.getSynsetOffsets()) out.add((pos << 40) | offset);
            }
        } catch (JWNLException e) {
            return Set.of();
        }
        return Set.copyOf(out);
    }
}
