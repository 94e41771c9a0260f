package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.facescribe.captioner.CaptionReport;
import io.facescribe.captioner.CaptionerTrainer;
import io.facescribe.captioner.CaptionerTraining;
import io.facescribe.captioner.Face2Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train captioner}: rebuilds the learned realizer's model from the Face2Text descriptions. */
@Command(name = "captioner", mixinStandardHelpOptions = true,
        description = {"Rebuilds the learned realizer (--realizer learned) from the Face2Text human descriptions",
                "(train split), read back into traits by the caption reader; scores it on the validation split."})
public final class TrainCaptionerCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding face2text/ and celeba/ (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the model (default in a source checkout: the shipped "
                    + "core/src/main/resources/io/facescribe/describe/captioner.json)")
    Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "where to write the validation figures (default in a source checkout: docs/captions.md; 'none' to skip)")
    String report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sharpness", paramLabel = "S", description = "plan: weight of how often people say a trait (default: 1)")
    Double sharpness;

    @Option(names = "--bias", paramLabel = "B", description = "plan: logit added to each trait's chance of being said (default: 0)")
    Double bias;

    @Override
    public Integer call() throws java.io.IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "core/src/main/resources/io/facescribe/describe/captioner.json", "--out", spec);
        java.util.Optional<Path> report = DevelopmentRun.report(this.report, "docs/captions.md", "--report", spec);
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isRegularFile(Face2Text.file(dir))) {
            System.err.println("error: " + Face2Text.file(dir) + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        CaptionerTrainer.Settings settings = CaptionerTrainer.Settings.defaults();
        if (sharpness != null || bias != null) {
            settings = settings.withPlan(sharpness == null ? 1 : sharpness, bias == null ? 0 : bias);
        }
        CaptionerTraining.Outcome o = CaptionerTraining.run(dir, settings, System.err::println);
        o.model().write(out);
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", out, o.seconds());
        for (String e : o.evaluation().examples()) {
            System.err.println(e);
        }
        o.evaluation().stated().forEach(r -> System.out.printf(Locale.ROOT, "stated traits  %-70s CIDEr-D %.3f BLEU-4 %.3f invented %.1f%%%n",
                r.system(), r.scores().get("CIDEr"), r.scores().get("Bleu_4"), 100 * r.invented()));
        o.evaluation().labelled().forEach(r -> System.out.printf(Locale.ROOT, "CelebA labels  %-70s CIDEr-D %.3f BLEU-4 %.3f invented %.1f%%%n",
                r.system(), r.scores().get("CIDEr"), r.scores().get("Bleu_4"), 100 * r.invented()));
        if (report.isPresent()) {
            String styles = io.facescribe.captioner.StyleReport.markdown(io.facescribe.captioner.StyleEvaluation.run(dir,
                    io.facescribe.describe.guard.CaptionGuard.standard(), o.model(), CaptionerTraining.EVALUATION_SEED));
            DevelopmentRun.write(report.get(), CaptionReport.markdown(o.evaluation(), o.model(), CaptionerTraining.COMMAND,
                    styles));
            System.out.println("wrote " + report.get());
        }
        return 0;
    }
}
