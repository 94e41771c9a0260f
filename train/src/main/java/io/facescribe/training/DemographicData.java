package io.facescribe.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * The labelled development sets the demographic heads are trained and measured on, each item with its
 * cached {@link DevelopmentRecord}: UTKFace (detected face, else the whole image),
 * FER2013 train (all 28,709 images) and FER2013 public test (both {@code --assume-face}; their records leave
 * out the retired networks' readings, which only the UTKFace comparison uses).
 */
public record DemographicData(List<DevelopmentSets.Item> utk, List<DevelopmentSets.Item> ferTrain,
                              List<DevelopmentSets.Item> ferTest, Map<String, float[]> records) {

    /** Reads the three sets and their records (computed when not cached; records do not depend on any heads). */
    public static DemographicData load(Path dataDir, ModelStore store, int threads, Path cacheDir, Consumer<String> log)
            throws IOException {
        List<DevelopmentSets.Item> utk = DevelopmentSets.utkface(dataDir.resolve("utkface"), 0);
        List<DevelopmentSets.Item> ferTrain = DevelopmentSets.ferTrain(dataDir.resolve("fer2013/train.tar.gz"),
                cacheDir.resolve("fer2013-train"), 1);
        List<DevelopmentSets.Item> ferTest = DevelopmentSets.fer(dataDir.resolve("fer2013/publictest"), 0);
        String spec = store.modelPackage().npmSpec();
        Map<String, float[]> records = new java.util.HashMap<>();
        try (DevelopmentRecorder analyzer = new DevelopmentRecorder(new NetworkLoader(store))) {
            records.putAll(FaceRecords.records(analyzer, "utkface", utk, false, true, threads, cacheDir, spec, log));
            records.putAll(FaceRecords.records(analyzer, "fer2013-publictest", ferTest, true, false, threads, cacheDir, spec, log));
            records.putAll(FaceRecords.records(analyzer, "fer2013-train", ferTrain, true, false, threads, cacheDir, spec, log));
        }
        return new DemographicData(utk, ferTrain, ferTest, Map.copyOf(records));
    }

    public float[] record(DevelopmentSets.Item item) {
        return records.get(FaceRecords.id(item));
    }

    /** UTKFace validation split ({@link DevelopmentSets#validation}). */
    public static boolean validation(DevelopmentSets.Item item) {
        return DevelopmentSets.validation(item);
    }

    /** Where the heads come from: data fingerprints, split, vector version, models and their hashes. */
    public Map<String, Object> provenance(Path dataDir, ModelStore store) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("dataFingerprint", "sha256 " + io.facescribe.training.FeatureCache.sha(FaceRecords.fingerprint(utk)
                + FaceRecords.fingerprint(ferTrain) + FaceRecords.fingerprint(ferTest))
                + " (every image's set, name, size and labels)");
        p.put("data", "utkface (labels.csv sha256 " + ModelStore.sha256(dataDir.resolve("utkface/labels.csv"))
                + "); fer2013/train.tar.gz (sha256 " + ModelStore.sha256(dataDir.resolve("fer2013/train.tar.gz"))
                + ", every image); fer2013/publictest (validation)");
        p.put("split", "utkface: validation = files whose name hash is 0 mod 5 (LabelledFace.validation), train = the rest; "
                + "fer2013: train = every train image, validation = publictest");
        p.put("framing", "as analyze does it: utkface largest detected face (whole image when none is found), fer2013 --assume-face");
        p.put("vectorVersion", io.facescribe.analysis.FaceVector.VERSION);
        p.put("models", store.modelPackage().npmSpec());
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        for (String net : List.of("blazeface", "facemesh", "faceres", "selfie", "emotion")) {
            store.modelPackage().sha256().entrySet().stream().filter(e -> e.getKey().startsWith(net + "."))
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> hashes.put(e.getKey(), "sha256 " + e.getValue()));
        }
        p.put("modelHashes", hashes);
        p.put("libraries", Map.of("java", System.getProperty("java.version"), "tensorflow", org.tensorflow.TensorFlow.version()));
        p.put("command", "./facescribe-workshop train demographics --data DIR");
        p.put("created", java.time.LocalDate.now().toString());
        return p;
    }
}
