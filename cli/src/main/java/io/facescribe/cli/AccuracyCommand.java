package io.facescribe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.accuracy.AccuracyReport;
import io.facescribe.accuracy.DemographicData;
import io.facescribe.accuracy.DetectionScore;
import io.facescribe.accuracy.DevelopmentSets;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeReport;
import io.facescribe.attributes.FeatureCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Measures FaceScribe on the labelled development data and writes docs/accuracy.md:",
                "detection on fixtures/detection, gender/ethnicity/age on utkface (validation split),",
                "emotion on fer2013/publictest (shipped heads beside the raw networks), and the 40 attributes",
                "on the CelebA validation split (figures recorded in the shipped attribute heads)."})
public final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/accuracy.md", description = "report file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "face-vector cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isDirectory(dir)) {
            System.err.println("error: data folder " + dir + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        StringBuilder md = new StringBuilder("# Accuracy\n\nProduced by `./facescribe accuracy --data ../shared/datasets` on "
                + java.time.LocalDate.now() + ". Every figure below is recomputed by that command.\n\n");
        FaceScribeConfig config = FaceScribeConfig.defaults();
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
                        + "selfie mask, mesh geometry, region colours), trained by `./facescribe train demographics` on the "
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
                .append("From the figures recorded in the shipped `heads.json` by `./facescribe train attributes` (details, "
                        + "feature ablation and provenance: [attributes.md](attributes.md)).\n\n")
                .append(AttributeReport.table(AttributeClassifier.shipped())).append('\n');
        md.append(io.facescribe.accuracy.LooksReport.HEADING).append("\n\n")
                .append(io.facescribe.accuracy.LooksReport.section(io.facescribe.looks.LooksCalibration.shipped())).append('\n');
        md.append(String.format(Locale.ROOT, "_Run time: %.0f s on %d threads (face vectors from the cache when present)._%n",
                (System.nanoTime() - start) / 1e9, n));
        DevelopmentRun.write(out, md.toString());
        System.out.println("wrote " + out);
        return 0;
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
