package io.facescribe.training;

import io.facescribe.attributes.AttributeFeatures;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.model.ModelStore;

/**
 * The whole of {@code ./facescribe-workshop train attributes}: read CelebA, extract (or load cached) features, train,
 * and return the heads with their provenance and figures.
 */
public final class AttributeTraining {

    private AttributeTraining() {
    }

    public static AttributeTrainer.Result run(Path celebaDir, ModelStore store, AttributeTrainer.Settings settings,
                                              Path cacheDir, Consumer<String> log) {
        return run(celebaDir, store, settings, false, cacheDir, log);
    }

    /**
     * The whole run, on re-framed copies of the train images too when asked.
     *
     * @param augment also train on re-framed copies of the train images ({@link FeatureExtraction#augmented}: every
     *                other one mirrored, the rest shifted and widened), as users frame faces differently
     */
    public static AttributeTrainer.Result run(Path celebaDir, ModelStore store, AttributeTrainer.Settings settings,
                                              boolean augment, Path cacheDir, Consumer<String> log) {
        CelebaAttributes data = CelebaAttributes.read(celebaDir);
        String fingerprint = data.fingerprint();
        Map<String, float[]> features = new LinkedHashMap<>(FeatureExtraction.features(data, fingerprint, store,
                settings.threads(), cacheDir, log));
        Map<String, Object> provenance = provenance(data, fingerprint, store);
        if (augment) {
            features.putAll(FeatureExtraction.augmented(data, fingerprint, store, settings.threads(), cacheDir, log));
            provenance.put("augmentation", "train rows also from re-framed copies of the train images: every other one mirrored, "
                    + "the rest shifted by " + Framing.SHIFT + " of the side right and down and " + Framing.SCALE
                    + "x wider (black beyond the image); each copy keeps its image's labels; validation is not re-framed");
            provenance.put("command", "./facescribe-workshop train attributes --augment --data DIR");
        }
        return AttributeTrainer.train(data, features, settings, provenance, log);
    }

    static Map<String, Object> provenance(CelebaAttributes data, String fingerprint, ModelStore store) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data", "CelebA aligned crops (89x109) in " + data.dir().getFileName() + ": " + data.items().size()
                + " labelled images; train = splits.csv train (ids <= 7000), validation = ids 7001-8000");
        p.put("dataFingerprint", "sha256 " + fingerprint + " (attributes.csv, splits.csv, every image's name and bytes)");
        p.put("featureVersion", AttributeFeatures.VERSION);
        p.put("framing", "whole image as the face crop (as analyze --assume-face); mesh from FaceMesher; faceres and selfie on the "
                + "CelebA framing placed from the mesh, mobilefacenet on the tight mesh box");
        p.put("models", store.modelPackage().npmSpec());
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String net : AttributeFeatures.NETWORKS) {
            store.modelPackage().sha256().entrySet().stream().filter(e -> e.getKey().startsWith(net + "."))
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> hashes.put(e.getKey(), "sha256 " + e.getValue()));
        }
        p.put("modelHashes", hashes);
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("java", System.getProperty("java.version"));
        libs.put("tensorflow-java", org.tensorflow.TensorFlow.class.getPackage().getImplementationVersion() == null
                ? "1.0.0 (native " + org.tensorflow.TensorFlow.version() + ")"
                : org.tensorflow.TensorFlow.class.getPackage().getImplementationVersion() + " (native " + org.tensorflow.TensorFlow.version() + ")");
        libs.put("trainer", "io.facescribe.training.BatchLogisticRegression (own lockstep L-BFGS; matrix products by TensorFlow; no ML library)");
        p.put("libraries", libs);
        p.put("command", "./facescribe-workshop train attributes --data DIR");
        p.put("created", LocalDate.now().toString());
        return p;
    }
}
