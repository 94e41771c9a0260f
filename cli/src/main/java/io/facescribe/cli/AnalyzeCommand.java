package io.facescribe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.json.Json;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds every face in each image and measures it.",
                "Gender, age, ethnicity, emotion, head pose, eyes, mouth, teeth, blur, colour and size.",
                "Errors for one image never stop the batch; the exit status is 1 when any image failed."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders (searched recursively)")
    List<Path> paths;

    @Option(names = "--json", description = "one JSON object per image per line")
    boolean json;

    @Option(names = "--mesh", description = "include the 468 mesh points in --json output")
    boolean mesh;

    @Mixin
    ImageOptions image;

    @Override
    public Integer call() {
        FaceScribeConfig config;
        try {
            config = image.config(mesh);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + ErrorText.usage(e));
            return 2;
        }
        return Batch.run(paths, config, image.threads(), FaceScribe::analyze, r -> r,
                r -> json ? toJson(r) : HumanReadable.format(r));
    }

    static String toJson(ImageAnalysis result) {
        return Json.write(result);
    }

    /** The default, human-readable output: one line per image, one per face. */
    static final class HumanReadable {
        private HumanReadable() {
        }

        static String format(ImageAnalysis r) {
            StringBuilder sb = new StringBuilder();
            if (!r.ok()) {
                return ErrorText.line(r);
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
