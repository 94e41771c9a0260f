package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.captioner.VoiceEvaluation;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.style.StyleLearner;
import io.facescribe.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./facescribe-workshop accuracy voices}: the test voices' styles applied to the fixture photos, written as
 * the voices section of docs/captions.md (the rest of the page unchanged; {@code accuracy captions} keeps it).
 */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = {"Learns a style from each test voice (one caption per line, VOICE.txt), describes every face of",
                "the fixture photos with it (built-in and learned realizer) and writes the voices section of",
                "docs/captions.md: length, form and words of the styled captions against the voice's own."})
public final class AccuracyVoicesCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--voices", paramLabel = "DIR", description = "folder of VOICE.txt files (default in a source "
            + "checkout: cli/src/test/resources/voices)")
    Path voices;

    @Option(names = "--out", paramLabel = "FILE", description = "page whose voices section is written (default in a "
            + "source checkout: docs/captions.md)")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "docs/captions.md", "--out", spec);
        Path dir = DevelopmentRun.inCheckout(voices, "cli/src/test/resources/voices", "--voices", spec);
        Path photos = DevelopmentRun.dataDir(data).resolve("fixtures/photos");
        if (!Files.isDirectory(photos)) {
            System.err.println("error: " + photos + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        Map<String, List<String>> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                texts.put(name, Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        if (texts.isEmpty()) {
            System.err.println("error: no VOICE.txt files in " + dir);
            return 2;
        }
        List<ImageAnalysis> analyses = new ArrayList<>();
        try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults().withInstallFrom(ModelStore.standardSource()));
             Stream<Path> images = Files.list(photos)) {
            for (Path image : images.filter(p -> p.getFileName().toString().matches("(?i).*\\.(jpe?g|png)$")).sorted().toList()) {
                analyses.add(fs.analyze(image));
            }
        }
        int faces = analyses.stream().mapToInt(a -> a.faces().size()).sum();
        CaptionGuard guard = CaptionGuard.standard();
        List<VoiceEvaluation.Row> rows = new VoiceEvaluation(StyleLearner.standard(), guard.reader()).run(texts, analyses);
        String section = VoiceEvaluation.markdown(rows, "./facescribe-workshop accuracy voices", faces);
        String page = Files.isRegularFile(out) ? Files.readString(out) : "";
        DevelopmentRun.write(out, VoiceEvaluation.replaceSection(page, section));
        System.out.print(section);
        System.out.println("wrote " + out);
        return 0;
    }
}
