package io.facescribe.describe;

/**
 * How faces are described.
 *
 * @param captions  captions per face
 * @param seed      seed of the first caption; caption i uses {@code seed + i} (or the next free seed when that
 *                  would repeat an earlier caption of the face)
 * @param rules     the composer's rules (sensitive traits, usual states, de-biasing, age forms)
 * @param length    short (one or two sentences) or long captions from the built-in realizer
 * @param llm       settings of the LLM realizer, or null for the built-in realizer only
 */
public record DescribeOptions(int captions, long seed, TraitRules rules, BuiltinRealizer.Length length,
                              LlmSettings llm)
        implements java.io.Serializable {

    public DescribeOptions {
        if (captions < 0) {
            throw new IllegalArgumentException("captions must be 0 or more, got " + captions);
        }
    }

    public static DescribeOptions defaults() {
        return new DescribeOptions(1, 0, TraitRules.defaults(), BuiltinRealizer.Length.SHORT, null);
    }

    public DescribeOptions withCaptions(int value) {
        return new DescribeOptions(value, seed, rules, length, llm);
    }

    public DescribeOptions withSeed(long value) {
        return new DescribeOptions(captions, value, rules, length, llm);
    }

    public DescribeOptions withSensitive(boolean value) {
        return new DescribeOptions(captions, seed, rules.withSensitive(value), length, llm);
    }

    public DescribeOptions withRules(TraitRules value) {
        return new DescribeOptions(captions, seed, value, length, llm);
    }

    public DescribeOptions withLength(BuiltinRealizer.Length value) {
        return new DescribeOptions(captions, seed, rules, value, llm);
    }

    public DescribeOptions withLlm(LlmSettings value) {
        return new DescribeOptions(captions, seed, rules, length, value);
    }
}
