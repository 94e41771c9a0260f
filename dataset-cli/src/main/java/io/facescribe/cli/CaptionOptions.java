package io.facescribe.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.OptionException;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.realize.LlmSettings;
import io.facescribe.describe.realize.PromptPreset;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.describe.clip.ClipTokenizer;
import picocli.CommandLine.Option;

/** The options of every command that writes captions (a picocli mixin): how many, by whom, in which style. */
final class CaptionOptions {

    @Option(names = "--captions", paramLabel = "N", defaultValue = "1", description = "Captions per face, 1 or more (default: 1).")
    int captions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "seed of the first caption; caption i uses S+i (default: 0)")
    long seed;

    @Option(names = "--realizer", paramLabel = "builtin|learned|llm",
            description = "who writes the captions: builtin (every trait, fixed sentence plans), learned (people's "
                    + "words and choices, learned from human descriptions) or llm (default: learned for describe "
                    + "and serve; builtin for build-dataset and the trainer forms: tags, --trigger, "
                    + "--max-clip-tokens, --lead text2face)")
    String realizer;

    @Option(names = "--guard", paramLabel = "strict|no-invented",
            description = "what the guard accepts from the learned or LLM realizer: strict (every trait said, nothing "
                    + "else) or no-invented (traits may be left out, nothing unmeasured said); default: strict for "
                    + "build-dataset and llm, no-invented for describe --realizer learned")
    String guard;

    @Option(names = "--llm-url", paramLabel = "URL", defaultValue = "http://localhost:11434/v1",
            description = "base URL of the chat-completions server (default: ${DEFAULT-VALUE}, Ollama)")
    String llmUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", defaultValue = "llama3.1:8b",
            description = "model name on that server (default: ${DEFAULT-VALUE})")
    String llmModel;

    @Option(names = "--llm-key-env", paramLabel = "VAR", defaultValue = "FACESCRIBE_LLM_KEY",
            description = "environment variable holding the API key (default: ${DEFAULT-VALUE})")
    String llmKeyEnv;

    /** The fewest CLIP tokens a caption can take: start and end markers, "a person" and its full stop, and room. */
    static final int MIN_CLIP_TOKENS = 10;

    @Option(names = "--llm-temperature", paramLabel = "T", defaultValue = "0.7",
            description = "Sampling temperature of the LLM, 0 to 2 (default: ${DEFAULT-VALUE}).")
    double llmTemperature;

    @Option(names = "--llm-max-tokens", paramLabel = "N", defaultValue = "120",
            description = "Most tokens the LLM may write for one caption (default: ${DEFAULT-VALUE}).")
    int llmMaxTokens;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long one LLM request may take before it is retried (default: ${DEFAULT-VALUE}).")
    double llmTimeout;

    @Option(names = "--llm-concurrency", paramLabel = "N", defaultValue = "4",
            description = "requests in flight at once (default: 4)")
    int llmConcurrency;

    @Option(names = "--llm-retries", paramLabel = "N", defaultValue = "2",
            description = "retries of a failed request, with back-off (default: 2)")
    int llmRetries;

    @Option(names = "--prompt", paramLabel = "default|text2face", defaultValue = "default",
            description = "prompt preset (text2face: the structure of Tarasiou et al. 2024, section 2.2)")
    String prompt;

    @Option(names = "--no-sensitive", description = "leave out ethnicity and attractiveness")
    boolean noSensitive;

    @Option(names = "--long", description = "longer captions (one sentence per group of traits)")
    boolean longCaptions;

    @Option(names = "--lead", paramLabel = "people|text2face",
            description = "people: lead with the gender and an age word, then the hair, as people describe a face "
                    + "(\"A young woman with long brown hair ...\"); text2face: the age as a noisy number, a bracket "
                    + "or a category and the traits in a random order, as the text2face method writes training "
                    + "captions (default: people; text2face for build-dataset, tags, --trigger, --max-clip-tokens "
                    + "and --prompt text2face)")
    String lead;

    @Option(names = "--as", paramLabel = "sentence|tags", defaultValue = "sentence",
            description = "captions as sentences or as comma-separated tags, one per trait (default: sentence)")
    String as;

    @Option(names = "--tag-style", paramLabel = "spaces|underscores", defaultValue = "spaces",
            description = "words of a tag joined by spaces (blond hair) or underscores (blond_hair) (default: spaces)")
    String tagStyle;

    @Option(names = "--trigger", paramLabel = "WORD",
            description = "put WORD and a comma before every caption (a LoRA trigger word, e.g. ohwx)")
    String trigger;

    @Option(names = "--exclude-traits", paramLabel = "LIST", split = ",",
            description = "never say these traits: names as the trait table knows them (eyeglasses, "
                    + "emotion.happy), their groups (hair.colour, ethnicity) or families (emotion, pose)")
    List<String> excludeTraits = List.of();

    @Option(names = "--max-clip-tokens", paramLabel = "N", defaultValue = "0",
            description = "every caption, trigger included, fits N CLIP tokens counting CLIP's start and end "
                    + "markers (77: CLIP's whole window); the least important traits are dropped to fit "
                    + "(default: 0, no limit)")
    int maxClipTokens;

    @Option(names = "--style", paramLabel = "FILE",
            description = "write in the voice of a style profile (./facescribe style learn): which measured traits "
                    + "are said, in what order and words; never a trait that was not measured")
    java.nio.file.Path style;

    /** The options of {@code describe}: the learned realizer says what a person would say unless --guard strict. */
    DescribeOptions describeOptions() {
        return describeOptions(GuardPolicy.NO_INVENTED, false);
    }

    /**
     * @param learnedDefault the guard policy for the learned realizer when --guard is not given (data sets: strict)
     * @param training       captions for training a generator (data sets): the text2face lead unless --lead
     * @throws IllegalArgumentException with a message for the user when an option is malformed
     */
    DescribeOptions describeOptions(GuardPolicy learnedDefault, boolean training) {
        if (captions < 1) {
            throw new IllegalArgumentException("--captions must be 1 or more, got " + captions);
        }
        if (llmMaxTokens < 1) {
            throw new IllegalArgumentException("--llm-max-tokens must be 1 or more, got " + llmMaxTokens);
        }
        if (!(llmTemperature >= 0 && llmTemperature <= 2)) {
            throw new IllegalArgumentException("--llm-temperature must be between 0 and 2, got " + llmTemperature);
        }
        if (!(llmTimeout > 0)) {
            throw new IllegalArgumentException("--llm-timeout must be more than 0 seconds, got " + llmTimeout);
        }
        CaptionFormat format = format();
        DescribeOptions o = DescribeOptions.defaults().withCaptions(captions).withSeed(seed)
                .withSensitive(!noSensitive)
                .withLength(longCaptions ? BuiltinRealizer.Length.LONG : BuiltinRealizer.Length.SHORT)
                .withFormat(format).withStyle(style());
        o = o.withRules(o.rules().withLead(lead(training, format)));
        GuardPolicy policy = guard == null ? null : GuardPolicy.parse(guard);
        String name = realizer != null ? realizer
                : training || o.rules().lead() == TraitRules.Lead.TEXT2FACE ? "builtin" : "learned";
        boolean llm = "llm".equalsIgnoreCase(name.strip());
        return o.withRealizer(RealizerChoice.parse(name, policy, learnedDefault, llm ? llmSettings() : null));
    }

    /** The LLM server's settings from the --llm-* options and --prompt. */
    private LlmSettings llmSettings() {
        PromptPreset preset = switch (prompt.toLowerCase(Locale.ROOT)) {
            case "default" -> PromptPreset.DEFAULT;
            case "text2face" -> PromptPreset.TEXT2FACE;
            default -> throw new OptionException("prompt", "is default or text2face, not '" + prompt + "'");
        };
        return LlmSettings.of(llmUrl, llmModel).withApiKeyEnv(llmKeyEnv)
                .withTemperature(llmTemperature).withMaxTokens(llmMaxTokens)
                .withTimeout(Duration.ofMillis((long) (llmTimeout * 1000)))
                .withConcurrency(Math.max(1, llmConcurrency))
                .withRetries(Math.max(0, llmRetries), Duration.ofMillis(500)).withPrompt(preset);
    }

    /**
     * --lead, or its default: the text2face method for training captions (data sets, tags, a trigger word, a
     * CLIP budget, the text2face prompt), which keep exact ages and a random order; else as people lead.
     */
    private TraitRules.Lead lead(boolean training, CaptionFormat format) {
        if (lead != null) {
            return TraitRules.Lead.parse(lead);
        }
        boolean trainer = training || format.form() == CaptionFormat.Form.TAGS || format.trigger() != null
                || format.maxClipTokens() > 0 || "text2face".equalsIgnoreCase(prompt.strip());
        return trainer ? TraitRules.Lead.TEXT2FACE : TraitRules.Lead.PEOPLE;
    }

    /** The style profile of --style, or null. */
    io.facescribe.describe.style.StyleProfile style() {
        if (style == null) {
            return null;
        }
        try {
            return io.facescribe.describe.style.StyleProfile.read(style);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--style: " + e.getMessage(), e);
        }
    }

    /** The trainer format; trait names are checked against the trait table. */
    CaptionFormat format() {
        if (maxClipTokens < 0 || (maxClipTokens > 0 && maxClipTokens < MIN_CLIP_TOKENS)) {
            throw new IllegalArgumentException("--max-clip-tokens must be 0 (no limit) or at least " + MIN_CLIP_TOKENS
                    + " (CLIP's start and end markers and the shortest caption take that many), got " + maxClipTokens);
        }
        List<String> names = excludeTraits.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        try {
            TraitTable.standard().resolve(names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--exclude-traits: " + e.getMessage());
        }
        if (trigger != null && (trigger.contains(",") || trigger.contains("\n"))) {
            throw new IllegalArgumentException("--trigger takes a word or words without commas or line breaks");
        }
        return CaptionFormat.plain().withForm(CaptionFormat.Form.parse(as))
                .withTagStyle(CaptionFormat.TagStyle.parse(tagStyle)).withTrigger(trigger)
                .withExcluded(new java.util.LinkedHashSet<>(names)).withMaxClipTokens(maxClipTokens);
    }

    /**
     * Installs CLIP's merge table on first use when captions have a token budget (as the face networks are):
     * from {@code $FACESCRIBE_CLIP_BPE} or with npm.
     */
    void installClipVocabulary(DescribeOptions options) {
        if (options.format().maxClipTokens() > 0) {
            ClipTokenizer.install(ClipTokenizer.sourceFromEnvironment());
        }
    }
}
