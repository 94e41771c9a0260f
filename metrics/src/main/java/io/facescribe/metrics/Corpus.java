package io.facescribe.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The captions to score: for every image, its references and exactly one candidate, in a fixed image order.
 * Immutable. Construction checks what pycocoevalcap asserts: the same image ids on both sides and at least
 * one reference per image. An empty candidate is allowed (it is scored, as the toolkit does).
 */
public final class Corpus {
    private final List<String> imageIds;
    private final Map<String, List<String>> references;
    private final Map<String, String> candidates;

    private Corpus(List<String> imageIds, Map<String, List<String>> references, Map<String, String> candidates) {
        this.imageIds = imageIds;
        this.references = references;
        this.candidates = candidates;
    }

    /**
     * @param references image id to reference captions; its iteration order is the image order
     * @param candidates image id to candidate caption; must have exactly the same ids
     * @throws InvalidInputException when the id sets differ, an image has no reference, or a caption is null
     */
    public static Corpus of(Map<String, ? extends List<String>> references, Map<String, String> candidates) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(candidates, "candidates");
        List<String> missingCandidates = new ArrayList<>();
        for (String id : references.keySet()) if (!candidates.containsKey(id)) missingCandidates.add(id);
        List<String> missingReferences = new ArrayList<>();
        for (String id : candidates.keySet()) if (!references.containsKey(id)) missingReferences.add(id);
        if (!missingCandidates.isEmpty()) {
            throw new InvalidInputException(missingCandidates.size() + " image(s) have references but no candidate, e.g. "
                    + preview(missingCandidates));
        }
        if (!missingReferences.isEmpty()) {
            throw new InvalidInputException(missingReferences.size() + " image(s) have a candidate but no references, e.g. "
                    + preview(missingReferences));
        }
        Map<String, List<String>> refs = new LinkedHashMap<>();
        Map<String, String> cands = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends List<String>> e : references.entrySet()) {
            String id = e.getKey();
            List<String> list = e.getValue();
            if (list == null || list.isEmpty()) throw new InvalidInputException("image " + id + " has no reference caption");
            for (String r : list) if (r == null) throw new InvalidInputException("image " + id + " has a null reference caption");
            String c = candidates.get(id);
            if (c == null) throw new InvalidInputException("image " + id + " has a null candidate caption");
            refs.put(id, List.copyOf(list));
            cands.put(id, c);
        }
        return new Corpus(List.copyOf(refs.keySet()), Collections.unmodifiableMap(refs), Collections.unmodifiableMap(cands));
    }

    private static String preview(List<String> ids) {
        return ids.size() <= 5 ? ids.toString() : ids.subList(0, 5) + " …";
    }

    public int size() { return imageIds.size(); }

    public List<String> imageIds() { return imageIds; }

    public List<String> references(String imageId) { return references.get(imageId); }

    public String candidate(String imageId) { return candidates.get(imageId); }

    public Map<String, List<String>> references() { return references; }

    public Map<String, String> candidates() { return candidates; }
}
