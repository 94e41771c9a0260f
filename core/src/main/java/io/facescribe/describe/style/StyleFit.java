package io.facescribe.describe.style;

import io.facescribe.describe.realize.Realizer;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitCategory;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which of a face's measured traits a styled caption says, and how many: each at the rate the user says it (a
 * trait the user never mentions is never chosen), then as many as bring the caption to a length drawn from
 * the user's own lengths. Only chooses among the bag's traits: it never adds one. Immutable; thread-safe.
 */
public final class StyleFit {

    /** A caption longer than this share of its target length loses its least said trait. */
    static final double TOO_LONG = 1.2;
    /** A caption shorter than this share of its target length gains the user's most said trait left out. */
    static final double TOO_SHORT = 0.85;
    /** Mixed into the seed so the choice does not follow the realizer's draws. */
    private static final long SALT = 0x5eed5717L;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final StyleProfile style;
    /** The target is a number of traits drawn from the user's (tags asked of a user who writes otherwise). */
    private final boolean countsTraits;
    /** Slots whose traits are values of one thing the user says (a person's noun, the hair's colour or length). */
    private static final java.util.Set<Slot> VALUES = java.util.EnumSet.of(Slot.GENDER, Slot.HAIR);

    private final Map<String, Double> shares = new HashMap<>();
    private final Map<String, Double> groups = new HashMap<>();

    public StyleFit(StyleProfile style, TraitTable table) {
        this(style, table, false);
    }

    /**
     * @param countsTraits fit the number of traits to the user's instead of the words: for captions in another
     *                     form than the user's (tags asked of a user who writes sentences), whose words do not
     *                     compare with the user's
     */
    public StyleFit(StyleProfile style, TraitTable table, boolean countsTraits) {
        this.style = style;
        List<Integer> traits = style.shapeOrSentences().traits();
        this.countsTraits = countsTraits && !traits.isEmpty();
        for (StyleProfile.TraitStyle t : style.traits()) {
            shares.put(t.concept(), t.share());
            groups.merge(groupOf(t.concept(), table), t.share(), Double::sum);
        }
        groups.replaceAll((g, s) -> Math.min(1, s));
    }

    /** Other draws of the realizer tried when a caption is still too long or too short. */
    static final int REDRAWS = 8;
    private static final long REDRAW_STRIDE = 0x9E3779B97F4A7C15L;

    /** A bag chosen for one caption, the seed to write it with, and its text. */
    public record Fitted(TraitBag bag, long seed, String text) {
    }

    /**
     * How often the user says this trait: the share of their captions that say it; for a value of something they
     * say (a noun for the person, a hair colour, length or texture) the share that say any value of its group;
     * 0 when they never do.
     */
    public double rate(Trait t) {
        String concept = t.slot() == Slot.AGE ? "age" : t.concept();
        double own = shares.getOrDefault(concept, 0.0);
        if (own > 0 || !VALUES.contains(t.slot())) {
            return own;
        }
        return groups.getOrDefault(groupOf(concept, t.definition()), 0.0);
    }

    /** Each trait kept at its rate (never one of rate 0), in the user's order. */
    public TraitBag choose(TraitBag bag, long seed) {
        Random random = new Random(seed ^ SALT);
        List<Trait> f1 = new ArrayList<>();
        List<Trait> f2 = new ArrayList<>();
        for (Trait t : bag.all()) {
            double r = rate(t);
            if (r > 0 && random.nextDouble() < r) {
                (t.category() == TraitCategory.F1 ? f1 : f2).add(t);
            }
        }
        return style.ordered(new TraitBag(f1, f2));
    }

    /** The number of words (or traits, when it counts traits) of one of the user's captions, drawn with this seed. */
    public int targetWords(long seed) {
        List<Integer> sizes = countsTraits ? style.shapeOrSentences().traits() : style.shapeOrSentences().words();
        return sizes.get(new Random(seed ^ (SALT << 1)).nextInt(sizes.size()));
    }

    /**
     * The traits chosen at the user's rates, then the least said dropped while the caption is too long and the
     * most said of those left out added while it is too short (never a trait the user never mentions), the
     * caption written by this realizer each time.
     */
    public Fitted fit(TraitBag bag, long seed, Realizer realizer) {
        TraitBag chosen = choose(bag, seed);
        if (chosen.isEmpty() && !bag.isEmpty()) {
            // never an empty caption: the user's most said trait, or the first of the bag when they say none
            Trait first = bag.all().stream().max(Comparator.comparingDouble(this::rate)).orElseThrow();
            chosen = with(chosen, rate(first) > 0 ? first : bag.all().get(0));
        }
        int target = targetWords(seed);
        String text = realizer.realize(chosen, seed);
        Comparator<Trait> byRate = Comparator.comparingDouble(this::rate);
        while (size(chosen, text) > target * TOO_LONG && chosen.all().size() > 1) {
            Trait least = chosen.all().stream().min(byRate).orElseThrow();
            chosen = chosen.without(least);
            text = realizer.realize(chosen, seed);
        }
        List<Trait> said = chosen.all();
        List<Trait> left = new ArrayList<>(bag.all().stream().filter(t -> rate(t) > 0 && !said.contains(t)).toList());
        left.sort(byRate.reversed());
        for (Trait t : left) {
            if (size(chosen, text) >= target * TOO_SHORT) {
                break;
            }
            TraitBag more = with(chosen, t);
            String longer = realizer.realize(more, seed);
            if (size(more, longer) <= target * TOO_LONG) {
                chosen = more;
                text = longer;
            }
        }
        long best = seed;
        for (int k = 1; k <= REDRAWS && !countsTraits && (words(text) > target * TOO_LONG || words(text) < target * TOO_SHORT); k++) {
            long other = seed + k * REDRAW_STRIDE;
            String again = realizer.realize(chosen, other);
            if (Math.abs(words(again) - target) < Math.abs(words(text) - target)) {
                best = other;
                text = again;
            }
        }
        return new Fitted(chosen, best, text);
    }

    private TraitBag with(TraitBag bag, Trait t) {
        List<Trait> f1 = new ArrayList<>(bag.f1());
        List<Trait> f2 = new ArrayList<>(bag.f2());
        (t.category() == TraitCategory.F1 ? f1 : f2).add(t);
        return style.ordered(new TraitBag(f1, f2));
    }

    /** Words of a caption, as people count them: runs between spaces that hold a letter or digit ("/" is none). */
    public static int words(String text) {
        int n = 0;
        for (String w : SPACES.split(text.strip(), 0)) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** The size of a caption the fit compares with its target: its words, or its traits when it counts traits. */
    private int size(TraitBag said, String text) {
        return countsTraits ? said.all().size() : words(text);
    }

    private static String groupOf(String concept, TraitTable table) {
        return groupOf(concept, table.find(concept).orElse(null));
    }

    private static String groupOf(String concept, TraitDefinition d) {
        return d == null || d.group() == null || concept.equals("age") ? concept : "group:" + d.group();
    }
}
