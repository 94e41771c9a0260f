package io.facescribe.metrics.score;

import io.facescribe.metrics.Corpus;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

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
        this(corpus, corpus.size() >= 4096 ? Math.min(Runtime.getRuntime().availableProcessors(), 4) : 1);
    }

    NgramCorpus(Corpus corpus, int parts) {
        List<String> ids = corpus.imageIds();
        candidates = new Sentence[ids.size()];
        references = new Sentence[ids.size()][];
        // Each part interns its own range of images in parallel; later parts are then renumbered into part 0's ids.
        Part[] built = new Part[parts];
        IntStream.range(0, parts).parallel().forEach(p ->
                built[p] = new Part(corpus, ids.size() * p / parts, ids.size() * (p + 1) / parts));
        for (int p = 1; p < parts; p++) built[0].absorb(built[p]);
        for (Part part : built) {
            System.arraycopy(part.candidates, 0, candidates, part.from, part.candidates.length);
            System.arraycopy(part.references, 0, references, part.from, part.references.length);
        }
        singleSpaced = allSingleSpaced(corpus);
        distinct[0] = built[0].vocabulary.size();
        for (int k = 1; k < MAX_N; k++) distinct[k] = built[0].higher[k].size();
    }

    /** The n-gram ids of images [from, to) in a numbering of its own. */
    private static final class Part {
        final int from;
        final Vocabulary vocabulary = new Vocabulary();
        final LongIntMap[] higher = new LongIntMap[MAX_N];
        final Sentence[] candidates;
        final Sentence[][] references;

        Part(Corpus corpus, int from, int to) {
            this.from = from;
            for (int k = 1; k < MAX_N; k++) higher[k] = new LongIntMap((to - from) * 16);
            candidates = new Sentence[to - from];
            references = new Sentence[to - from][];
            List<String> ids = corpus.imageIds();
            for (int i = from; i < to; i++) {
                String id = ids.get(i);
                List<String> refs = corpus.references(id);
                Sentence[] s = new Sentence[refs.size()];
                for (int r = 0; r < refs.size(); r++) s[r] = sentence(refs.get(r), vocabulary, higher);
                references[i - from] = s;
                candidates[i - from] = sentence(corpus.candidate(id), vocabulary, higher);
            }
        }

        /** Renumbers {@code other}'s sentences into this part's ids (adding the n-grams this part lacks). */
        void absorb(Part other) {
            int[][] map = new int[MAX_N][];
            map[0] = new int[other.vocabulary.size()];
            for (int id = 0; id < map[0].length; id++) map[0][id] = vocabulary.id(other.vocabulary.token(id));
            for (int k = 1; k < MAX_N; k++) {
                map[k] = new int[other.higher[k].size()];
                for (int id = 0; id < map[k].length; id++) {
                    long key = other.higher[k].keyOf(id);
                    int prefix = map[k - 1][(int) (key >>> 32)];
                    int last = map[0][(int) key];
                    map[k][id] = higher[k].idOf(((long) prefix << 32) | last);
                }
            }
            for (Sentence s : other.candidates) renumber(s, map);
            for (Sentence[] refs : other.references) for (Sentence s : refs) renumber(s, map);
        }

        private static void renumber(Sentence s, int[][] map) {
            for (int k = 0; k < MAX_N; k++) {
                int[] g = s.grams()[k];
                for (int i = 0; i < g.length; i++) g[i] = map[k][g[i]];
            }
        }
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
