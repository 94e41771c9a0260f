package io.facescribe.describe;

import java.io.Serializable;
import java.util.Locale;

import io.facescribe.OptionException;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.realize.LearnedRealizer;
import io.facescribe.describe.realize.LlmRealizer;
import io.facescribe.describe.realize.LlmSettings;
import io.facescribe.describe.realize.Realizer;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.style.StyledModel;

/**
 * Who writes the captions, with what each writer needs: the built-in realizer (every trait of the bag, fixed
 * sentence plans; the tag writer for tags), the learned realizer (people's words, under a guard policy), or an
 * LLM (its server settings and a guard policy). Parsed and checked once, here.
 */
public sealed interface RealizerChoice extends Serializable {

    /** The built-in realizer: it says every trait of its bag, so its captions are held to the strict policy. */
    record Builtin() implements RealizerChoice {
        @Override
        public GuardPolicy guard() {
            return GuardPolicy.STRICT;
        }

        @Override
        public String name() {
            return "builtin";
        }

        /** None: the describer writes with its own built-in realizer, or tag writer for tags. */
        @Override
        public Realizer create(StyleProfile style) {
            return null;
        }

        @Override
        public int attempts() {
            return 1;
        }
    }

    /**
     * The learned realizer ({@code describe.realize.LearnedRealizer}): under {@link GuardPolicy#NO_INVENTED} it
     * says what a person would say, leaving traits out; under {@link GuardPolicy#STRICT} every trait.
     */
    record Learned(GuardPolicy guard) implements RealizerChoice {
        public Learned {
            if (guard == null) {
                guard = GuardPolicy.NO_INVENTED;
            }
        }

        @Override
        public String name() {
            return "learned";
        }

        /** The shipped captioner, bent to the style when there is one ({@link StyledModel}). */
        @Override
        public Realizer create(StyleProfile style) {
            return style == null ? LearnedRealizer.shipped()
                    : new LearnedRealizer(StyledModel.of(CaptionerModel.shipped(), style));
        }

        @Override
        public int attempts() {
            return LEARNED_ATTEMPTS;
        }
    }

    /** An OpenAI-compatible chat-completions server. */
    record Llm(LlmSettings settings, GuardPolicy guard) implements RealizerChoice {
        public Llm {
            if (settings == null) {
                throw new OptionException("realizer", "llm needs the LLM server's settings (a URL and a model)");
            }
            if (guard == null) {
                guard = GuardPolicy.STRICT;
            }
        }

        @Override
        public String name() {
            return "llm";
        }

        /** The LLM realizer; a style's examples and keywords follow its prompt. */
        @Override
        public Realizer create(StyleProfile style) {
            return new LlmRealizer(settings, style == null ? null : style.fewShot());
        }

        @Override
        public int attempts() {
            return settings.guardAttempts();
        }
    }

    /** Captions the learned realizer writes for one bag before the guard falls back to the built-in one. */
    int LEARNED_ATTEMPTS = 2;

    /** What the guard accepts from this realizer. */
    GuardPolicy guard();

    /** {@code builtin}, {@code learned} or {@code llm}. */
    String name();

    /** The realizer, following the style when there is one (may be null); null for the built-in realizer. */
    Realizer create(StyleProfile style);

    /** Captions asked of the realizer for one bag before the built-in realizer's caption replaces them. */
    int attempts();

    static RealizerChoice builtin() {
        return new Builtin();
    }

    /** The learned realizer saying what a person would say ({@link GuardPolicy#NO_INVENTED}). */
    static RealizerChoice learned() {
        return new Learned(GuardPolicy.NO_INVENTED);
    }

    static RealizerChoice learned(GuardPolicy guard) {
        return new Learned(guard);
    }

    static RealizerChoice llm(LlmSettings settings) {
        return new Llm(settings, GuardPolicy.STRICT);
    }

    /**
     * The realizer of this name.
     *
     * @param name           builtin, learned or llm
     * @param guard          the guard policy asked for, or null for the realizer's default (the built-in realizer
     *                       is always strict)
     * @param learnedDefault the learned realizer's policy when none is asked for (data sets: strict)
     * @param llm            the LLM server's settings, or null when there is none
     * @throws OptionException when the name is unknown, or llm is asked for without settings
     */
    static RealizerChoice parse(String name, GuardPolicy guard, GuardPolicy learnedDefault, LlmSettings llm) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "builtin" -> builtin();
            case "learned" -> new Learned(guard == null ? learnedDefault : guard);
            case "llm" -> new Llm(llm, guard);
            default -> throw new OptionException("realizer", "is builtin, learned or llm, not '" + name + "'");
        };
    }
}
