package io.facescribe.describe.realize;

import io.soabase.recordbuilder.core.RecordBuilder;

import io.facescribe.OptionException;

import io.facescribe.describe.trait.TraitTable;

import java.util.Locale;
import java.util.Set;

/**
 * How captions are written for a trainer: sentences or tag lists, a trigger word before each, traits left
 * out, and a CLIP token budget. The plain format (sentences, nothing else) leaves captions as the realizer
 * writes them.
 *
 * @param form          sentences, or the traits as comma-separated tags
 * @param trigger       a word put before every caption ("ohwx, ..."), or null
 * @param tagStyle      words of a tag joined by spaces ("blond hair") or underscores ("blond_hair")
 * @param excluded      concepts never said (resolved from trait and group names by {@link TraitTable#resolve})
 * @param maxClipTokens every caption, trigger included, fits this many CLIP tokens counting CLIP's start and
 *                      end markers (77 is CLIP's whole window); the least important traits are dropped until it
 *                      does; 0 for no limit
 */
@RecordBuilder
public record CaptionFormat(Form form, String trigger, TagStyle tagStyle, Set<String> excluded, int maxClipTokens)
        implements CaptionFormatBuilder.With, java.io.Serializable {

    public enum Form {
        SENTENCE, TAGS;

        public static Form parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "sentence", "sentences" -> SENTENCE;
                case "tags" -> TAGS;
                default -> throw new OptionException("as", "is sentence or tags, not '" + s + "'");
            };
        }
    }

    public enum TagStyle {
        SPACES, UNDERSCORES;

        public static TagStyle parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "spaces" -> SPACES;
                case "underscores" -> UNDERSCORES;
                default -> throw new OptionException("tag-style", "is spaces or underscores, not '" + s + "'");
            };
        }
    }

    public CaptionFormat {
        excluded = Set.copyOf(excluded);
        if (trigger != null && trigger.isBlank()) {
            trigger = null;
        }
        if (trigger != null) {
            trigger = trigger.strip();
        }
        if (maxClipTokens < 0) {
            throw new OptionException("max-clip-tokens", "must be 0 (no limit) or more, not " + maxClipTokens);
        }
    }

    public static CaptionFormat plain() {
        return new CaptionFormat(Form.SENTENCE, null, TagStyle.SPACES, Set.of(), 0);
    }

    /** The caption as written: the trigger, a comma and the text; the trigger alone when there is no text. */
    public String prefixed(String text) {
        if (trigger == null) {
            return text;
        }
        return text.isEmpty() ? trigger : trigger + ", " + text;
    }
}
