package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.Describer;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.realize.LearnedRealizer;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.metrics.CaptionEvaluator;
import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.EvaluationReport;

/**
 * Scores captioners against the human descriptions of the validation faces ({@link DescriptionSplit}), one
 * caption per face, references = all of that face's descriptions, with the project's metrics (PTB tokens,
 * pycocoevalcap's numbers). Two settings, since the images are not here:
 * <ul>
 *   <li><b>stated traits</b> (the text side, as FaceGemma generated from labels): each realizer gets the traits
 *       the face's descriptions state;</li>
 *   <li><b>CelebA labels</b> (validation faces that have them): each realizer gets the traits a face measured
 *       exactly as its labels say, so it must choose what a person would say.</li>
 * </ul>
 * Baselines on the same faces: a random description of a training face, and a description of the most
 * similar training face (by stated traits; by CelebA labels in the second setting).
 */
public final class CaptionEvaluation {

    /** One captioner on one setting. */
    public record Row(String system, int images, Map<String, Double> scores, double invented, double fallback,
                      double words) {
    }

    public record Result(List<Row> stated, List<Row> labelled, int images, int descriptions, int labelledImages,
                         List<String> examples, double seconds) {
    }

    public static final List<String> KEYS = List.of("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "METEOR", "ROUGE_L",
            "CIDEr");

    /** Each system is scored with this many seeds (one caption per face each) and the scores averaged. */
    public static final int SEEDS = 5;

    private final CaptionGuard guard;
    private final TraitTable table;
    private final TraitBags bags;
    private final CaptionEvaluator evaluator = CaptionEvaluator.standard();

    public CaptionEvaluation(CaptionGuard guard) {
        this.guard = guard;
        this.table = guard.table();
        this.bags = new TraitBags(table);
    }

    private record Face(String image, List<String> references, TraitBag bag, Set<String> stated) {
    }

