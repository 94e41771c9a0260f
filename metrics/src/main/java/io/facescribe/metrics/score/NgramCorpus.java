package io.facescribe.metrics.score;

import io.facescribe.metrics.Corpus;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A corpus with every caption split with Python's {@code str.split()} and turned into n-gram ids, n = 1..{@link #MAX_N}.
 * Two n-grams of the same order have the same id iff they are the same token sequence; ids of order n are dense in
 * {@code [0, distinct(n))}. Shared by BLEU and CIDEr-D.
 */
final class NgramCorpus {
    static final int MAX_N = 4;

    /** grams[k][i] = id of the (k+1)-gram starting at token i; grams[k].length = max(0, tokens - k). */
    record Sentence(int length, int[][] grams) {}

    final Sentence[] candidates;
    final Sentence[][] references;
    private final int[] distinct = new int[MAX_N];

    /** One n-gram view per corpus object (identity), shared by the scorers that run on the same corpus. */
    private static final Map<Corpus, NgramCorpus> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    static NgramCorpus of(Corpus corpus) {
        NgramCorpus n = SHARED.get(corpus);
        if (n == null) {
            n = new NgramCorpus(corpus);
            SHARED.put(corpus, n);
        }
        return n;
    }

    /** True when every caption is tokens separated by single spaces, so split() and split(" ") agree. */
    final boolean singleSpaced;

    NgramCorpus(Corpus corpus) {
        Vocabulary vocabulary = new Vocabulary();
        LongIntMap[] higher = new LongIntMap[MAX_N];
        for (int k = 1; k < MAX_N; k++) higher[k] = new LongIntMap(corpus.size() * 16);
        List<String> ids = corpus.imageIds();
        candidates = new Sentence[ids.size()];
        references = new Sentence[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            List<String> refs = corpus.references(id);
            references[i] = new Sentence[refs.size()];
            for (int r = 0; r < refs.size(); r++) references[i][r] = sentence(refs.get(r), vocabulary, higher);
            candidates[i] = sentence(corpus.candidate(id), vocabulary, higher);
        }
        singleSpaced = allSingleSpaced(corpus);
        distinct[0] = vocabulary.size();
        for (int k = 1; k < MAX_N; k++) distinct[k] = higher[k].size();
    }

    private static Sentence sentence(String text, Vocabulary vocabulary, LongIntMap[] higher) {
        int[] unigrams = vocabulary.ids(Tokens.splitWhitespace(text));
        int[][] grams = new int[MAX_N][];
        grams[0] = unigrams;
        for (int k = 1; k < MAX_N; k++) {
            int[] prev = grams[k - 1];
            int[] cur = new int[Math.max(0, unigrams.length - k)];
            for (int i = 0; i < cur.length; i++) {
                cur[i] = higher[k].idOf(((long) prev[i] << 32) | unigrams[i + k]);
            }
            grams[k] = cur;
        }
        return new Sentence(unigrams.length, grams);
    }

    private static boolean allSingleSpaced(Corpus corpus) {
        for (String id : corpus.imageIds()) {
            if (!singleSpaced(corpus.candidate(id))) return false;
            for (String r : corpus.references(id)) if (!singleSpaced(r)) return false;
        }
        return true;
    }

    private static boolean singleSpaced(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : Tokens.isPythonWhitespace(c)) return false;
        }
        return true;
    }

    int size() { return candidates.length; }

    /** Number of distinct n-grams of order k+1 in the whole corpus (candidates and references). */
    int distinct(int k) { return distinct[k]; }
}
