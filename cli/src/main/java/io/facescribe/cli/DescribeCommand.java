package io.facescribe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.FaceScribeConfig;
import io.facescribe.json.Json;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.Caption;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.FaceDescription;
import io.facescribe.describe.ImageDescription;
import io.facescribe.model.ModelStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"Describes every face in each image in plain English, saying only what was measured.",
                "The built-in realizer needs no model or network; --realizer learned says what a person would say,",
                "in people's words (learned from human descriptions); --realizer llm asks an OpenAI-compatible",
                "server. Both fall back to the built-in caption when the guard rejects theirs."})
public final class DescribeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders (searched recursively)")
    List<Path> paths;

    @Option(names = "--json", description = "one JSON object per image per line: the analysis plus traits and captions")
    boolean json;

    @Mixin
    ImageOptions image;

    @Mixin
    CaptionOptions caption;

    @Override
    public Integer call() {
        FaceScribeConfig config;
        DescribeOptions options;
        try {
            config = image.config(false);
            options = caption.describeOptions();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + ErrorText.usage(e));
            return 2;
        }
        try {
            caption.installClipVocabulary(options);
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        return Batch.run(paths, config, image.threads(), (fs, p) -> fs.describe(p, options),
                ImageDescription::analysis, d -> json ? d.toJson(Json.mapper()).toString() : human(d));
    }

    /** One line per face: "image #1: caption" (further captions indented below). */
    static String human(ImageDescription d) {
        ImageAnalysis a = d.analysis();
        if (!a.ok()) {
            return ErrorText.line(a);
        }
        if (d.faces().isEmpty()) {
            return a.image() + ": no face found";
        }
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (FaceDescription f : d.faces()) {
            if (sb.length() > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(a.image());
            if (d.faces().size() > 1) {
                sb.append(" #").append(i);
            }
            sb.append(": ");
            List<Caption> cs = f.captions();
            for (int k = 0; k < cs.size(); k++) {
                if (k > 0) {
                    sb.append(System.lineSeparator()).append("    ");
                }
                sb.append(cs.get(k).text());
                if (cs.get(k).fallback() != null) {
                    sb.append(" [built-in: ").append(cs.get(k).fallback()).append(']');
                }
            }
            i++;
        }
        return sb.toString();
    }
}