    public Result run(CaptionerData data, CaptionerModel model, long seed) {
        long start = System.nanoTime();
        Map<String, List<CaptionerTrainer.Example>> val = group(data.validation());
        Map<String, List<CaptionerTrainer.Example>> train = group(data.train());
        List<Face> faces = new ArrayList<>();
        for (var e : val.entrySet()) {
            List<List<Mention>> mentions = e.getValue().stream().map(x -> x.alignment().mentions()).toList();
            faces.add(new Face(e.getKey(), e.getValue().stream().map(data::text).toList(), bags.stated(mentions),
                    stated(e.getValue())));
        }
        List<Face> labelled = new ArrayList<>();
        for (Face f : faces) {
            Map<String, Boolean> l = data.labels().get(f.image());
            if (l != null) {
                labelled.add(new Face(f.image(), f.references(), bags.fromLabels(l), f.stated()));
            }
        }
        Describer builtin = describer(null, GuardPolicy.STRICT);
        Describer learned = describer(model, GuardPolicy.NO_INVENTED);
        Describer learnedStrict = describer(model, GuardPolicy.STRICT);
        List<String> trainImages = new ArrayList<>(train.keySet());
        Map<String, Set<String>> trainStated = new LinkedHashMap<>();
        train.forEach((k, v) -> trainStated.put(k, stated(v)));

        List<Row> stated = new ArrayList<>();
        stated.add(system(seed, "built-in realizer", faces, (f, s) -> builtin.caption(f.bag(), s)));
        stated.add(system(seed, "learned realizer (says what people would say: --guard no-invented)", faces,
                (f, s) -> learned.caption(f.bag(), s)));
        stated.add(system(seed, "learned realizer (says every trait: --guard strict)", faces,
                (f, s) -> learnedStrict.caption(f.bag(), s)));
        stated.add(human(seed, "random description of a training face", faces,
                (f, s) -> random(data, train, trainImages, f.image(), s)));
        stated.add(human(seed, "description of the training face with the most similar stated traits", faces,
                (f, s) -> nearestStated(data, train, trainStated, f, s)));

        List<Row> byLabels = new ArrayList<>();
        if (!labelled.isEmpty()) {
            byLabels.add(system(seed, "built-in realizer", labelled, (f, s) -> builtin.caption(f.bag(), s)));
            byLabels.add(system(seed, "learned realizer (--guard no-invented)", labelled, (f, s) -> learned.caption(f.bag(), s)));
            byLabels.add(system(seed, "learned realizer (--guard strict)", labelled, (f, s) -> learnedStrict.caption(f.bag(), s)));
            byLabels.add(human(seed, "random description of a training face", labelled,
                    (f, s) -> random(data, train, trainImages, f.image(), s)));
            byLabels.add(human(seed, "description of the labelled training face with the closest CelebA labels", labelled,
                    (f, s) -> nearestLabels(data, train, f.image(), s)));
        }
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < Math.min(4, labelled.size()); i++) {
            Face f = labelled.get(i);
            examples.add("traits " + f.bag() + "\n    built-in: " + builtin.caption(f.bag(), seed).text()
                    + "\n    learned: " + learned.caption(f.bag(), seed).text()
                    + "\n    learned (seed " + (seed + 1) + "): " + learned.caption(f.bag(), seed + 1).text()
                    + "\n    learned, strict: " + learnedStrict.caption(f.bag(), seed).text());
        }
        return new Result(stated, byLabels, faces.size(), data.validation().size(), labelled.size(), examples,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * CIDEr-D of the learned realizer (no-invented) on the training faces that have CelebA labels, references =
     * their training descriptions: for choosing the plan's settings without looking at validation.
     */
    public double trainingCider(CaptionerData data, CaptionerModel model, long seed) {
        Describer learned = describer(model, GuardPolicy.NO_INVENTED);
        double sum = 0;
        for (long s = seed; s < seed + SEEDS; s++) {
            Map<String, List<String>> refs = new LinkedHashMap<>();
            Map<String, String> candidates = new LinkedHashMap<>();
            long drawn = s;
            group(data.train()).forEach((image, examples) -> {
                Map<String, Boolean> l = data.labels().get(image);
                if (l != null) {
                    refs.put(image, examples.stream().map(data::text).toList());
                    candidates.put(image, learned.caption(bags.fromLabels(l), drawn).text());
                }
            });
            sum += CaptionEvaluator.builder().metrics(java.util.EnumSet.of(io.facescribe.metrics.Metric.CIDER))
                    .build().evaluate(Corpus.of(refs, candidates)).score("CIDEr");
        }
        return sum / SEEDS;
    }

    private Describer describer(CaptionerModel model, GuardPolicy policy) {
        DescribeOptions o = DescribeOptions.defaults()
                .withRealizer(model != null ? RealizerChoice.learned(policy) : RealizerChoice.builtin());
        return new Describer(o, new TraitComposer(table, o.rules()), model == null ? null : new LearnedRealizer(model),
                guard, model == null ? 1 : 2);
    }

    private Row system(long seed, String name, List<Face> faces,
                       java.util.function.BiFunction<Face, Long, io.facescribe.describe.Caption> write) {
        List<Row> rows = new ArrayList<>();
        for (long s = seed; s < seed + SEEDS; s++) {
            Map<String, String> candidates = new LinkedHashMap<>();
            int invented = 0;
            int fallback = 0;
            for (Face f : faces) {
                io.facescribe.describe.Caption c = write.apply(f, s);
                candidates.put(f.image(), c.text());
                if (!guard.check(f.bag(), c.text()).invented().isEmpty()) {
                    invented++;
                }
                if (c.fallback() != null) {
                    fallback++;
                }
            }
            rows.add(row(name, faces, candidates, invented, fallback));
        }
        return mean(rows);
    }

    private Row human(long seed, String name, List<Face> faces, java.util.function.BiFunction<Face, Long, String> pick) {
        List<Row> rows = new ArrayList<>();
        for (long s = seed; s < seed + SEEDS; s++) {
            Map<String, String> candidates = new LinkedHashMap<>();
            int invented = 0;
            for (Face f : faces) {
                String text = pick.apply(f, s);
                candidates.put(f.image(), text);
                if (!guard.check(f.bag(), text).invented().isEmpty()) {
                    invented++;
                }
            }
            rows.add(row(name, faces, candidates, invented, 0));
        }
        return mean(rows);
    }

    /** The mean of the same system's rows over seeds. */
    private static Row mean(List<Row> rows) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String k : KEYS) {
            scores.put(k, rows.stream().mapToDouble(r -> r.scores().get(k)).average().orElse(0));
        }
        Row first = rows.get(0);
        return new Row(first.system(), first.images(), scores,
                rows.stream().mapToDouble(Row::invented).average().orElse(0),
                rows.stream().mapToDouble(Row::fallback).average().orElse(0),
                rows.stream().mapToDouble(Row::words).average().orElse(0));
    }

    private Row row(String name, List<Face> faces, Map<String, String> candidates, int invented, int fallback) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        faces.forEach(f -> refs.put(f.image(), f.references()));
        EvaluationReport report = evaluator.evaluate(Corpus.of(refs, candidates));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String k : KEYS) {
            scores.put(k, report.score(k));
        }
        double words = candidates.values().stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
        return new Row(name, faces.size(), scores, invented / (double) faces.size(), fallback / (double) faces.size(),
                words);
    }

    private static Map<String, List<CaptionerTrainer.Example>> group(List<CaptionerTrainer.Example> examples) {
        Map<String, List<CaptionerTrainer.Example>> out = new LinkedHashMap<>();
        examples.forEach(e -> out.computeIfAbsent(e.image(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static Set<String> stated(List<CaptionerTrainer.Example> examples) {
        Set<String> out = new HashSet<>();
        examples.forEach(e -> out.addAll(e.alignment().stated()));
        return out;
    }

    private static Random random(String image, long seed) {
        return new Random(image.hashCode() * 31L + seed);
    }

    private static String random(CaptionerData data, Map<String, List<CaptionerTrainer.Example>> train, List<String> images, String image,
                          long seed) {
        Random r = random(image, seed);
        List<CaptionerTrainer.Example> pick = train.get(images.get(r.nextInt(images.size())));
        return data.text(pick.get(r.nextInt(pick.size())));
    }


    private static String nearestStated(CaptionerData data, Map<String, List<CaptionerTrainer.Example>> train, Map<String, Set<String>> stated,
                                 Face f, long seed) {
        String best = null;
        double bestScore = -1;
        for (var e : stated.entrySet()) {
            double s = jaccard(f.stated(), e.getValue());
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        List<CaptionerTrainer.Example> pick = train.get(best);
        return data.text(pick.get(random(f.image(), seed).nextInt(pick.size())));
    }

    private static String nearestLabels(CaptionerData data, Map<String, List<CaptionerTrainer.Example>> train,
                                        String image, long seed) {
        Map<String, Map<String, Boolean>> labels = data.labels();
        Map<String, Boolean> mine = labels.get(image);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String other : train.keySet()) {
            Map<String, Boolean> l = labels.get(other);
            if (l == null) {
                continue;
            }
            int d = 0;
            for (var e : mine.entrySet()) {
                if (!e.getValue().equals(l.get(e.getKey()))) {
                    d++;
                }
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = other;
            }
        }
        List<CaptionerTrainer.Example> pick = train.get(best);
        return data.text(pick.get(random(image, seed).nextInt(pick.size())));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int both = 0;
        for (String x : a) {
            if (b.contains(x)) {
                both++;
            }
        }
        return both / (double) (a.size() + b.size() - both);
    }

}
