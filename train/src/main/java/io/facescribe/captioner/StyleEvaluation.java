package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.facescribe.describe.Caption;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.Describer;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.realize.LearnedRealizer;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.style.StyleBackground;
import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.style.StyledModel;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.metrics.CaptionEvaluator;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.EvaluationReport;
import io.facescribe.metrics.Metric;

/**
 * Styles per Face2Text annotator: a profile learned from each annotator's training descriptions, scored on the
 * validation faces that annotator described, references = that annotator's descriptions only; each realizer
 * with and without the style, same seed, same bag (the traits all the face's descriptions state, as in the
 * stated-traits table). The cross-check scores every annotator's style against every annotator's references.
 */
public final class StyleEvaluation {

    /** One annotator's figures. */
    public record Row(String annotator, int trainDescriptions, int faces, Map<String, Double> scores,
                      double invented) {
    }

    /**
     * @param rows  per annotator and system ("learned", "learned + style", "built-in", "built-in + style")
     * @param cross per annotator of the references, per annotator of the style: learned + style CIDEr-D
     */
    public record Result(Map<String, List<Row>> rows, Map<String, Map<String, Double>> cross, List<String> examples) {
    }

    public static final List<String> SYSTEMS = List.of("built-in", "built-in + style", "learned", "learned + style");

    private final CaptionGuard guard;
    private final TraitTable table;
    private final TraitBags bags;
    private final StyleLearner learner;
    private final CaptionEvaluator evaluator = CaptionEvaluator.builder()
            .metrics(EnumSet.of(Metric.BLEU, Metric.CIDER)).build();

    public StyleEvaluation(CaptionGuard guard, StyleBackground background) {
        this.guard = guard;
        this.table = guard.table();
        this.bags = new TraitBags(table);
        this.learner = new StyleLearner(guard.reader(), background);
    }

    private record Face(String image, List<String> references, TraitBag bag) {
    }

    /** Loads the data folder's Face2Text descriptions and runs. */
    public static Result run(java.nio.file.Path dataDir, CaptionGuard guard, CaptionerModel model, long seed)
            throws java.io.IOException {
        return new StyleEvaluation(guard, StyleBackground.shipped()).run(CaptionerData.load(dataDir, guard),
                Face2Text.read(Face2Text.file(dataDir)), model, seed);
    }

    public Result run(CaptionerData data, List<Face2Text.Description> descriptions, CaptionerModel model, long seed) {
        Map<String, String> annotatorOf = new LinkedHashMap<>();
        for (int i = 0; i < descriptions.size(); i++) {
            annotatorOf.put(descriptions.get(i).image() + "#" + i, descriptions.get(i).annotator());
        }
        Map<String, List<String>> trainTexts = new TreeMap<>();
        for (CaptionerTrainer.Example e : data.train()) {
            trainTexts.computeIfAbsent(annotatorOf.get(e.id()), k -> new ArrayList<>()).add(data.text(e));
        }
        Map<String, List<CaptionerTrainer.Example>> byImage = new LinkedHashMap<>();
        data.validation().forEach(e -> byImage.computeIfAbsent(e.image(), k -> new ArrayList<>()).add(e));
        Map<String, List<Face>> faces = new TreeMap<>();
        byImage.forEach((image, examples) -> {
            List<List<Mention>> mentions = examples.stream().map(x -> x.alignment().mentions()).toList();
            TraitBag bag = bags.stated(mentions);
            Map<String, List<String>> refs = new TreeMap<>();
            examples.forEach(x -> refs.computeIfAbsent(annotatorOf.get(x.id()), k -> new ArrayList<>()).add(data.text(x)));
            refs.forEach((a, texts) -> faces.computeIfAbsent(a, k -> new ArrayList<>()).add(new Face(image, texts, bag)));
        });
        Map<String, StyleProfile> styles = new TreeMap<>();
        trainTexts.forEach((a, texts) -> styles.put(a, learner.learn(texts, Map.of("source",
                "Face2Text annotator " + a + ", training descriptions"))));
        Describer builtin = describer(null, null);
        Describer learned = describer(model, null);
        Map<String, List<Row>> rows = new TreeMap<>();
        Map<String, Map<String, Double>> cross = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (var e : faces.entrySet()) {
            String a = e.getKey();
            List<Face> fs = e.getValue();
            if (!styles.containsKey(a)) {
                continue;
            }
            Describer builtinStyled = describer(null, styles.get(a));
            Describer learnedStyled = describer(model, styles.get(a));
            int n = trainTexts.get(a).size();
            List<Row> r = new ArrayList<>();
            r.add(row(a, n, fs, builtin, seed));
            r.add(row(a, n, fs, builtinStyled, seed));
            r.add(row(a, n, fs, learned, seed));
            r.add(row(a, n, fs, learnedStyled, seed));
            rows.put(a, r);
            Map<String, Double> c = new TreeMap<>();
            for (var s : styles.entrySet()) {
                c.put(s.getKey(), row(a, n, fs, describer(model, s.getValue()), seed).scores().get("CIDEr"));
            }
            cross.put(a, c);
            Face f = fs.get(0);
            examples.add("annotator " + a + ", traits " + f.bag() + "\n    learned: " + learned.caption(f.bag(), seed).text()
                    + "\n    learned + annotator " + a + "'s style: " + learnedStyled.caption(f.bag(), seed).text()
                    + "\n    built-in + annotator " + a + "'s style: " + builtinStyled.caption(f.bag(), seed).text());
        }
        return new Result(rows, cross, examples);
    }

    /** The learned realizer (no-invented, as describe --realizer learned) or the built-in one, with or without a style. */
    private Describer describer(CaptionerModel model, StyleProfile style) {
        DescribeOptions o = DescribeOptions.defaults()
                .withRealizer(model != null ? RealizerChoice.learned() : RealizerChoice.builtin()).withStyle(style);
        LearnedRealizer realizer = model == null ? null
                : new LearnedRealizer(style == null ? model : StyledModel.of(model, style));
        return new Describer(o, new TraitComposer(table, o.rules()), realizer, guard, model == null ? 1 : 2);
    }

    private Row row(String annotator, int train, List<Face> faces, Describer describer, long seed) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        Map<String, String> candidates = new LinkedHashMap<>();
        int invented = 0;
        for (Face f : faces) {
            Caption c = describer.caption(f.bag(), seed);
            refs.put(f.image(), f.references());
            candidates.put(f.image(), c.text());
            if (!guard.check(f.bag(), c.text()).invented().isEmpty()) {
                invented++;
            }
        }
        EvaluationReport report = evaluator.evaluate(Corpus.of(refs, candidates));
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("Bleu_4", report.score("Bleu_4"));
        scores.put("CIDEr", report.score("CIDEr"));
        return new Row(annotator, train, faces.size(), scores, invented / (double) faces.size());
    }
}
