package io.facescribe.metrics.tokenize;

/** Turns one raw caption into the space-separated token string the scorers see. Implementations are thread-safe. */
public interface CaptionTokenizer {
    String tokenize(String caption);

    /** Pre-tokenised input: captions are passed through unchanged. */
    CaptionTokenizer NONE = caption -> caption;

    /** pycocoevalcap's pipeline: PTB tokenisation (-preserveLines -lowerCase) then its punctuation filter. */
    static CaptionTokenizer ptb() { return PtbTokenizer.INSTANCE; }
}
