package io.facescribe.describe;

import io.facescribe.OptionException;
import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.trait.TraitRules;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How faces are described. Copies with one setting changed come from the generated {@code with...} methods
 * ({@code DescribeOptions.defaults().withCaptions(3).withRealizer(RealizerChoice.learned())}).
 *
 * @param captions  captions per face
 * @param seed      seed of the first caption; caption i uses {@code seed + i} (or the next free seed when that
 *                  would repeat an earlier caption of the face)
 * @param rules     the composer's rules (sensitive traits, usual states, de-biasing, age forms)
 * @param length    short (one or two sentences) or long captions from the built-in realizer
 * @param format    sentences or tags, trigger word, traits left out, CLIP token budget
 * @param realizer  who writes the captions, and what the guard accepts from it
 * @param style     a person's captioning style ({@link StyleProfile}) every realizer follows, or null
 */
@RecordBuilder
public record DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                              CaptionFormat format, RealizerChoice realizer, StyleProfile style)
        implements DescribeOptionsBuilder.With, java.io.Serializable {

    public DescribeOptions {
        if (captions < 0) {
            throw new OptionException("captions", "must be 0 or more, not " + captions);
        }
        if (format == null) {
            format = CaptionFormat.plain();
        }
        if (realizer == null) {
            realizer = RealizerChoice.builtin();
        }
        if (!(realizer instanceof RealizerChoice.Builtin) && format.form() == CaptionFormat.Form.TAGS) {
            throw new OptionException("realizer", realizer.name() + " writes sentences; tags are written by the "
                    + "built-in tag writer (realizer builtin)");
        }
    }

    public static DescribeOptions defaults() {
        return new DescribeOptions(1, 0, TraitRules.defaults(), BuiltinRealizer.Length.SHORT, CaptionFormat.plain(),
                RealizerChoice.builtin(), null);
    }

    /** With or without the sensitive traits (ethnicity, attractiveness). */
    public DescribeOptions withSensitive(boolean value) {
        return withRules(rules.withSensitive(value));
    }
}
