package io.facescribe.captioner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The section of docs/captions.md on styles: per Face2Text annotator, with and without their style. */
public final class StyleReport {

    /** The ratio issue 22 asks of a style: learned + style CIDEr-D over learned. */
    private static final double BAR = 1.3;

    private StyleReport() {
    }

    public static String markdown(StyleEvaluation.Result r) {
        StringBuilder sb = new StringBuilder("## In a person's own voice (styles)\n\n");
        sb.append("For each Face2Text annotator, a style profile (`./facescribe style learn`) learned from that "
                + "annotator's training descriptions; scored on the validation faces that annotator described, "
                + "references = that annotator's descriptions only (CIDEr-D's document frequencies from them). Every "
                + "system gets the same bag per face (the traits all of the face's descriptions state, as in the "
                + "stated-traits table) and the same seed (0); the learned realizer under `--guard no-invented`. "
                + "*Invented*: share of captions in which the guard reads a trait the bag does not hold.\n\n");
        sb.append("| annotator | training descriptions | faces | system | BLEU-4 | CIDEr-D | invented |\n");
        sb.append("|---|---:|---:|---|---:|---:|---:|\n");
        double styled = 0;
        double plain = 0;
        double builtinStyled = 0;
        double builtinPlain = 0;
        boolean invented = false;
        for (Map.Entry<String, List<StyleEvaluation.Row>> e : r.rows().entrySet()) {
            List<StyleEvaluation.Row> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                StyleEvaluation.Row row = rows.get(i);
                sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.3f | %.3f | %.1f%% |%n", row.annotator(),
                        row.trainDescriptions(), row.faces(), StyleEvaluation.SYSTEMS.get(i),
                        row.scores().get("Bleu_4"), row.scores().get("CIDEr"), 100 * row.invented()));
                invented |= row.invented() > 0;
            }
            builtinPlain += rows.get(0).scores().get("CIDEr");
            builtinStyled += rows.get(1).scores().get("CIDEr");
            plain += rows.get(2).scores().get("CIDEr");
            styled += rows.get(3).scores().get("CIDEr");
        }
        int n = r.rows().size();
        sb.append(String.format(Locale.ROOT, "%nAveraged over the %d annotators, learned + style CIDEr-D is %.3f against "
                + "%.3f without the style: %.2f\u00d7 (target 2\u00d7: %s); built-in + style %.3f against %.3f "
                + "(%.2f\u00d7). %s%n", n, styled / n, plain / n, styled / plain, styled >= 2 * plain ? "met" : "not met",
                builtinStyled / n, builtinPlain / n, builtinStyled / builtinPlain,
                invented ? "Some captions invent a trait (see the table)." : "No caption invents a trait."));
        StringBuilder per = new StringBuilder();
        StringBuilder perBuiltin = new StringBuilder();
        double ratios = 0;
        int atBar = 0;
        for (Map.Entry<String, List<StyleEvaluation.Row>> e : r.rows().entrySet()) {
            List<StyleEvaluation.Row> rows = e.getValue();
            double ratio = rows.get(3).scores().get("CIDEr") / rows.get(2).scores().get("CIDEr");
            ratios += ratio;
            atBar += ratio >= BAR ? 1 : 0;
            per.append(per.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s: %.2f\u00d7", e.getKey(), ratio));
            perBuiltin.append(perBuiltin.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s: %.2f\u00d7",
                    e.getKey(), rows.get(1).scores().get("CIDEr") / rows.get(0).scores().get("CIDEr")));
        }
        sb.append(String.format(Locale.ROOT, "%nPer annotator, learned + style against learned: %s (mean of the ratios "
                + "%.2f\u00d7; %d of %d annotators at or above the %.1f\u00d7 bar of issue 22); built-in + style against "
                + "built-in: %s. The faces are each annotator's validation faces, which no style or model saw.%n",
                per, ratios / n, atBar, n, BAR, perBuiltin));
        sb.append("\n**Cross-check.** Learned + style CIDEr-D of each annotator's style (columns) against each "
                + "annotator's references (rows); the own style should score highest in its row.\n\n");
        List<String> names = List.copyOf(r.cross().keySet());
        sb.append("| references \\ style |");
        names.forEach(a -> sb.append(' ').append(a).append(" |"));
        sb.append("\n|---|");
        names.forEach(a -> sb.append("---:|"));
        sb.append('\n');
        int wins = 0;
        for (String a : names) {
            Map<String, Double> row = r.cross().get(a);
            String best = row.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            wins += best.equals(a) ? 1 : 0;
            sb.append("| ").append(a).append(" |");
            for (String b : names) {
                Double v = row.get(b);
                String cell = v == null ? "" : String.format(Locale.ROOT, "%.3f", v);
                sb.append(' ').append(b.equals(best) ? "**" + cell + "**" : cell).append(" |");
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%nThe annotator's own style scores highest on their own descriptions "
                + "for %d of %d annotators.%n%n", wins, names.size()));
        sb.append("```\n");
        r.examples().forEach(x -> sb.append(x).append('\n'));
        sb.append("```\n\n");
        return sb.toString();
    }
}
