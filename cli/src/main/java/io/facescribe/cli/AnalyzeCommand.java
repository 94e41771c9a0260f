package io.facescribe.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.image.ImageLimits;
import io.facescribe.model.ModelStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds every face in each image and measures it: gender, age, ethnicity, emotion,",
                "head pose, eyes, mouth, teeth, blur, colour and size.",
                "Errors for one image never stop the batch; the exit status is 1 when any image failed."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders (searched recursively)")
    List<Path> paths;

    @Option(names = "--json", description = "one JSON object per image per line")
    boolean json;

    @Option(names = "--assume-face", description = "each image is already one face (aligned crops, FER images)")
    boolean assumeFace;

    @Option(names = "--faces", paramLabel = "all|largest|N", defaultValue = "all",
            description = "which faces to keep (default: ${DEFAULT-VALUE}); N keeps the N largest")
    String faces;

    @Option(names = "--threads", paramLabel = "N", description = "images analysed at once (default: cores)")
    Integer threads;

    @Option(names = "--mesh", description = "include the 468 mesh points in --json output")
    boolean mesh;

    @Option(names = "--min-face", paramLabel = "PX", defaultValue = "0",
            description = "drop faces smaller than this many pixels")
    int minFace;

    @Option(names = "--max-pixels", paramLabel = "N", description = "refuse images with more pixels (default 100 M)")
    Long maxPixels;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "refuse files larger than this (default 200)")
    Long maxFileMb;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        AnalysisOptions options;
        try {
            options = new AnalysisOptions(FacePolicy.parse(faces), assumeFace, mesh, minFace);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        ImageLimits limits = ImageLimits.DEFAULT;
        if (maxPixels != null) {
            limits = limits.withMaxPixels(maxPixels);
        }
        if (maxFileMb != null) {
            limits = limits.withMaxFileBytes(maxFileMb * 1024 * 1024);
        }
        FaceScribeConfig config = FaceScribeConfig.defaults().withAnalysis(options).withLimits(limits);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        try (FaceScribe fs = FaceScribe.create(config)) {
            OrderedParallel.run(Inputs.expand(paths).iterator(), n, fs::analyze, result -> {
                total.incrementAndGet();
                if (!result.ok()) {
                    failed.incrementAndGet();
                }
                out.println(json ? toJson(result) : HumanReadable.format(result));
            });
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (total.get() == 0) {
            System.err.println("error: no images found in " + paths);
            return 1;
        }
        if (failed.get() > 0) {
            System.err.println(failed.get() + " of " + total.get() + " images failed");
            return 1;
        }
        return 0;
    }

    static String toJson(ImageAnalysis result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default, human-readable output: one line per image, one per face. */
    static final class HumanReadable {
        private HumanReadable() {
        }

        static String format(ImageAnalysis r) {
            StringBuilder sb = new StringBuilder();
            if (!r.ok()) {
                String message = r.error().startsWith(r.image() + ": ")
                        ? r.error().substring(r.image().length() + 2) : r.error();
                return sb.append(r.image()).append(": error: ").append(message).toString();
            }
            sb.append(r.image()).append(" (").append(r.width()).append('x').append(r.height()).append("): ")
                    .append(r.faces().size()).append(r.faces().size() == 1 ? " face" : " faces");
            int i = 1;
            for (FaceAnalysis f : r.faces()) {
                sb.append(String.format("%n  #%d at %d,%d %dx%d (score %.2f): %s %.0f%%, about %.0f years (%.0f-%.0f), "
                                + "%s %.0f%%, %s %.0f%%; eyes %s, mouth %s, teeth %s; yaw %.0f°, pitch %.0f°, roll %.0f°%s%s",
                        i++, f.box().x(), f.box().y(), f.box().width(), f.box().height(), f.score(),
                        f.gender().label(), 100 * f.gender().confidence(), f.age().years(), f.age().low(),
                        f.age().high(), f.ethnicity().label(), 100 * f.ethnicity().confidence(),
                        f.emotion().dominant(), 100 * f.emotion().confidence(), f.traits().eyes().label(),
                        f.traits().mouth().label(), f.traits().teeth().label(), f.pose().yaw(), f.pose().pitch(),
                        f.pose().roll(), f.quality().blurry() ? ", blurry" : "",
                        f.quality().blackAndWhite() ? ", black and white" : ""));
            }
            return sb.toString();
        }
    }
}
