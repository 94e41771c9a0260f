package io.facescribe.dataset.card;

import java.util.List;

/**
 * The captions of the kept faces; immutable.
 *
 * @param captions           how many captions
 * @param words              caption length in words
 * @param vocabulary         distinct words (a lower bound when {@code vocabularyComplete} is false)
 * @param vocabularyComplete false when the distinct words exceeded the counting limit
 * @param topWords           the most frequent words, stop words left out
 * @param missing            captions whose guard found a measured trait missing
 * @param invented           captions whose guard found something not measured
 * @param flagged            captions with either
 * @param fallbacks          captions marked as the built-in fallback for a rejected one
 */
public record CaptionSummary(long captions, Spread words, long vocabulary, boolean vocabularyComplete,
                             List<Tally.Entry> topWords, long missing, long invented, long flagged, long fallbacks) {

    public CaptionSummary {
        topWords = List.copyOf(topWords);
    }

    public double flaggedShare() {
        return captions == 0 ? 0 : (double) flagged / captions;
    }
}
