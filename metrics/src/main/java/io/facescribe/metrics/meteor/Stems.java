package io.facescribe.metrics.meteor;

import org.tartarus.snowball.ext.EnglishStemmer;

/** Snowball English (Porter2) stems, through Lucene's generated stemmer; one stemmer per thread. */
final class Stems {
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {}

    static String of(String word) {
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
