package io.facescribe.describe.guard;


import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitTable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.facescribe.analysis.FaceAnalysis;

/**
 * Reads a caption back into traits and says what it leaves out and what it makes up: a {@link Lexicon} built
 * from the {@link TraitTable}, a {@link CaptionReader} that reads text into mentions with it, and a
 * {@link TraitChecker} that holds the mentions against the traits. Thread-safe.
 *
 * <p>It is also a metric: {@link #score} gives the trait precision and recall of any caption against an
 * analysis or against the traits read from reference captions.
 */
public final class CaptionGuard {

    /** How far (years) an age in a caption may be from what the bag states, beyond the bag's own range. */
    public static final int AGE_TOLERANCE = TraitChecker.AGE_TOLERANCE;

    private final TraitTable table;
    private final CaptionReader reader;
    private final TraitChecker checker;

    public CaptionGuard(TraitTable table) {
        this(new Lexicon(table));
    }

    public CaptionGuard(Lexicon lexicon) {
        this.table = lexicon.table();
        this.reader = new CaptionReader(lexicon);
        this.checker = new TraitChecker(lexicon);
    }

    public static CaptionGuard standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CaptionGuard STANDARD = new CaptionGuard(TraitTable.standard());
    }

    public TraitTable table() {
        return table;
    }

    public CaptionReader reader() {
        return reader;
    }

    public TraitChecker checker() {
        return checker;
    }

    /** Everything the caption says about the face, in order of appearance (hair words first). */
    public List<Mention> read(String caption) {
        return reader.read(caption);
    }

    /** What the caption leaves out of the bag and what it says beyond it. */
    public GuardReport check(TraitBag bag, String caption) {
        return checker.check(bag, read(caption));
    }

    /** What a tag list (each tag read on its own) leaves out of the bag and what it says beyond it. */
    public GuardReport checkTags(TraitBag bag, String tags) {
        return checker.check(bag, reader.readTags(tags));
    }

    /**
     * Checks a caption against an analysis: it must state the traits the composer draws from it and may
     * also state the usual states (eyes open, ...) and the second emotion; the age may be anywhere in the
     * analysis' range, widened by a fifteenth and the tolerance.
     */
    public GuardReport check(FaceAnalysis face, String caption) {
        return check(Measurements.of(face), caption);
    }

    public GuardReport check(Measurements m, String caption) {
        return checker.check(m, read(caption));
    }

    /** Trait precision and recall of a caption, with the report they come from. */
    public record Grounding(double precision, double recall, int said, int expected, GuardReport report) {
    }

    public Grounding score(FaceAnalysis face, String caption) {
        return score(Measurements.of(face), caption);
    }

    public Grounding score(Measurements m, String caption) {
        List<Mention> mentions = read(caption);
        GuardReport report = checker.check(m, mentions);
        int expected = checker.expected(m).all().size();
        return grounding(report, expected, keys(mentions).size());
    }

    /** Precision and recall of a caption against the traits read from reference captions. */
    public Grounding score(List<String> references, String caption) {
        Set<String> reference = new LinkedHashSet<>();
        for (String r : references) {
            reference.addAll(keys(read(r)));
        }
        Set<String> said = keys(read(caption));
        List<String> missing = reference.stream().filter(k -> !said.contains(k)).toList();
        List<String> invented = said.stream().filter(k -> !reference.contains(k)).toList();
        return grounding(new GuardReport(missing, invented), reference.size(), said.size());
    }

    private static Grounding grounding(GuardReport report, int expected, int said) {
        double precision = said == 0 ? 1 : Math.max(0, (said - report.invented().size()) / (double) said);
        double recall = expected == 0 ? 1 : Math.max(0, (expected - report.missing().size()) / (double) expected);
        return new Grounding(precision, recall, said, expected, report);
    }

    private static Set<String> keys(List<Mention> mentions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Mention m : mentions) {
            keys.add(m.concept().equals("age") ? "age" : m.key());
        }
        return keys;
    }
}
