package io.facescribe.search;

import java.util.List;

/**
 * The answer to one query.
 *
 * @param query  the query as read
 * @param hits   the best faces, best first
 * @param notes  what the user should know about the query ("'tattoo' is not measured")
 * @param faces  how many faces were searched
 * @param millis how long it took
 */
public record SearchResult(FaceQuery query, List<SearchHit> hits, List<String> notes, long faces, double millis) {
    public SearchResult {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }
}
