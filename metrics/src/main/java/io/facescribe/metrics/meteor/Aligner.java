package io.facescribe.metrics.meteor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Meteor's alignment, written from its published description: collect every candidate match of every stage
 * (exact, stem, synonym, paraphrase; a word pair keeps the earliest stage that matches it), then choose the subset
 * that covers each word at most once and, in order, covers the most words, forms the fewest chunks and has the
 * smallest summed distance between match positions — by beam search over test positions (beam 40).
 */
final class Aligner {
    static final int EXACT = 0, STEM = 1, SYNONYM = 2, PARAPHRASE = 3;
    private static final int BEAM = 40;

    /** A match of test words [hs, hs+hl) with reference words [rs, rs+rl) found by {@code stage}. */
    record Match(int hs, int hl, int rs, int rl, int stage) {}

    /** The chosen matches in test order and the number of chunks they form. */
    record Alignment(List<Match> matches, int chunks) {}

    private final WordNetSynonyms synonyms;
    private final ParaphraseTable paraphrases;

    Aligner(WordNetSynonyms synonyms, ParaphraseTable paraphrases) {
        this.synonyms = synonyms;
        this.paraphrases = paraphrases;
    }

    Alignment align(List<String> test, List<String> ref) {
        List<List<Match>> byStart = candidates(test, ref);
        return search(test.size(), byStart);
    }

    private List<List<Match>> candidates(List<String> test, List<String> ref) {
        List<List<Match>> byStart = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) byStart.add(new ArrayList<>());
        String[] testStems = new String[test.size()];
        String[] refStems = new String[ref.size()];
        for (int i = 0; i < testStems.length; i++) testStems[i] = Stems.of(test.get(i));
        for (int j = 0; j < refStems.length; j++) refStems[j] = Stems.of(ref.get(j));
        for (int i = 0; i < test.size(); i++) {
            for (int j = 0; j < ref.size(); j++) {
                int stage;
                if (test.get(i).equals(ref.get(j))) stage = EXACT;
                else if (testStems[i].equals(refStems[j])) stage = STEM;
                else if (synonyms != null && synonyms.synonyms(test.get(i), ref.get(j))) stage = SYNONYM;
                else continue;
                byStart.get(i).add(new Match(i, 1, j, 1, stage));
            }
        }
        if (paraphrases != null) addParaphrases(test, ref, byStart);
        return byStart;
    }

    private void addParaphrases(List<String> test, List<String> ref, List<List<Match>> byStart) {
        int max = paraphrases.longestPhrase();
        for (int i = 0; i < test.size(); i++) {
            for (int hl = 1; hl <= max && i + hl <= test.size(); hl++) {
                List<String> a = test.subList(i, i + hl);
                for (int j = 0; j < ref.size(); j++) {
                    for (int rl = 1; rl <= max && j + rl <= ref.size(); rl++) {
                        if (hl == 1 && rl == 1 && hasWordMatch(byStart.get(i), j)) continue;
                        if (paraphrases.paraphrases(a, ref.subList(j, j + rl))) {
                            byStart.get(i).add(new Match(i, hl, j, rl, PARAPHRASE));
                        }
                    }
                }
            }
        }
    }

    private static boolean hasWordMatch(List<Match> matches, int refIndex) {
        for (Match m : matches) if (m.rs == refIndex && m.rl == 1 && m.hl == 1) return true;
        return false;
    }

    /** A partial alignment over test positions [0, next). */
    private record State(int next, BitSet usedRef, Node chosen, int covered, int chunks, int distance) {}

    /** Persistent list of chosen matches, newest first. */
    private record Node(Match match, Node previous) {}

    private static final Comparator<State> BETTER = Comparator.comparingInt((State s) -> -s.covered)
            .thenComparingInt(s -> s.chunks).thenComparingInt(s -> s.distance);

    private static Alignment search(int testLength, List<List<Match>> byStart) {
        List<State> beam = new ArrayList<>();
        beam.add(new State(0, new BitSet(), null, 0, 0, 0));
        for (int i = 0; i < testLength; i++) {
            List<State> next = new ArrayList<>();
            for (State s : beam) {
                if (s.next > i) { // inside a phrase match taken earlier
                    next.add(s);
                    continue;
                }
                next.add(new State(i + 1, s.usedRef, s.chosen, s.covered, s.chunks, s.distance));
                for (Match m : byStart.get(i)) {
                    if (s.usedRef.get(m.rs, m.rs + m.rl).cardinality() > 0) continue;
                    BitSet used = (BitSet) s.usedRef.clone();
                    used.set(m.rs, m.rs + m.rl);
                    Match last = s.chosen == null ? null : s.chosen.match;
                    boolean continues = last != null && last.hs + last.hl == m.hs && last.rs + last.rl == m.rs;
                    next.add(new State(i + m.hl, used, new Node(m, s.chosen), s.covered + m.hl + m.rl,
                            s.chunks + (continues ? 0 : 1), s.distance + Math.abs(m.hs - m.rs)));
                }
            }
            next.sort(BETTER);
            beam = next.size() > BEAM ? new ArrayList<>(next.subList(0, BEAM)) : next;
        }
        State best = beam.get(0);
        List<Match> matches = new ArrayList<>();
        for (Node n = best.chosen; n != null; n = n.previous) matches.add(0, n.match);
        return new Alignment(matches, best.chunks);
    }
}
