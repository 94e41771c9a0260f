package io.facescribe.dataset.card;

import io.facescribe.attributes.AttributeNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For one group of faces, how many show each of the 40 CelebA attributes (probability >= 0.5); immutable.
 *
 * @param group     the group's name ("all", "female", "20-29", …)
 * @param faces     faces in the group that carry attribute probabilities
 * @param positives per attribute, in {@link AttributeNames#ALL} order
 */
public record AttributeShares(String group, long faces, List<Long> positives) {

    public AttributeShares(String group, long faces, long[] positives) {
        this(group, faces, java.util.Arrays.stream(positives).boxed().toList());
    }

    public AttributeShares {
        positives = List.copyOf(positives);
    }

    public long count(String attribute) {
        return positives.get(AttributeNames.indexOf(attribute));
    }

    /** The share of the group's faces showing {@code attribute}; 0 for an empty group. */
    public double share(String attribute) {
        return faces == 0 ? 0 : (double) count(attribute) / faces;
    }

    /** Attribute names, most frequent first (ties in CelebA order). */
    public List<String> sortedAttributes() {
        List<String> names = new ArrayList<>(AttributeNames.ALL);
        names.sort(Comparator.comparingLong(this::count).reversed());
        return names;
    }
}
