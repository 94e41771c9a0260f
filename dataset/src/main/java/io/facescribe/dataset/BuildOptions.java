package io.facescribe.dataset;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.facescribe.describe.RealizerChoice;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.trait.TraitRules;

/**
 * Everything that decides a data set's records: which faces count, which images are kept, how captions
 * and QA pairs are drawn. Two runs with equal options over the same images write equal records, whatever
 * the thread count, the engine or the order in which images finish.
 *
 * @param analysis    face policy and {@code --assume-face}
 * @param describe    captions per face, realizer, sensitive traits, length, lead (by default the text2face
 *                    method's: exact ages, a random order); its seed is the run's seed
 * @param qaPerFace   question-answer pairs per face (0: none)
 * @param singleFace  keep only images with exactly one face
 * @param minFace     faces smaller than this (pixels, longer side of the mesh box) do not count
 * @param blurry      what to do with images whose main face is blurry
 * @param blackAndWhite what to do with black-and-white images
 */
@RecordBuilder
public record BuildOptions(AnalysisOptions analysis, DescribeOptions describe, int qaPerFace, boolean singleFace,
                           int minFace, Policy blurry, Policy blackAndWhite) implements BuildOptionsBuilder.With, java.io.Serializable {

    /** Keep an image as it is, keep it with a flag in its record, or drop it (a record says why). */
    public enum Policy {
        KEEP, FLAG, DROP;

        public static Policy parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected keep, flag or drop, not " + s);
            }
        }
    }

    public BuildOptions {
        if (qaPerFace < 0 || minFace < 0) {
            throw new IllegalArgumentException("--qa and --min-face must be 0 or more");
        }
    }

    public static BuildOptions defaults() {
        return new BuildOptions(AnalysisOptions.defaults(),
                DescribeOptions.defaults().withCaptions(3).withRules(TraitRules.text2face()), 0, false, 0,
                Policy.FLAG, Policy.FLAG);
    }

    public long seed() {
        return describe.seed();
    }

    public BuildOptions withQa(int v) {
        return withQaPerFace(v);
    }

    /** The options as they are recorded in every record's provenance (and compared when a run resumes). */
    public Map<String, Object> describeForProvenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("faces", analysis.faces().toString());
        m.put("assumeFace", analysis.assumeFace());
        m.put("captions", describe.captions());
        RealizerChoice realizer = describe.realizer();
        m.put("realizer", realizer instanceof RealizerChoice.Llm llm ? "llm:" + llm.settings().model() : realizer.name());
        if (!(realizer instanceof RealizerChoice.Builtin)) {
            m.put("guard", realizer.guard().flag());
        }
        m.put("length", describe.length().name().toLowerCase(Locale.ROOT));
        m.put("sensitive", describe.rules().includeSensitive());
        if (describe.rules().lead() != TraitRules.Lead.TEXT2FACE) {
            m.put("lead", describe.rules().lead().flag());
        }
        CaptionFormat f = describe.format();
        if (f.form() != CaptionFormat.Form.SENTENCE) {
            m.put("as", f.form().name().toLowerCase(Locale.ROOT));
            m.put("tagStyle", f.tagStyle().name().toLowerCase(Locale.ROOT));
        }
        if (f.trigger() != null) {
            m.put("trigger", f.trigger());
        }
        if (!f.excluded().isEmpty()) {
            m.put("excludeTraits", new java.util.TreeSet<>(f.excluded()));
        }
        if (f.maxClipTokens() > 0) {
            m.put("maxClipTokens", f.maxClipTokens());
        }
        m.put("qa", qaPerFace);
        m.put("singleFace", singleFace);
        m.put("minFace", minFace);
        m.put("blurry", blurry.name().toLowerCase(Locale.ROOT));
        m.put("blackAndWhite", blackAndWhite.name().toLowerCase(Locale.ROOT));
        m.put("seed", seed());
        return m;
    }
}
