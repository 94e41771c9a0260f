package io.facescribe.cli;

import io.facescribe.grounding.AnalysisRecords;
import io.facescribe.grounding.GroundingScorer;
import io.facescribe.metrics.CaptionScorer;
import io.facescribe.metrics.EvalRunner;
import io.facescribe.metrics.InvalidInputException;
import io.facescribe.metrics.Metric;
import io.facescribe.metrics.Tokenization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code facescribe eval}: COCO caption metrics (pycocoevalcap's numbers) — a thin shell over the metrics module. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores candidate captions against references with BLEU-1..4, METEOR, ROUGE-L and CIDEr-D, "
                + "as pycocoevalcap computes them.",
                "With --grounding also trait precision and recall (TraitPrecision, TraitRecall): the traits each "
                        + "candidate states against those measured in --analyses records, else those its references state.",
                "References: COCO annotations {\"annotations\":[{\"image_id\",\"caption\"}]} or {\"id\":[\"ref\",...]}; "
                        + "candidates: COCO results [{\"image_id\",\"caption\"}] or {\"id\":\"caption\"}."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--references", required = true, paramLabel = "REFS", description = "reference captions (JSON)")
    Path references;

    @Option(names = "--candidates", required = true, paramLabel = "CANDS", description = "candidate captions (JSON)")
    Path candidates;

    @Option(names = "--metrics", paramLabel = "LIST", defaultValue = "bleu,meteor,rouge,cider",
            description = "comma-separated: bleu, meteor, rouge, cider (default: all)")
    String metrics;

    @Option(names = "--tokenize", paramLabel = "ptb|none", defaultValue = "ptb",
            description = "ptb (pycocoevalcap's PTB pipeline, default) or none (input already tokenised)")
    String tokenize;

    @Option(names = "--json", description = "print {\"Bleu_1\":…,\"METEOR\":…,\"ROUGE_L\":…,\"CIDEr\":…}")
    boolean json;

    @Option(names = "--per-image", paramLabel = "FILE", description = "also write per-image scores (JSON) to FILE")
    Path perImage;

    @Option(names = "--meteor-paraphrases", paramLabel = "FILE",
            description = "Meteor 1.5 paraphrase table (paraphrase-en.gz) for METEOR's paraphrase stage")
    Path meteorParaphrases;

    @Option(names = "--meteor-function-words", paramLabel = "FILE",
            description = "function-word list for METEOR (e.g. Meteor's english.words); default: bundled list")
    Path meteorFunctionWords;

    @Option(names = "--grounding", description = "also score trait grounding (TraitPrecision, TraitRecall) beside the metrics")
    boolean grounding;

    @Option(names = "--analyses", paramLabel = "JSONL",
            description = "with --grounding: the analysis records of the images (analyze --json or describe --json output); "
                    + "an image is matched by path, file name or file name without extension; images without one "
                    + "are grounded against their references")
    Path analyses;

    @Override
    public Integer call() {
        try {
            List<CaptionScorer> scorers = new ArrayList<>();
            if (grounding) {
                scorers.add(analyses == null ? new GroundingScorer() : new GroundingScorer(AnalysisRecords.read(analyses)));
            } else if (analyses != null) {
                System.err.println("error: --analyses is read for --grounding; add --grounding");
                return EvalRunner.BAD_INPUT;
            }
            return EvalRunner.run(new EvalRunner.Options(references, candidates, Metric.parseList(metrics),
                    Tokenization.parse(tokenize), json, perImage, meteorParaphrases, meteorFunctionWords, scorers),
                    System.out, System.err);
        } catch (IOException e) {
            System.err.println("error: cannot read " + analyses + ": " + e.getMessage());
            return EvalRunner.BAD_INPUT;
        } catch (InvalidInputException e) {
            System.err.println("error: " + e.getMessage());
            return EvalRunner.BAD_INPUT;
        }
    }
}
