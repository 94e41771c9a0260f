package io.facescribe.describe;

import io.facescribe.describe.realize.LearnedRealizer;

import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.realize.LlmSettings;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.trait.TraitRules;

/**
 * How faces are described.
 *
 * @param captions  captions per face
 * @param seed      seed of the first caption; caption i uses {@code seed + i} (or the next free seed when that
 *                  would repeat an earlier caption of the face)
 * @param rules     the composer's rules (sensitive traits, usual states, de-biasing, age forms)
 * @param length    short (one or two sentences) or long captions from the built-in realizer
 * @param llm       settings of the LLM realizer, or null for the built-in realizer only
 * @param format    sentences or tags, trigger word, traits left out, CLIP token budget
 * @param learned   captions by the {@link LearnedRealizer} (people's words) instead of the built-in realizer
 *                  (ignored when {@code llm} is set)
 * @param guard     what the guard accepts from the LLM or learned realizer (strict by default)
 * @param style     a person's captioning style ({@link StyleProfile}) every realizer follows, or null
 */
public record DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                              LlmSettings llm, CaptionFormat format, boolean learned, GuardPolicy guard,
                              StyleProfile style)
        implements java.io.Serializable {

    public DescribeOptions {
        if (captions < 0) {
            throw new IllegalArgumentException("captions must be 0 or more, got " + captions);
        }
        if (format == null) {
            format = CaptionFormat.plain();
        }
        if (guard == null) {
            guard = GuardPolicy.STRICT;
        }
        if (llm != null && format.form() == CaptionFormat.Form.TAGS) {
            throw new IllegalArgumentException("tags are written by the built-in tag writer; an LLM realizer writes "
                    + "sentences (drop --realizer llm or --as tags)");
        }
    }

    public DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                           LlmSettings llm, CaptionFormat format, boolean learned, GuardPolicy guard) {
        this(captions, seed, rules, length, llm, format, learned, guard, null);
    }

    public DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                           LlmSettings llm) {
        this(captions, seed, rules, length, llm, CaptionFormat.plain(), false, GuardPolicy.STRICT);
    }

    public DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                           LlmSettings llm, CaptionFormat format) {
        this(captions, seed, rules, length, llm, format, false, GuardPolicy.STRICT);
    }

    public DescribeOptions withLearned(boolean value) {
        return new DescribeOptions(captions, seed, rules, length, llm, format, value, guard, style);
    }

    public DescribeOptions withGuard(GuardPolicy value) {
        return new DescribeOptions(captions, seed, rules, length, llm, format, learned, value, style);
    }

    public static DescribeOptions defaults() {
        return new DescribeOptions(1, 0, TraitRules.defaults(), BuiltinRealizer.Length.SHORT, null);
    }

    public DescribeOptions withCaptions(int value) {
        return new DescribeOptions(value, seed, rules, length, llm, format, learned, guard, style);
    }

    public DescribeOptions withSeed(long value) {
        return new DescribeOptions(captions, value, rules, length, llm, format, learned, guard, style);
    }

    public DescribeOptions withSensitive(boolean value) {
        return new DescribeOptions(captions, seed, rules.withSensitive(value), length, llm, format, learned, guard, style);
    }

    public DescribeOptions withRules(TraitRules value) {
        return new DescribeOptions(captions, seed, value, length, llm, format, learned, guard, style);
    }

    public DescribeOptions withLength(BuiltinRealizer.Length value) {
        return new DescribeOptions(captions, seed, rules, value, llm, format, learned, guard, style);
    }

    public DescribeOptions withLlm(LlmSettings value) {
        return new DescribeOptions(captions, seed, rules, length, value, format, learned, guard, style);
    }

    public DescribeOptions withFormat(CaptionFormat value) {
        return new DescribeOptions(captions, seed, rules, length, llm, value, learned, guard, style);
    }

    public DescribeOptions withStyle(StyleProfile value) {
        return new DescribeOptions(captions, seed, rules, length, llm, format, learned, guard, value);
    }
}
