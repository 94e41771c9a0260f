package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.facescribe.training.DemographicData;
import io.facescribe.training.DemographicTrainer;
import io.facescribe.training.FeatureCache;
import io.facescribe.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train demographics}: rebuilds the gender, age, ethnicity and emotion heads. */
@Command(name = "demographics", mixinStandardHelpOptions = true,
        description = {"Rebuilds the gender, age, ethnicity and emotion heads from the development data.",
                "Gender, age and ethnicity from utkface (train split), emotion from fer2013 (every train image);",
                "reports on the utkface validation split and fer2013/publictest.",
                "Face vectors are cached (keyed by the data, the vector version and the models)."})
public final class TrainDemographicsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding utkface/ and fer2013/ (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the head file (default in a source checkout: the shipped "
                    + "core/src/main/resources/io/facescribe/analysis/demographics.json)")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "images / heads at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "feature cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Option(names = "--extract-only", description = "only compute (and cache) the face vectors")
    boolean extractOnly;

    @Option(names = "--lambdas", paramLabel = "LIST", split = ",", description = "L2 strengths to choose from (default: 0.3,0.1,0.03,0.01,0.003)")
    double[] lambdas;

    @Option(names = "--blocks", paramLabel = "TASK=B1+B2", description = "feature blocks of a task's head, e.g. emotion=emotion+emotion_bands (repeatable)")
    java.util.List<String> blocks;

    @Override
    public Integer call() throws Exception {
        Path out = DevelopmentRun.inCheckout(this.out, "core/src/main/resources/io/facescribe/analysis/demographics.json", "--out", spec);
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isRegularFile(dir.resolve("utkface/labels.csv"))) {
            System.err.println("error: " + dir.resolve("utkface/labels.csv") + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ModelStore store = ModelStore.standard(); // not FaceScribeConfig.defaults(): it needs the heads this builds
        store.install(ModelStore.standardSource());
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());
        DemographicData d = DemographicData.load(dir, store, n, cacheDir, System.err::println);
        System.err.printf("records: %d utkface, %d fer2013 train, %d fer2013 publictest%n", d.utk().size(),
                d.ferTrain().size(), d.ferTest().size());
        if (extractOnly) {
            return 0;
        }
        DemographicTrainer.Settings settings = DemographicTrainer.Settings.defaults(n);
        if (lambdas != null) {
            settings = settings.withLambdas(lambdas);
        }
        if (blocks != null) {
            for (String spec : blocks) {
                String[] kv = spec.split("=", 2);
                settings = settings.withBlocks(kv[0], java.util.List.of(kv[1].split("\\+")));
            }
        }
        DemographicTrainer.Result result = DemographicTrainer.train(d, settings, d.provenance(dir, store), System.err::println);
        result.heads().write(out);
        result.validation().forEach((task, figures) -> {
            java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>(figures);
            shown.remove("confusion");
            shown.remove("bands");
            System.out.println(task + ": " + shown);
        });
        System.out.printf("wrote %s in %.0f s%n", out, result.seconds());
        return 0;
    }
}
