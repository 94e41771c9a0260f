package io.facescribe.metrics;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Standalone entry point of the metrics jar (same options as {@code facescribe eval}):
 * <pre>
 * java -jar facescribe-metrics.jar --references REFS --candidates CANDS [--metrics bleu,meteor,rouge,cider]
 *      [--tokenize ptb|none] [--json] [--per-image FILE] [--meteor-paraphrases FILE] [--meteor-function-words FILE]
 * </pre>
 */
public final class Main {
    static final String USAGE = "usage: eval --references REFS --candidates CANDS [--metrics bleu,meteor,rouge,cider]"
            + " [--tokenize ptb|none] [--json] [--per-image FILE] [--meteor-paraphrases FILE] [--meteor-function-words FILE]";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path refs = null, cands = null, perImage = null, paraphrases = null, functionWords = null;
        Set<Metric> metrics = EnumSet.allOf(Metric.class);
        Tokenization tokenization = Tokenization.PTB;
        boolean json = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--references" -> refs = Path.of(value(args, ++i, a));
                    case "--candidates" -> cands = Path.of(value(args, ++i, a));
                    case "--metrics" -> metrics = Metric.parseList(value(args, ++i, a));
                    case "--tokenize" -> tokenization = Tokenization.parse(value(args, ++i, a));
                    case "--json" -> json = true;
                    case "--per-image" -> perImage = Path.of(value(args, ++i, a));
                    case "--meteor-paraphrases" -> paraphrases = Path.of(value(args, ++i, a));
                    case "--meteor-function-words" -> functionWords = Path.of(value(args, ++i, a));
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return EvalRunner.OK;
                    }
                    default -> throw new InvalidInputException("unknown option " + a);
                }
            }
            if (refs == null || cands == null) throw new InvalidInputException("--references and --candidates are required");
        } catch (InvalidInputException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            return EvalRunner.BAD_INPUT;
        }
        return EvalRunner.run(new EvalRunner.Options(refs, cands, metrics, tokenization, json, perImage, paraphrases,
                functionWords), System.out, System.err);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new InvalidInputException(option + " needs a value");
        return args[i];
    }
}
