package io.facescribe.attributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The validation figures of a training run as Markdown (docs/attributes.md). */
public final class AttributeReport {

    private AttributeReport() {
    }

    public static String markdown(AttributeTrainer.Result result, Map<String, Object> provenance) {
        StringBuilder md = new StringBuilder();
        List<AttributeTrainer.Figures> figs = result.figures();
        md.append("# The 40 CelebA attributes\n\n");
        md.append("Produced by `./facescribe train attributes --data DIR` (").append(provenance.getOrDefault("created", ""))
                .append("), which rebuilds `core/src/main/resources/io/facescribe/attributes/heads.json`.\n\n");
        md.append(String.format(Locale.ROOT,
                "**Validation split (CelebA ids 7001-8000, %d faces): mean accuracy %.1f%% (majority baseline %.1f%%); "
                        + "mean balanced accuracy %.1f%% at p >= 0.5 and %.1f%% with the balanced decision p >= base rate; "
                        + "mean AUC %.3f.** Training took %.0f s on the cached features.%n%n",
                figs.get(0).count(), 100 * result.meanAccuracy(), 100 * result.meanMajority(),
                100 * result.meanBalancedAccuracy(), 100 * result.meanBalancedAccuracyAtBaseRate(),
                figs.stream().mapToDouble(AttributeTrainer.Figures::auc).average().orElse(0), result.seconds()));
        md.append("Accuracy and balanced accuracy are at probability 0.5 (the decision that maximises accuracy for calibrated\n");
        md.append("probabilities); \"bal. acc. (base rate)\" decides p >= the train split's base rate of the attribute (the decision\n");
        md.append("that maximises balanced accuracy); precision, recall and accuracy \"at t\" are at the\n");
        md.append("attribute's caption threshold t. All figures are cross-fitted: Platt scaling and t were fitted on one half of\n");
        md.append("the validation split (odd or even ids) and measured on the other, then pooled; the shipped file fits both on\n");
        md.append("the whole split. The majority baseline always answers the train split's majority value. \"reliable\" = t\n");
        md.append("reached the precision target on the validation split and the cross-fitted precision at t is no more than 0.1\n");
        md.append("below it (captions should omit unreliable attributes).\n\n");
        md.append("| attribute | positives | majority | accuracy | balanced acc. | bal. acc. (base rate) | AUC | t | precision at t | recall at t | accuracy at t | reliable |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (AttributeTrainer.Figures f : figs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.3f | %.2f | %s | %s | %.1f%% | %s |%n",
                    f.name(), f.positives(), 100 * f.majority(), 100 * f.accuracy(), 100 * f.balancedAccuracy(),
                    100 * f.balancedAccuracyAtBaseRate(), f.auc(),
                    f.threshold(), pct(f.precision()), pct(f.recall()), 100 * f.accuracyAtThreshold(), f.reliable() ? "yes" : "no"));
        }
        md.append(String.format(Locale.ROOT, "| **mean** | | **%.1f%%** | **%.1f%%** | **%.1f%%** | **%.1f%%** | **%.3f** | | %s | %s | %.1f%% | %d of 40 |%n%n",
                100 * result.meanMajority(), 100 * result.meanAccuracy(), 100 * result.meanBalancedAccuracy(),
                100 * result.meanBalancedAccuracyAtBaseRate(),
                figs.stream().mapToDouble(AttributeTrainer.Figures::auc).average().orElse(0),
                pct(figs.stream().mapToDouble(AttributeTrainer.Figures::precision).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN)),
                pct(figs.stream().mapToDouble(AttributeTrainer.Figures::recall).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN)),
                100 * figs.stream().mapToDouble(AttributeTrainer.Figures::accuracyAtThreshold).average().orElse(0),
                figs.stream().filter(AttributeTrainer.Figures::reliable).count()));
        return md.toString();
    }

    /** Replaces the text between the figure markers of an existing document, or returns the figures alone. */
    public static String merge(String existing, String figures) {
        String begin = "<!-- figures:begin (written by ./facescribe train attributes) -->";
        String end = "<!-- figures:end -->";
        String body = figures.substring(figures.indexOf('\n') + 1).strip(); // without the title
        if (existing != null && existing.contains(begin) && existing.contains(end)) {
            return existing.substring(0, existing.indexOf(begin) + begin.length()) + "\n\n" + body + "\n\n"
                    + existing.substring(existing.indexOf(end));
        }
        return figures;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
