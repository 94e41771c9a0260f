package io.facescribe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.accuracy.AccuracyReport;
import io.facescribe.accuracy.DetectionScore;
import io.facescribe.accuracy.DevelopmentSets;
import io.facescribe.accuracy.LabelledFace;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.Calibration;
import io.facescribe.analysis.ImageAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Measures FaceScribe on the labelled development data and writes docs/accuracy.md:",
                "detection on fixtures/detection, gender/ethnicity/age on utkface (validation split),",
                "emotion on fer2013/publictest; raw networks beside the shipped calibration."})
public final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/accuracy.md", description = "report file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "at most N images per set (0 = all)")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isDirectory(dir)) {
            System.err.println("error: data folder " + dir + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        StringBuilder md = new StringBuilder("# Accuracy\n\nProduced by `./facescribe accuracy --data ../shared/datasets"
                + (limit > 0 ? " --limit " + limit : "") + "` on " + java.time.LocalDate.now()
                + ". Every figure below is recomputed by that command.\n\n");
        try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults())) {
            md.append("## Face detection (fixtures/detection)\n\n").append(detection(fs, dir.resolve("fixtures/detection")))
                    .append('\n');
            Path utk = dir.resolve("utkface");
            AtomicInteger missed = new AtomicInteger();
            List<LabelledFace> utkFaces = DevelopmentRun.measure(fs, DevelopmentSets.utkface(utk, limit), false, n,
                    "utkface", missed);
            List<LabelledFace> validation = utkFaces.stream().filter(LabelledFace::validation).toList();
            Calibration shipped = fs.config().calibration();
            md.append("## Gender, ethnicity and age (utkface, validation split)\n\n")
                    .append(String.format(Locale.ROOT, "%d UTKFace images; the detector found no face in %d of them "
                                    + "(those were measured as whole-image faces). Validation split: %d faces (file-name "
                                    + "hash ≡ 0 mod 5); the calibration was fitted on the other %d.%n%n",
                            utkFaces.size(), missed.get(), validation.size(), utkFaces.size() - validation.size()))
                    .append("### Shipped calibration (what FaceScribe reports)\n\n")
                    .append(AccuracyReport.demographics(validation, shipped, "Shipped calibration")).append('\n')
                    .append("### Raw networks (faceres age and gender, gear ethnicity, no calibration)\n\n")
                    .append(AccuracyReport.demographics(validation, Calibration.raw(), "Raw networks")).append('\n');
            List<LabelledFace> fer = DevelopmentRun.measure(fs, DevelopmentSets.fer(dir.resolve("fer2013/publictest"),
                    limit), true, n, "fer2013", new AtomicInteger());
            md.append("## Emotion (fer2013/publictest, 48×48 grey faces, --assume-face)\n\n")
                    .append(AccuracyReport.emotion(fer, shipped, "Shipped calibration")).append('\n')
                    .append(AccuracyReport.emotion(fer, Calibration.raw(), "Raw network")).append('\n');
        }
        md.append("## The 40 CelebA attributes\n\nPer attribute on the CelebA validation split, with the majority baseline: "
                + "[attributes.md](attributes.md), written by `./facescribe train attributes`.\n\n");
        md.append(String.format(Locale.ROOT, "_Run time: %.0f s on %d threads._%n", (System.nanoTime() - start) / 1e9, n));
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
