package io.facescribe.describe;

import io.facescribe.OptionException;
import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.guard.GuardReport;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.realize.Realizer;
import io.facescribe.describe.realize.RealizerException;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.style.StyleFit;
import io.facescribe.describe.style.StyleWriter;
import io.facescribe.describe.style.StyledModel;
import io.facescribe.describe.realize.TagRealizer;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.clip.ClipTokenizer;

/**
 * Describes analysed faces: traits from the composer, captions from the configured realizer, each caption
 * checked by the guard. With an LLM or the learned realizer, an output the guard rejects is asked for again,
 * then replaced by the built-in realizer's caption; each caption records who wrote it. Under
 * {@link GuardPolicy#NO_INVENTED} the learned realizer first plans what a person would say (the caption must
 * then say all of the plan) and an LLM may leave traits out; nothing invented is ever accepted. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * Describer describer = Describer.create(DescribeOptions.defaults().withCaptions(3).withSeed(7));
 * ImageDescription d = describer.describe(faceScribe.analyze(Path.of("photo.jpg")));
 * d.faces().forEach(f -> System.out.println(f.caption()));
 * }</pre>
 */
public final class Describer {

    /** Seeds tried past a caption that repeats an earlier one of the same face. */
    private static final int DISTINCT_TRIES = 20;
    /** Distance between the seeds of two attempts, so that retries and re-draws never meet another caption. */
    private static final long SEED_STRIDE = 1_000_003L;
    /** Distance between the seeds of two faces of one image, so that they do not share sentence plans. */
    private static final long FACE_STRIDE = 104_729L;

    private final DescribeOptions options;
    private final TraitComposer composer;
    private final Realizer builtin;
    private final BuiltinRealizer personPhrases;
    /** Writes each face of a whole-photo caption when captions are tag lists. */
    private final TagRealizer photoTags;
    private final Realizer primary;
    private final CaptionGuard guard;
    private final int llmAttempts;
    private final CaptionFormat format;
    private final Set<String> excluded;
    private final ToIntFunction<String> clipTokens;
    private final Comparator<Trait> importance;
    /** A style whose captions have this many words on average is written with the long built-in plans. */
    private static final double LONG_STYLE_WORDS = 20;
    /** Chooses the traits and length of styled captions, or null without a style. */
    private final StyleFit fit;
    /** Captions are tag lists (read tag by tag by the guard). */
    private final boolean tags;

    public Describer(DescribeOptions options, TraitComposer composer, Realizer primary, CaptionGuard guard,
                     int llmAttempts) {
        this(options, composer, primary, guard, llmAttempts, null);
    }

    /**
     * @param clipTokens counts a caption's CLIP tokens with CLIP's start and end markers; needed when the
     *                   options' format has a token budget, else may be null
     */
    public Describer(DescribeOptions options, TraitComposer composer, Realizer primary, CaptionGuard guard,
                     int llmAttempts, ToIntFunction<String> clipTokens) {
        this.options = options;
        this.composer = composer;
        this.format = options.format();
        StyleProfile style = options.style();
        Realizer plain = format.form() == CaptionFormat.Form.TAGS ? new TagRealizer(format.tagStyle())
                : new BuiltinRealizer(style != null && style.length().words() >= LONG_STYLE_WORDS
                        ? BuiltinRealizer.Length.LONG : options.length());
        // tags asked of a user who writes otherwise: their words, choice and case as tags, as many as they say traits
        boolean askedTags = format.form() == CaptionFormat.Form.TAGS;
        boolean otherForm = style != null && askedTags && style.shapeOrSentences().form() != StyleProfile.Form.TAGS;
        this.fit = style == null ? null : new StyleFit(style, composer.table(), otherForm);
        if (style != null) {
            StyleWriter writer = new StyleWriter(style, guard.reader(), plain, askedTags ? format.tagStyle() : null);
            this.builtin = writer;
            this.tags = askedTags || writer.form() == StyleProfile.Form.TAGS;
            // a realizer given the style itself (an LLM, through its prompt) is neither fitted nor rewritten
            this.primary = primary == null ? writer
                    : primary.followsStyleItself() ? primary : new StyleWriter(style, guard.reader(), primary);
        } else {
            this.builtin = plain;
            this.tags = format.form() == CaptionFormat.Form.TAGS;
            this.primary = primary == null ? plain : primary;
        }
        this.personPhrases = new BuiltinRealizer(options.length());
        this.photoTags = new TagRealizer(format.tagStyle());
        this.guard = guard;
        this.llmAttempts = Math.max(1, llmAttempts);
        this.excluded = composer.table().resolve(format.excluded());
        if (format.maxClipTokens() > 0 && clipTokens == null) {
            throw new IllegalArgumentException("a CLIP token budget needs a token counter (ClipTokenizer)");
        }
        this.clipTokens = clipTokens;
        this.importance = composer.table().importance();
    }

