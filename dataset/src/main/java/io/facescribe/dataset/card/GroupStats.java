package io.facescribe.dataset.card;

import io.facescribe.attributes.AttributeNames;

/** Mutable counts for one group of faces: how many, how many show each attribute, and each pair of them. */
final class GroupStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int K = AttributeNames.ALL.size();

    private long faces;
    private final long[] positives = new long[K];
    /** pairs[a * K + b] for a < b: faces showing both. */
    private final long[] pairs = new long[K * K];

    void accept(boolean[] shown) {
        faces++;
        for (int a = 0; a < K; a++) {
            if (!shown[a]) {
                continue;
            }
            positives[a]++;
            for (int b = a + 1; b < K; b++) {
                if (shown[b]) {
                    pairs[a * K + b]++;
                }
            }
        }
    }

    void merge(GroupStats other) {
        faces += other.faces;
        for (int i = 0; i < K; i++) {
            positives[i] += other.positives[i];
        }
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] += other.pairs[i];
        }
    }

    long faces() {
        return faces;
    }

    AttributeShares shares(String group) {
        return new AttributeShares(group, faces, positives);
    }

    Cooccurrence pair(String group, int a, int b) {
        long both = a < b ? pairs[a * K + b] : pairs[b * K + a];
        return new Cooccurrence(group, AttributeNames.ALL.get(a), AttributeNames.ALL.get(b), faces,
                positives[a], positives[b], both);
    }
}
