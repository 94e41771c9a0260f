package io.facescribe.captioner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.describe.trait.TraitTable;

/**
 * {@code ./facescribe-workshop train captioner}: reads and aligns the Face2Text descriptions, counts the model on the
 * training images, scores it on the validation images and puts the figures into its provenance.
 */
public final class CaptionerTraining {

    public static final String COMMAND = "./facescribe-workshop train captioner --data DIR";
    public static final long EVALUATION_SEED = 0;
    /** Plan biases tried when the bias is not given. */
    static final double[] BIAS_GRID = {0, 1, 2, 3, 4, 6, 8};
    /** Plan sharpnesses tried with them: 2 says the often-said traits more and the rarely-said ones less. */
    static final double[] SHARPNESS_GRID = {1, 2};

    public record Outcome(CaptionerModel model, CaptionerTrainer.Result training, CaptionEvaluation.Result evaluation,
                          double seconds) {
    }

    private CaptionerTraining() {
    }

    public static Outcome run(Path data, CaptionerTrainer.Settings settings, Consumer<String> log) throws IOException {
        long start = System.nanoTime();
        CaptionGuard guard = CaptionGuard.standard();
        CaptionerData d = CaptionerData.load(data, guard);
        log.accept(String.format("aligned %d training and %d validation descriptions in %.1f s", d.train().size(),
                d.validation().size(), (System.nanoTime() - start) / 1e9));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("data", "Face2Text v1.0 human descriptions (face2text/captions.jsonl) and the CelebA labels of "
                + "the described images that have them (celeba/attributes_10001_20000_no_images.csv); images not used");
        provenance.put("dataFingerprint", d.fingerprint() + " (captions.jsonl, attributes_10001_20000_no_images.csv)");
        provenance.put("split", DescriptionSplit.STATEMENT);
        provenance.put("alignment", "each description read by the caption reader (CaptionGuard over the TraitTable, "
                + TraitTable.standard().definitions().size() + " trait definitions); each trait lined up with the "
                + "shortest run of words the reader reads it from; no labelling by hand");
        provenance.put("command", COMMAND);
        provenance.put("created", LocalDate.now().toString());
        Map<String, Object> hyper = new LinkedHashMap<>();
        hyper.put("minCount", settings.minCount());
        hyper.put("maxVariants", settings.maxVariants());
        hyper.put("prior", settings.prior());
        hyper.put("sharpness", settings.model().sharpness());
        hyper.put("bias", settings.model().bias());
        hyper.put("orderNoise", settings.model().orderNoise());
        hyper.put("unknownMention", settings.model().unknownMention());
        provenance.put("hyperParameters", hyper);
        CaptionerTrainer.Result trained = new CaptionerTrainer(settings).train(d.train(), provenance);
        provenance.put("counts", trained.counts());
        log.accept("counted " + trained.counts());
        CaptionEvaluation evaluation = new CaptionEvaluation(guard);
        CaptionerModel model = trained.model();
        if (settings.tuneBias()) {
            double best = -1;
            Map<String, Double> tried = new LinkedHashMap<>();
            for (double sharpness : SHARPNESS_GRID) {
                for (double b : BIAS_GRID) {
                    CaptionerModel m = model.withSettings(new CaptionerModel.Settings(sharpness, b,
                            settings.model().orderNoise(), settings.model().unknownMention()));
                    double cider = evaluation.trainingCider(d, m, EVALUATION_SEED);
                    tried.put(sharpness + "/" + b, Math.round(cider * 10_000) / 10_000.0);
                    if (cider > best) {
                        best = cider;
                        model = m;
                    }
                }
            }
            hyper.put("sharpness", model.settings().sharpness());
            hyper.put("bias", model.settings().bias());
            hyper.put("planChoice", "sharpness/bias with the highest CIDEr-D (mean of seeds 0-"
                    + (CaptionEvaluation.SEEDS - 1) + ") on the training faces with CelebA labels (captions from "
                    + "their labels, references = their training descriptions): " + tried);
            log.accept("plan sharpness/bias " + model.settings().sharpness() + "/" + model.settings().bias()
                    + " chosen from " + tried);
        }
        CaptionEvaluation.Result eval = evaluation.run(d, model, EVALUATION_SEED);
        provenance.put("validation", figures(eval));
        double seconds = (System.nanoTime() - start) / 1e9;
        provenance.put("trainingSeconds", Math.round(seconds * 10) / 10.0);
        return new Outcome(model.withProvenance(provenance), trained, eval, seconds);
    }

    /** The validation figures kept in the model's provenance. */
    static Map<String, Object> figures(CaptionEvaluation.Result eval) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statedTraits", rows(eval.stated()));
        out.put("celebaLabels", rows(eval.labelled()));
        out.put("images", eval.images());
        out.put("labelledImages", eval.labelledImages());
        return out;
    }

    private static List<Map<String, Object>> rows(List<CaptionEvaluation.Row> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", r.system());
            r.scores().forEach((k, v) -> m.put(k, Math.round(v * 10_000) / 10_000.0));
            m.put("invented", Math.round(r.invented() * 10_000) / 10_000.0);
            return (Map<String, Object>) m;
        }).toList();
    }
}