    /**
     * The built-in realizer (or tag writer); the LLM realizer when the options carry LLM settings; the learned
     * realizer (shipped model) when they ask for it. A style in the options bends the learned realizer's model
     * ({@link StyledModel}), goes into the LLM's prompt, and orders the built-in realizer's traits. With a CLIP token budget the CLIP merge table must be
     * installed ({@link ClipTokenizer#install}).
     */
    public static Describer create(DescribeOptions options) {
        TraitTable table = TraitTable.standard();
        StyleProfile style = options.style();
        RealizerChoice choice = options.realizer();
        Realizer primary = choice.create(style);
        int attempts = choice.attempts();
        ToIntFunction<String> tokens = null;
        if (options.format().maxClipTokens() > 0) {
            tokens = ClipTokenizer.standard()::countWithMarkers;
        }
        return new Describer(options, new TraitComposer(table, options.rules()), primary, new CaptionGuard(table),
                attempts, tokens);
    }

    public DescribeOptions options() {
        return options;
    }

    public ImageDescription describe(ImageAnalysis analysis) {
        return describe(analysis, options.seed());
    }

    /**
     * Like {@link #describe(ImageAnalysis)} with another first seed (data-set builders give every image
     * its own, derived from the run's seed and the image's name, so output does not depend on order).
     */
    public ImageDescription describe(ImageAnalysis analysis, long seed) {
        List<FaceDescription> faces = new ArrayList<>();
        for (int i = 0; i < analysis.faces().size(); i++) {
            faces.add(describe(Measurements.of(analysis.faces().get(i)), i, seed));
        }
        List<Caption> photo = new ArrayList<>();
        if (faces.size() > 1) {
            List<Integer> order = readingOrder(analysis);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < options.captions(); i++) {
                Caption c = photoCaption(faces, order, seed + i);
                for (int k = 1; k <= DISTINCT_TRIES && c != null && seen.contains(c.text()); k++) {
                    c = photoCaption(faces, order, seed + i + k * SEED_STRIDE);
                }
                if (c != null) {
                    seen.add(c.text());
                    photo.add(c);
                }
            }
        }
        return new ImageDescription(analysis, faces, photo);
    }

    /** The faces' indexes in reading order: left to right by the centre of their boxes. */
    public static List<Integer> readingOrder(ImageAnalysis analysis) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < analysis.faces().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> analysis.faces().get(i).box().x()
                + analysis.faces().get(i).box().width() / 2.0));
        return order;
    }

    private static final List<String> COUNTS = List.of("No one", "One person", "Two people", "Three people",
            "Four people", "Five people", "Six people", "Seven people", "Eight people", "Nine people", "Ten people");

    /**
     * How many features (the hair counts once, whatever it says of it) each face of a photo with this many faces
     * keeps beside its gender, age and ethnicity, so that a caption of the whole photo stays readable.
     */
    private static int featuresPerFace(int faces) {
        return faces <= 2 ? 3 : faces <= 4 ? 2 : 1;
    }

    /**
     * One caption of the whole photo: how many people, then each face in reading order as a noun phrase of the
     * built-in realizer ("on the left a smiling young woman with long brown hair"), each said from its own sampled
     * bag cut to its most important features and checked by the guard on its own. Under a CLIP token budget the
     * faces keep fewer features until the caption fits; null when it cannot fit.
     */
    private Caption photoCaption(List<FaceDescription> faces, List<Integer> order, long seed) {
        for (int features = featuresPerFace(faces.size()); features >= 0; features--) {
            List<String> parts = new ArrayList<>();
            List<TraitBag> bags = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> invented = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                long faceSeed = seed + i * FACE_STRIDE;
                TraitBag full = sampled(faces.get(i).traits(), faceSeed);
                TraitBag bag = mostImportant(full, features);
                bags.add(bag);
                String phrase = tags ? photoTags.realize(bag, faceSeed) : personPhrases.personPhrase(bag, faceSeed);
                GuardReport report = tags ? guard.checkTags(bag, phrase) : guard.check(bag, phrase);
                String who = "#" + (i + 1) + " ";
                report.missing().forEach(m -> missing.add(who + m));
                report.invented().forEach(m -> invented.add(who + m));
                full.all().stream().filter(t -> !bag.has(t.concept())).forEach(t -> dropped.add(who + t.concept()));
                parts.add(phrase);
            }
            String text = tags ? photoTags(bags, format.tagStyle()) : photoText(parts);
            if (!tooLong(text)) {
                GuardReport report = new GuardReport(missing, invented, dropped, null);
                return new Caption(format.prefixed(text), builtin.name(), seed, GuardPolicy.STRICT.stamp(report), null);
            }
        }
        return null;
    }

    /** "Two people: on the left a ..., on the right a ...", "Four people, from left to right: a ..., a ... and a ...". */
    static String photoText(List<String> parts) {
        int n = parts.size();
        String count = n < COUNTS.size() ? COUNTS.get(n) : n + " people";
        boolean commas = parts.stream().anyMatch(p -> p.contains(","));
        String sep = commas ? "; " : ", ";
        StringBuilder sb = new StringBuilder(count);
        if (n <= 3) {
            List<String> places = n == 2 ? List.of("on the left", "on the right")
                    : List.of("on the left", "in the middle", "on the right");
            sb.append(": ");
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : sep).append(places.get(k)).append(' ').append(parts.get(k));
            }
        } else {
            sb.append(", from left to right: ");
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : k == n - 1 ? (commas ? "; and " : " and ") : sep).append(parts.get(k));
            }
        }
        return sb.append('.').toString();
    }

    /**
     * A whole photo as tags, the way trainers' tag sets count people: the count ("three people"), how many of each
     * stated person word ("two women", "one man"), then every other tag of the faces in reading order, each once
     * ("three people, two women, one man, young, long hair, smiling, beard"). Tags cannot say which face has which
     * trait; the sentence form does.
     */
    static String photoTags(List<TraitBag> bags, CaptionFormat.TagStyle style) {
        int n = bags.size();
        Map<String, Integer> nouns = new LinkedHashMap<>();
        Set<String> rest = new LinkedHashSet<>();
        for (TraitBag bag : bags) {
            for (Trait t : bag.all()) {
                String tag = TagRealizer.tag(t, bag);
                if (t.slot() == io.facescribe.describe.trait.Slot.GENDER) {
                    nouns.merge(tag, 1, Integer::sum);
                } else {
                    rest.add(tag);
                }
            }
        }
        List<String> tags = new ArrayList<>();
        tags.add(count(n, "person", "people"));
        nouns.forEach((noun, k) -> tags.add(count(k, noun, plural(noun))));
        tags.addAll(rest);
        return String.join(", ", tags.stream()
                .map(tag -> style == CaptionFormat.TagStyle.UNDERSCORES ? tag.replace(' ', '_') : tag).toList());
    }

    /** The plural of a person word: woman, gentleman → women, gentlemen; lady → ladies; girl → girls. */
    static String plural(String noun) {
        if (noun.endsWith("man")) {
            return noun.substring(0, noun.length() - 3) + "men";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    private static String count(int n, String one, String many) {
        return n == 1 ? "one " + one : (n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n)) + " " + many;
    }

    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /**
     * The bag with its F1 and its {@code features} most important F2 features (the hair traits together count as
     * one; no second emotion, no photo notes), in the bag's order.
     */
    private TraitBag mostImportant(TraitBag bag, int features) {
        List<Trait> f2 = bag.f2().stream()
                .filter(t -> !t.secondary() && t.slot() != io.facescribe.describe.trait.Slot.NOTE)
                .sorted(importance).toList();
        Set<String> kept = new HashSet<>();
        int count = 0;
        boolean hair = false;
        for (Trait t : f2) {
            boolean isHair = t.slot() == io.facescribe.describe.trait.Slot.HAIR;
            if (isHair && hair) {
                kept.add(t.concept());
                continue;
            }
            if (count >= features) {
                continue;
            }
            kept.add(t.concept());
            count++;
            hair |= isHair;
        }
        return new TraitBag(bag.f1(), bag.f2().stream().filter(t -> kept.contains(t.concept())).toList());
    }

    public FaceDescription describe(FaceAnalysis face) {
        return describe(Measurements.of(face));
    }

    public FaceDescription describe(Measurements m) {
        return describe(m, 0);
    }

    /** The face at {@code faceIndex} of its image: its seeds are offset so faces do not read alike. */
    public FaceDescription describe(Measurements m, int faceIndex) {
        return describe(m, faceIndex, options.seed());
    }

    private FaceDescription describe(Measurements m, int faceIndex, long seed) {
        TraitBag traits = composer.compose(m);
        List<Caption> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.captions(); i++) {
            long base = seed + i + faceIndex * FACE_STRIDE;
            Caption c = caption(traits, base);
            for (int k = 1; k <= DISTINCT_TRIES && seen.contains(c.text()); k++) {
                c = caption(traits, base + k * SEED_STRIDE);
            }
            seen.add(c.text());
            captions.add(c);
        }
        return new FaceDescription(traits, captions);
    }

    /**
     * One caption drawn with this seed: the bag sampled, the excluded traits taken out, written by the
     * configured realizer, prefixed with the trigger, and cut to the token budget by dropping traits.
     */
    public Caption caption(TraitBag traits, long seed) {
        TraitBag bag = sampled(traits, seed);
        long at = seed;
        if (fit != null && !primary.followsStyleItself()) {
            // a realizer given the style itself (an LLM, through its prompt) is not fitted; the others are, here
            // the style chooses which traits and how many, and the draw whose length is nearest the user's
            StyleFit.Fitted fitted = fit.fit(bag, seed, primary);
            bag = fitted.bag();
            at = fitted.seed();
        }
        if (primary == builtin) {
            return builtinCaption(bag, at, null);
        }
        String why = null;
        GuardPolicy policy = options.realizer().guard();
        for (int attempt = 0; attempt < llmAttempts; attempt++) {
            try {
                long drawn = at + attempt * SEED_STRIDE;
                // a style's fit is the plan of a styled caption
                TraitBag said = policy == GuardPolicy.NO_INVENTED && fit == null ? primary.plan(bag, drawn) : bag;
                String text = primary.realize(said, drawn);
                if (tooLong(text)) {
                    why = "over " + format.maxClipTokens() + " CLIP tokens";
                    continue;
                }
                GuardReport report = tags ? guard.checkTags(bag, text) : guard.check(bag, text);
                if (policy.accepts(report) && (said == bag || guard.check(said, text).ok())) {
                    return new Caption(format.prefixed(text), primary.name(), seed, policy.stamp(report), null);
                }
                why = "guard rejected: missing " + report.missing() + ", invented " + report.invented();
            } catch (RealizerException e) {
                why = e.getMessage();
            }
        }
        return builtinCaption(bag, seed, primary.name() + ": " + why);
    }

    /** The bag one caption with this seed states before any trait is dropped for length. */
    public TraitBag sampled(TraitBag traits, long seed) {
        TraitBag bag = composer.sample(traits, seed).without(excluded);
        return options.style() == null ? bag : options.style().ordered(bag);
    }

    /** The built-in caption of the bag; over the token budget, the least important traits go one by one. */
    private Caption builtinCaption(TraitBag bag, long seed, String fallback) {
        String text = builtin.realize(bag, seed);
        List<String> dropped = new ArrayList<>();
        while (tooLong(text)) {
            if (bag.isEmpty()) {
                throw new OptionException("max-clip-tokens", format.maxClipTokens() + " is too small: \""
                        + format.prefixed(text) + "\" alone takes " + clipTokens.applyAsInt(format.prefixed(text))
                        + " CLIP tokens (with the start and end markers)");
            }
            Trait least = bag.all().stream().max(importance).orElseThrow();
            bag = bag.without(least);
            dropped.add(least.concept());
            text = builtin.realize(bag, seed);
        }
        GuardReport report = tags ? guard.checkTags(bag, text) : guard.check(bag, text);
        // the built-in realizer says every trait of its bag: its captions are held to the strict policy
        return new Caption(format.prefixed(text), builtin.name(), seed,
                GuardPolicy.STRICT.stamp(dropped.isEmpty() ? report : report.withDropped(dropped)), fallback);
    }

    private boolean tooLong(String text) {
        return format.maxClipTokens() > 0 && clipTokens.applyAsInt(format.prefixed(text)) > format.maxClipTokens();
    }
}
