package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.training.AttributeReport;
import io.facescribe.training.AttributeTrainer;
import io.facescribe.training.AttributeTraining;
import io.facescribe.training.FeatureCache;
import io.facescribe.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train attributes}: rebuilds the shipped 40-attribute heads from CelebA. */
@Command(name = "attributes", mixinStandardHelpOptions = true,
        description = {"Rebuilds the 40 CelebA attribute heads from celeba (train split), reports on the validation split.",
                "Features are cached (keyed by data fingerprint, feature version and models), so re-training takes seconds."})
public final class TrainAttributesCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding celeba/ (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the head file (default in a source checkout: the shipped "
                    + "core/src/main/resources/io/facescribe/attributes/heads.json)")
    Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "where to write the validation figures (default in a source checkout: docs/attributes.md; 'none' to skip)")
    String report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "images / heads at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "feature cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Option(names = "--blocks", paramLabel = "LIST", split = ",",
            description = "feature blocks the heads read (default: faceres,faceres_mid,faceres_heads,selfie,geometry,colour)")
    List<String> blocks;

    @Option(names = "--lambdas", paramLabel = "LIST", split = ",", description = "L2 strengths to choose from (default: 0.3,0.1,0.03,0.01)")
    double[] lambdas;

    @Option(names = "--augment", description = "also train on re-framed copies of the train images (every other one mirrored, "
            + "the rest shifted and widened a little), as users frame faces differently")
    boolean augment;

    @Override
    public Integer call() throws java.io.IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "core/src/main/resources/io/facescribe/attributes/heads.json", "--out", spec);
        java.util.Optional<Path> report = DevelopmentRun.report(this.report, "docs/attributes.md", "--report", spec);
        Path celeba = DevelopmentRun.dataDir(data).resolve("celeba");
        if (!Files.isRegularFile(celeba.resolve("attributes.csv"))) {
            System.err.println("error: " + celeba.resolve("attributes.csv") + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ModelStore store = ModelStore.standard();
        store.install(ModelStore.standardSource());
        AttributeTrainer.Settings settings = AttributeTrainer.Settings.defaults(n);
        if (blocks != null) {
            settings = settings.withBlocks(blocks);
        }
        if (lambdas != null) {
            settings = settings.withLambdas(lambdas);
        }
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());
        AttributeTrainer.Result result = AttributeTraining.run(celeba, store, settings, augment, cacheDir, System.err::println);
        result.classifier().write(out);
        System.out.printf("wrote %s: mean accuracy %.1f%% (majority %.1f%%), mean balanced accuracy %.1f%% (%.1f%% deciding at the base rate) "
                        + "on the validation split; trained in %.0f s%n", out, 100 * result.meanAccuracy(), 100 * result.meanMajority(),
                100 * result.meanBalancedAccuracy(), 100 * result.meanBalancedAccuracyAtBaseRate(), result.seconds());
        if (report.isPresent()) {
            Path file = report.get();
            String existing = Files.isRegularFile(file) ? Files.readString(file) : null;
            DevelopmentRun.write(file, AttributeReport.merge(existing, AttributeReport.markdown(result, result.classifier().provenance())));
            System.out.println("wrote " + file);
        }
        return 0;
    }

}
