package io.facescribe.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.metrics.meteor.Meteor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code eval} command's work, shared by {@code facescribe eval} and the standalone {@link Main}: read the two
 * files, evaluate, print corpus scores (text, or one JSON object with the toolkit's key names), optionally write
 * per-image scores. Exit codes: 0 ok, 2 bad input (message on stderr).
 */
public final class EvalRunner {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Options; {@code perImage}, {@code meteorParaphrases} and {@code meteorFunctionWords} may be null;
     * {@code scorers} are reported beside the metrics (for example trait grounding).
     */
    public record Options(Path references, Path candidates, Set<Metric> metrics, Tokenization tokenization,
                          boolean json, Path perImage, Path meteorParaphrases, Path meteorFunctionWords,
                          List<CaptionScorer> scorers) {
        public Options {
            scorers = List.copyOf(scorers);
        }

        /** Without other scorers. */
        public Options(Path references, Path candidates, Set<Metric> metrics, Tokenization tokenization, boolean json,
                       Path perImage, Path meteorParaphrases, Path meteorFunctionWords) {
            this(references, candidates, metrics, tokenization, json, perImage, meteorParaphrases, meteorFunctionWords,
                    List.of());
        }
    }

    private EvalRunner() {}

    public static int run(Options o, PrintStream out, PrintStream err) {
        try {
            Corpus corpus = CocoFormats.readCorpusConcurrently(o.references(), o.candidates());
            CaptionEvaluator.Builder builder = CaptionEvaluator.builder().metrics(o.metrics()).tokenization(o.tokenization());
            if (o.metrics().contains(Metric.METEOR)) {
                builder.meteor(meteor(o));
                if (o.meteorParaphrases() == null) {
                    err.println("note: METEOR without a paraphrase table (exact+stem+synonym); it can differ from "
                            + "pycocoevalcap's METEOR; give --meteor-paraphrases paraphrase-en.gz for the full metric");
                }
            }
            o.scorers().forEach(builder::addScorer);
            EvaluationReport report = builder.build().evaluate(corpus);
            print(report.scores(), o.json(), out);
            if (o.perImage() != null) JSON.writerWithDefaultPrettyPrinter().writeValue(o.perImage().toFile(), report.perImage());
            return OK;
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException | IOException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static Meteor meteor(Options o) {
        if (o.meteorParaphrases() == null && o.meteorFunctionWords() == null) return Meteor.standard();
        return Meteor.builder().paraphraseTable(o.meteorParaphrases()).functionWords(o.meteorFunctionWords()).build();
    }

    private static void print(Map<String, Double> scores, boolean json, PrintStream out) throws IOException {
        if (json) {
            out.println(JSON.writeValueAsString(scores));
        } else {
            scores.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%s: %.3f", k, v)));
        }
        out.flush();
    }
}
