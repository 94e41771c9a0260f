package io.facescribe.metrics;

import io.facescribe.metrics.tokenize.CaptionTokenizer;

import java.util.Locale;

/** How captions are tokenised before scoring. */
public enum Tokenization {
    /** pycocoevalcap's PTBTokenizer pipeline (the default). */
    PTB(CaptionTokenizer.ptb()),
    /** Input is already tokenised: lower-case, space-separated, punctuation removed. */
    NONE(CaptionTokenizer.NONE);

    private final CaptionTokenizer tokenizer;

    Tokenization(CaptionTokenizer tokenizer) { this.tokenizer = tokenizer; }

    public CaptionTokenizer tokenizer() { return tokenizer; }

    public static Tokenization parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "ptb" -> PTB;
            case "none" -> NONE;
            default -> throw new InvalidInputException("unknown tokenization '" + name + "' (use ptb or none)");
        };
    }
}
