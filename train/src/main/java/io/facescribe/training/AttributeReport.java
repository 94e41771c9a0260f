package io.facescribe.training;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeNames;

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
        md.append("Produced by `./facescribe-workshop train attributes --data DIR` (").append(provenance.getOrDefault("created", ""))
                .append("), which rebuilds `core/src/main/resources/io/facescribe/attributes/heads.json`.\n\n");
        md.append(String.format(Locale.ROOT,
                "**Validation split (CelebA ids 7001-8000, %d faces), each attribute decided at its threshold t: mean accuracy "
                        + "%.1f%% (majority baseline %.1f%%), mean balanced accuracy %.1f%%; mean AUC %.3f.** For comparison, "
                        + "deciding at p >= 0.5 gives %.1f%% / %.1f%%, at p >= base rate %.1f%% balanced. Training took %.0f s on the "
                        + "cached features.%n%n",
                figs.get(0).count(), 100 * result.meanAccuracy(), 100 * result.meanMajority(), 100 * result.meanBalancedAccuracy(),
                figs.stream().mapToDouble(AttributeTrainer.Figures::auc).average().orElse(0),
                100 * figs.stream().mapToDouble(AttributeTrainer.Figures::accuracyAtHalf).average().orElse(0),
                100 * figs.stream().mapToDouble(AttributeTrainer.Figures::balancedAccuracyAtHalf).average().orElse(0),
                100 * result.meanBalancedAccuracyAtBaseRate(), result.seconds()));
        md.append(table(result));
        return md.toString();
    }

    /** The decision rule and the per-attribute table (also merged into docs/accuracy.md). */
    public static String table(AttributeTrainer.Result result) {
        return table(result.figures());
    }

    /** The same table from the figures recorded in a head file (as {@code ./facescribe-workshop accuracy} shows them). */
    public static String table(AttributeClassifier heads) {
        List<AttributeTrainer.Figures> figs = new java.util.ArrayList<>();
        for (String name : AttributeNames.ALL) {
            AttributeClassifier.Head h = heads.head(name);
            Map<String, Double> v = h.validation();
            figs.add(new AttributeTrainer.Figures(name, v.getOrDefault("positives", Double.NaN).intValue(),
                    v.getOrDefault("count", Double.NaN).intValue(), get(v, "majorityBaseline"), get(v, "accuracy"),
                    get(v, "balancedAccuracy"), get(v, "auc"), h.threshold(), h.captionThreshold(), get(v, "precision"), get(v, "recall"),
                    get(v, "accuracyAtHalf"), get(v, "balancedAccuracyAtHalf"), h.reliable(), get(v, "lambda"), 0,
                    get(v, "balancedAccuracyAtBaseRate")));
        }
        return table(figs);
    }

    private static double get(Map<String, Double> v, String key) {
        Double d = v.get(key);
        return d == null ? Double.NaN : d;
    }

    static String table(List<AttributeTrainer.Figures> figs) {
        double meanMajority = figs.stream().mapToDouble(AttributeTrainer.Figures::majority).average().orElse(0);
        double meanAccuracy = figs.stream().mapToDouble(AttributeTrainer.Figures::accuracy).average().orElse(0);
        double meanBalanced = figs.stream().mapToDouble(AttributeTrainer.Figures::balancedAccuracy).average().orElse(0);
        StringBuilder md = new StringBuilder();
        md.append("Decision rule: each attribute is decided present when its calibrated probability p >= t, where\n");
        md.append("t = c_fa / (c_fa + c_miss), c_miss = w + (1-w)/(2b), c_fa = w + (1-w)/(2(1-b)), b is the attribute's base rate on\n");
        md.append("the train split and w = " + Calibration.ACCURACY_WEIGHT + ": the Bayes decision for the cost w x error rate + (1-w) x balanced\n");
        md.append("error rate (t = 0.5 when b = 0.5, between b and 0.5 otherwise; b = 0.1 gives t = 0.28). w was chosen on the\n");
        md.append("validation split: from about 0.66 to 0.76 both mean accuracy >= 88% and mean balanced accuracy >= 78% hold there\n");
        md.append("(so these means are slightly optimistic for new faces). Figures are cross-fitted: Platt scaling is fitted on\n");
        md.append("one half of the validation split (odd or even ids) and measured on the other, then pooled; the shipped file fits\n");
        md.append("it on the whole split. The majority baseline always answers the train split's majority value.\n\n");
        md.append("Captions hold attributes to precision rather than balance: they state an attribute only when p >= t_c, the\n");
        md.append("lowest threshold >= 0.5 whose validation precision stays at or above max(0.8, (1 + b)/2) (with at least 20\n");
        md.append("faces predicted positive), and only for attributes marked \"caption\": t_c reached that target and the\n");
        md.append("cross-fitted precision at t_c is no more than 0.1 below it.\n\n");
        md.append("| attribute | positives | majority | t | accuracy | balanced acc. | precision | recall | AUC | acc. / bal. at 0.5 | t_c | caption |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (AttributeTrainer.Figures f : figs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.2f | %.1f%% | %.1f%% | %s | %s | %.3f | %.1f%% / %.1f%% | %.2f | %s |%n",
                    f.name(), f.positives(), 100 * f.majority(), f.threshold(), 100 * f.accuracy(), 100 * f.balancedAccuracy(),
                    pct(f.precision()), pct(f.recall()), f.auc(), 100 * f.accuracyAtHalf(), 100 * f.balancedAccuracyAtHalf(),
                    f.captionThreshold(), f.reliable() ? "yes" : "no"));
        }
        md.insert(0, String.format(Locale.ROOT, "**Mean over the 40 attributes at the shipped thresholds: accuracy %.1f%%, balanced "
                + "accuracy %.1f%% (majority baseline %.1f%%).**%n%n", 100 * meanAccuracy, 100 * meanBalanced, 100 * meanMajority));
        md.append(String.format(Locale.ROOT, "| **mean** | | **%.1f%%** | | **%.1f%%** | **%.1f%%** | %s | %s | %.3f | %.1f%% / %.1f%% | | %d of %d |%n",
                100 * meanMajority, 100 * meanAccuracy, 100 * meanBalanced,
                pct(figs.stream().mapToDouble(AttributeTrainer.Figures::precision).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN)),
                pct(figs.stream().mapToDouble(AttributeTrainer.Figures::recall).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN)),
                figs.stream().mapToDouble(AttributeTrainer.Figures::auc).average().orElse(0),
                100 * figs.stream().mapToDouble(AttributeTrainer.Figures::accuracyAtHalf).average().orElse(0),
                100 * figs.stream().mapToDouble(AttributeTrainer.Figures::balancedAccuracyAtHalf).average().orElse(0),
                figs.stream().filter(AttributeTrainer.Figures::reliable).count(), figs.size()));
        return md.toString();
    }

    /** Replaces the text between the figure markers of an existing document, or returns the figures alone. */
    public static String merge(String existing, String figures) {
        String begin = "<!-- figures:begin (written by ./facescribe-workshop train attributes) -->";
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
