package io.facescribe.metrics;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The COCO caption metrics, in the toolkit's report order. */
public enum Metric {
    BLEU("bleu"), METEOR("meteor"), ROUGE("rouge"), CIDER("cider");

    private final String cliName;

    Metric(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    /** Parses a comma-separated list such as {@code bleu,rouge,cider} (case-insensitive; also rouge_l, cider-d). */
    public static Set<Metric> parseList(String csv) {
        Set<Metric> out = EnumSet.noneOf(Metric.class);
        for (String part : csv.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            Metric m = switch (name) {
                case "bleu" -> BLEU;
                case "meteor" -> METEOR;
                case "rouge", "rouge_l", "rouge-l" -> ROUGE;
                case "cider", "cider-d", "cider_d" -> CIDER;
                default -> throw new InvalidInputException("unknown metric '" + part.trim() + "' (use bleu, meteor, rouge, cider)");
            };
            out.add(m);
        }
        if (out.isEmpty()) throw new InvalidInputException("no metric named in '" + csv + "'");
        return out;
    }
}
