package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.facescribe.captioner.DescriptionSplit;
import io.facescribe.captioner.Face2Text;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.style.StyleBackground;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train style-background}: rebuild the shipped background statistics from Face2Text (training split). */
@Command(name = "style-background", mixinStandardHelpOptions = true,
        description = {"Counts the background a style's keywords are weighed against: document frequencies of words",
                "and traits in the Face2Text training descriptions (statistics only, no description)."})
public final class StyleBackgroundCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the statistics (default in a source checkout: the shipped " + DEFAULT_OUT + ")")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final String DEFAULT_OUT = "core/src/main/resources/io/facescribe/describe/style-background.json";

    @Override
    public Integer call() throws IOException {
        Path out = DevelopmentRun.inCheckout(this.out, DEFAULT_OUT, "--out", spec);
        Path file = Face2Text.file(DevelopmentRun.dataDir(data));
        if (!Files.isRegularFile(file)) {
            System.err.println("error: " + file + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        List<String> texts = Face2Text.read(file).stream().filter(d -> !DescriptionSplit.validation(d.image()))
                .map(Face2Text.Description::text).toList();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("source", "Face2Text v1.0 descriptions, training split (" + DescriptionSplit.STATEMENT + ")");
        provenance.put("words", "lower case, letters only; words in fewer than " + StyleBackground.MIN_DOCUMENTS
                + " descriptions left out");
        provenance.put("command", "./facescribe-workshop train style-background");
        StyleBackground.of(texts, CaptionGuard.standard().reader(), provenance).write(out);
        System.out.println("wrote " + out + " from " + texts.size() + " descriptions");
        return 0;
    }
}
