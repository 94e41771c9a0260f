package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.training.LooksCalibrator;
import io.facescribe.training.LooksData;
import io.facescribe.training.LooksLabels;
import io.facescribe.accuracy.LooksReport;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.looks.LooksCalibration;
import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.FeatureCache;
import io.facescribe.model.ModelSource;
import io.facescribe.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train looks}: recalibrates the looks traits (hair, eyes, features) from CelebA. */
@Command(name = "looks", mixinStandardHelpOptions = true,
        description = {"Recalibrates the looks traits (hair, eyes, lips, nose, brows, face shape, facial hair):",
                "quantiles of the mesh measures over the CelebA train split, decision rules, and validation figures",
                "against the CelebA labels (validation split) and our own labels of eye colour, hair length and face shape.",
                "Features are cached like train attributes'."})
public final class TrainLooksCommand implements Callable<Integer> {

    @Mixin
    LooksInputs inputs;

    @Option(names = "--eye-labels", paramLabel = "FILE=DIR", split = ",",
            description = "our eye-colour labels of other, larger images: label file = image folder (under --data), "
                    + "comma-separated (default in a source checkout: CelebA's 178x218 copies and UTKFace crops, "
                    + LooksInputs.LABELS + "looks-labels-fullres.csv=celeba/fullres,"
                    + LooksInputs.LABELS + "looks-labels-utkface.csv=utkface/images)")
    List<String> eyeLabels;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the looks calibration (default in a source checkout: the shipped "
                    + "core/src/main/resources/io/facescribe/looks/looks.json)")
    Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "the accuracy page whose looks section is rewritten (default in a source checkout: docs/accuracy.md; 'none' to skip)")
    String report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dump", paramLabel = "FILE", description = "also write every validation face's measures, "
            + "attribute probabilities and labels as TSV (for studying the rules; never commit it: it holds CelebA labels)")
    Path dump;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "feature cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Override
    public Integer call() throws java.io.IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "core/src/main/resources/io/facescribe/looks/looks.json", "--out", spec);
        java.util.Optional<Path> report = DevelopmentRun.report(this.report, "docs/accuracy.md", "--report", spec);
        List<String> eyeLabels = this.eyeLabels != null ? this.eyeLabels : List.of(
                DevelopmentRun.inCheckout(null, LooksInputs.LABELS + "looks-labels-fullres.csv", "--eye-labels", spec) + "=celeba/fullres",
                DevelopmentRun.inCheckout(null, LooksInputs.LABELS + "looks-labels-utkface.csv", "--eye-labels", spec) + "=utkface/images");
        Path celeba = inputs.celeba();
        if (celeba == null) {
            return 2;
        }
        Path labels = inputs.labels();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ModelStore store = ModelStore.standard();
        store.install(ModelStore.sourceFromEnvironment().orElse(new ModelSource.Npm()));
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());
        CelebaAttributes set = LooksData.selection(CelebaAttributes.read(celeba));
        String fingerprint = set.fingerprint();
        var faces = LooksData.faces(set, fingerprint, store, n, cacheDir, System.err::println);
        AttributeClassifier heads = AttributeClassifier.shipped();
        List<LooksCalibrator.Sample> samples = new ArrayList<>(
                LooksCalibrator.samples(set, faces, heads, LooksLabels.read(labels), System.err::println));
        StringBuilder others = new StringBuilder();
        for (String spec : eyeLabels) {
            String[] p = spec.split("=", 2);
            Path file = Path.of(p[0].strip());
            Path dir = inputs.dataDir().resolve(p.length > 1 ? p[1].strip() : "");
            if (!Files.isRegularFile(file) || !Files.isDirectory(dir)) {
                System.err.println("error: --eye-labels " + spec + ": " + (Files.isRegularFile(file) ? dir : file) + " not found");
                return 2;
            }
            LooksLabels eyes = LooksLabels.read(file);
            Map<String, Path> images = LooksLabels.images(eyes.rows().entrySet().stream()
                    .filter(e -> e.getValue().eyeColour() != null).map(Map.Entry::getKey).sorted().toList(), dir);
            String name = dir.getParent().getFileName() + "/" + dir.getFileName();
            samples.addAll(LooksCalibrator.otherSamples(name, LooksData.wholeImages(images, store, System.err::println),
                    heads, eyes));
            others.append(others.length() == 0 ? "" : "; ").append(file.getFileName()).append(" sha256 ")
                    .append(ModelStore.sha256(file)).append(" (").append(name).append(')');
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("built", LocalDate.now().toString());
        provenance.put("command", "./facescribe-workshop train looks");
        provenance.put("data", "celeba: every validation face, every 4th train face; fingerprint " + fingerprint);
        provenance.put("labels", labels.getFileName() + " sha256 " + ModelStore.sha256(labels));
        if (others.length() > 0) {
            provenance.put("eyeLabels", others.toString());
        }
        provenance.put("features", io.facescribe.attributes.AttributeFeatures.VERSION + " on " + store.modelPackage().npmSpec());
        LooksCalibration calibration = LooksCalibrator.calibrate(samples, heads, provenance);
        calibration.write(out);
        System.out.println("wrote " + out + ": " + calibration.stated());
        if (report.isPresent()) {
            Path file = report.get();
            String existing = Files.isRegularFile(file) ? Files.readString(file) : "# Accuracy\n";
            DevelopmentRun.write(file, LooksReport.merge(existing, LooksReport.section(calibration)));
            System.out.println("wrote the looks section of " + file);
        }
        if (dump != null) {
            DevelopmentRun.write(dump, LooksCalibrator.tsv(samples));
        }
        return 0;
    }
}
