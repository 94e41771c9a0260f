package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Mutable caption counts: lengths, word frequencies (bounded), guard results. */
final class CaptionStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_WORDS = 200_000;

    private long captions;
    private final IntCounts lengths = new IntCounts(10_000);
    private final Counter words = new Counter(MAX_WORDS);
    private long missing;
    private long invented;
    private long flagged;
    private long fallbacks;

    void accept(JsonNode caption) {
        String text = Json.text(caption, "text");
        if (text == null) {
            return;
        }
        captions++;
        List<String> split = Words.split(text);
        lengths.add(split.size());
        split.forEach(words::add);
        JsonNode guard = Json.object(caption, "guard");
        boolean m = !Json.array(guard, "missing").isEmpty();
        boolean i = !Json.array(guard, "invented").isEmpty();
        missing += m ? 1 : 0;
        invented += i ? 1 : 0;
        flagged += m || i ? 1 : 0;
        JsonNode fallback = caption.get("fallback");
        fallbacks += fallback != null && (fallback.asBoolean(false) || fallback.isObject() || fallback.isTextual()
                && !fallback.asText().isEmpty()) ? 1 : 0;
    }

    void merge(CaptionStats other) {
        captions += other.captions;
        lengths.merge(other.lengths);
        words.merge(other.words);
        missing += other.missing;
        invented += other.invented;
        flagged += other.flagged;
        fallbacks += other.fallbacks;
    }

    CaptionSummary summary(int topN) {
        Tally all = words.tally();
        List<Tally.Entry> top = new ArrayList<>();
        for (Tally.Entry e : all.entries()) {
            if (top.size() == topN) {
                break;
            }
            if (!Words.STOP.contains(e.key())) {
                top.add(e);
            }
        }
        return new CaptionSummary(captions, lengths.spread(30), words.distinct(), all.complete(), top,
                missing, invented, flagged, fallbacks);
    }
}
