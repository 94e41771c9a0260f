package io.facescribe.cli;

import io.facescribe.metrics.EvalRunner;
import io.facescribe.metrics.InvalidInputException;
import io.facescribe.metrics.Metric;
import io.facescribe.metrics.Tokenization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code facescribe eval}: COCO caption metrics (pycocoevalcap's numbers) — a thin shell over the metrics module. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores candidate captions against references with BLEU-1..4, METEOR, ROUGE-L and CIDEr-D, "
                + "as pycocoevalcap computes them.",
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

    @Override
    public Integer call() {
        try {
            return EvalRunner.run(new EvalRunner.Options(references, candidates, Metric.parseList(metrics),
                    Tokenization.parse(tokenize), json, perImage, meteorParaphrases, meteorFunctionWords), System.out, System.err);
        } catch (InvalidInputException e) {
            System.err.println("error: " + e.getMessage());
            return EvalRunner.BAD_INPUT;
        }
    }
}
