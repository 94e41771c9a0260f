package io.facescribe.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.model.ModelStore;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.training.AttributeReport;
import io.facescribe.training.FeatureCache;
import io.facescribe.training.DemographicData;
import io.facescribe.training.DevelopmentSets;

/**
 * What {@code ./facescribe-workshop accuracy} measures on the labelled development data: detection on fixtures/detection,
 * gender/ethnicity/age on utkface (validation split), emotion on fer2013/publictest (shipped heads beside the raw
 * networks), and the 40 attributes on the CelebA validation split (figures recorded in the shipped heads).
 */
public final class AccuracyRun {

    private AccuracyRun() {
    }

    /**
     * The whole report (docs/accuracy.md) as Markdown.
     *
     * @param dir     the data folder
     * @param threads images at once
     * @param cache   the face-vector cache folder, null for the default under the model store
     */
    public static String markdown(Path dir, Integer threads, Path cache) throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        StringBuilder md = new StringBuilder("# Accuracy\n\nProduced by `./facescribe-workshop accuracy --data ../shared/datasets` on "
                + java.time.LocalDate.now() + ". Every figure below is recomputed by that command.\n\n");
        FaceScribeConfig config = FaceScribeConfig.defaults().withInstallFrom(ModelStore.standardSource());
        try (FaceScribe fs = FaceScribe.create(config)) {
            md.append("## Face detection (fixtures/detection)\n\n").append(detection(fs, dir.resolve("fixtures/detection")))
                    .append('\n');
        }
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(config.store().home());
        DemographicData d = DemographicData.load(dir, config.store(), n, cacheDir, System.err::println);
        Demographics shipped = new Demographics(config.demographics());
        List<AccuracyReport.Measured> heads = new ArrayList<>();
        List<AccuracyReport.Measured> raw = new ArrayList<>();
        int missed = 0;
        List<DevelopmentSets.Item> validation = d.utk().stream().filter(DevelopmentSets::validation).toList();
        for (DevelopmentSets.Item item : validation) {
            float[] r = d.record(item);
            if (r != null) {
                heads.add(AccuracyReport.heads(item, r, shipped));
                raw.add(AccuracyReport.raw(item, r));
                missed += AccuracyReport.detected(r) ? 0 : 1;
            }
        }
        md.append("## Gender, ethnicity and age (utkface, validation split)\n\n")
                .append(String.format(Locale.ROOT, "%d UTKFace images; validation split: %d faces (file-name hash ≡ 0 mod 5); "
                                + "the heads were trained on the other %d. The detector found no face in %d validation images "
                                + "(those were measured as whole-image faces, as `analyze --assume-face` would).%n%n",
                        d.utk().size(), heads.size(), d.utk().size() - validation.size(), missed))
                .append("### Shipped heads (what FaceScribe reports)\n\n")
                .append("Linear heads on the face vector (faceres on the attribute framing, its inner layers, "
                        + "selfie mask, mesh geometry, region colours), trained by `./facescribe-workshop train demographics` on the "
                        + "train split; gear and ssrnet are no longer run. Age is the median of an ordinal head.\n\n")
                .append(AccuracyReport.demographics(heads, "Shipped heads")).append('\n')
                .append("### Raw networks (faceres age and gender on the 1.3x face crop, gear ethnicity, no heads)\n\n")
                .append(AccuracyReport.demographics(raw, "Raw networks")).append('\n');
        List<AccuracyReport.Measured> ferHeads = new ArrayList<>();
        List<AccuracyReport.Measured> ferRaw = new ArrayList<>();
        for (DevelopmentSets.Item item : d.ferTest()) {
            float[] r = d.record(item);
            if (r != null) {
                ferHeads.add(AccuracyReport.heads(item, r, shipped));
                ferRaw.add(AccuracyReport.raw(item, r));
            }
        }
        md.append("## Emotion (fer2013/publictest, 48×48 grey faces, --assume-face)\n\n")
                .append("The emotion network sees each face and its mirror image; the emotion head reads the mean of both "
                        + "views' log-probabilities and last block (pooled over three row bands) with faceres and mesh geometry; "
                        + "trained on the 28,709 FER2013 train images. \"Raw network\" is the network's own answer (both views, no head).\n\n")
                .append(AccuracyReport.emotion(ferHeads, "Shipped head")).append('\n')
                .append(AccuracyReport.emotion(ferRaw, "Raw network (mean of both views)")).append('\n');
        md.append("## The 40 CelebA attributes (validation split)\n\n")
                .append("From the figures recorded in the shipped `heads.json` by `./facescribe-workshop train attributes` (details, "
                        + "feature ablation and provenance: [attributes.md](attributes.md)).\n\n")
                .append(AttributeReport.table(AttributeClassifier.shipped())).append('\n');
        md.append(LooksReport.HEADING).append("\n\n")
                .append(LooksReport.section(io.facescribe.looks.LooksCalibration.shipped())).append('\n');
        md.append(String.format(Locale.ROOT, "_Run time: %.0f s on %d threads (face vectors from the cache when present)._%n",
                (System.nanoTime() - start) / 1e9, n));
        return md.toString();
    }

    private static String detection(FaceScribe fs, Path dir) throws IOException {
        JsonNode annotations = new ObjectMapper().readTree(dir.resolve("annotations.json").toFile());
        List<DetectionScore> scores = new ArrayList<>();
        for (JsonNode a : annotations) {
            String image = a.get("image").asText();
            ImageAnalysis r = fs.analyze(dir.resolve(image), AnalysisOptions.defaults());
            List<double[]> noses = new ArrayList<>();
            a.get("nose_points_xy").forEach(p -> noses.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            scores.add(DetectionScore.score(image, r.faces(), noses));
        }
        return AccuracyReport.detection(scores);
    }
}
