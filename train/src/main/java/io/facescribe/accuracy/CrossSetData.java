package io.facescribe.accuracy;

import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.FeatureCache;

import io.facescribe.training.DemographicData;
import io.facescribe.training.DevelopmentRecord;
import io.facescribe.training.DevelopmentRecorder;
import io.facescribe.training.DevelopmentSets;
import io.facescribe.training.FaceRecords;


import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.facescribe.analysis.FaceVector;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.NetworkLoader;

/**
 * The labelled sets the fact heads are fitted and judged on, each in the framing a user produces, as cached
 * {@link DevelopmentRecord}s. Validation: every UTKFace validation image (detected face), every CelebA validation
 * image (whole crop and detected face), every other FER2013 public-test image. Fitting rows: every {@value #UTK_STEP}th
 * UTKFace train image of {@code labels.csv}, every {@value #CELEBA_STEP}th CelebA train image (whole
 * crop), every {@value #FER_STEP}th FER2013 train image. The fact heads are small (a handful of weights on the
 * outputs of the heads already shipped), so these rows are enough; records already computed for the whole
 * UTKFace set ({@code train demographics}) are reused.
 */
public final class CrossSetData {

    public static final int UTK_STEP = 4;
    public static final int CELEBA_STEP = 8;
    public static final int FER_STEP = 32;
    /** FER2013 public-test images used (every other one). */
    public static final int FER_TEST = 1795;

    private CrossSetData() {
    }

    /** Everything, with the fitting rows in {@link DemographicData#utk()} / {@link DemographicData#ferTrain()} / {@link CelebaData#train()}. */
    public static CrossSetTable.Sets load(Path dataDir, ModelStore store, int threads, Path cacheDir, Consumer<String> log)
            throws IOException {
        String spec = store.modelPackage().npmSpec();
        List<DevelopmentSets.Item> utkAll = DevelopmentSets.utkface(dataDir.resolve("utkface"), 0);
        Map<String, float[]> known = new HashMap<>();
        for (String suffix : new String[] {"", ".partial"}) {
            Path whole = FeatureCache.file(cacheDir, "records-utkface", FaceRecords.fingerprint(utkAll), FaceVector.VERSION, spec,
                    "false");
            FeatureCache.read(whole.resolveSibling(whole.getFileName() + suffix), DevelopmentRecord.SIZE).ifPresent(known::putAll);
        }
        List<DevelopmentSets.Item> utkVal = utkAll.stream().filter(DevelopmentSets::validation).toList();
        // every UTK_STEP-th train image over the whole of labels.csv (sorted by file name, so by the age's digits: a
        // block of its first rows holds only ages 1, 10-21 and 100+)
        List<DevelopmentSets.Item> utkTrain = utkAll.stream().filter(i -> !DevelopmentSets.validation(i)).toList();
        List<DevelopmentSets.Item> utkFit = new ArrayList<>();
        for (int i = 0; i < utkTrain.size(); i += UTK_STEP) {
            utkFit.add(utkTrain.get(i));
        }
        List<DevelopmentSets.Item> ferAll = DevelopmentSets.fer(dataDir.resolve("fer2013/publictest"), 0);
        List<DevelopmentSets.Item> ferTest = DevelopmentSets.thin(ferAll, FER_TEST);
        for (List<DevelopmentSets.Item> set : List.of(ferAll)) {
            Path f = FeatureCache.file(cacheDir, "records-fer2013-publictest", FaceRecords.fingerprint(set), FaceVector.VERSION,
                    spec, "true", "without retired readings");
            for (String suffix : new String[] {"", ".partial"}) {
                FeatureCache.read(f.resolveSibling(f.getFileName() + suffix), DevelopmentRecord.SIZE).ifPresent(known::putAll);
            }
        }
        List<DevelopmentSets.Item> ferFit = DevelopmentSets.ferTrain(dataDir.resolve("fer2013/train.tar.gz"),
                cacheDir.resolve("fer2013-train"), FER_STEP);
        CelebaAttributes celeba = CelebaAttributes.read(dataDir.resolve("celeba"));
        List<CelebaAttributes.Item> celebaVal = celeba.items().stream().filter(CelebaAttributes.Item::validation).toList();
        List<CelebaAttributes.Item> celebaTrain = celeba.items().stream().filter(CelebaAttributes.Item::train).toList();
        List<CelebaAttributes.Item> celebaFit = new ArrayList<>();
        for (int i = 0; i < celebaTrain.size(); i += CELEBA_STEP) {
            celebaFit.add(celebaTrain.get(i));
        }
        Map<String, float[]> records = new HashMap<>();
        Map<String, float[]> whole = new HashMap<>();
        Map<String, float[]> detected = new HashMap<>();
        try (DevelopmentRecorder r = new DevelopmentRecorder(new NetworkLoader(store))) {
            // validation first, so that the table can be made as early as possible
            records.putAll(FaceRecords.records(r, "utkface-validation", utkVal, false, false, threads, cacheDir, spec, known, log));
            whole.putAll(byId(FaceRecords.records(r, "celeba-validation", items(celebaVal), true, false, threads, cacheDir, spec, log)));
            detected.putAll(byId(FaceRecords.records(r, "celeba-detected-validation", items(celebaVal), false, false, threads,
                    cacheDir, spec, log)));
            records.putAll(FaceRecords.records(r, "fer2013-publictest-half", ferTest, true, false, threads, cacheDir, spec, known, log));
            records.putAll(FaceRecords.records(r, "utkface-fit", utkFit, false, false, threads, cacheDir, spec, known, log));
            whole.putAll(byId(FaceRecords.records(r, "celeba-fit", items(celebaFit), true, false, threads, cacheDir, spec, log)));
            records.putAll(FaceRecords.records(r, "fer2013-fit", ferFit, true, false, threads, cacheDir, spec, log));
        }
        List<DevelopmentSets.Item> utk = new ArrayList<>(utkFit);
        utk.addAll(utkVal);
        List<CelebaAttributes.Item> images = new ArrayList<>(celebaFit);
        images.addAll(celebaVal);
        return new CrossSetTable.Sets(new DemographicData(utk, ferFit, ferTest, Map.copyOf(records)),
                new CelebaData(images, whole, detected));
    }

    private static List<DevelopmentSets.Item> items(List<CelebaAttributes.Item> images) {
        return images.stream().map(CelebaData::item).toList();
    }

    private static Map<String, float[]> byId(Map<String, float[]> records) {
        Map<String, float[]> out = new HashMap<>();
        records.forEach((k, v) -> out.put(k.substring(k.indexOf('/') + 1), v));
        return out;
    }
}
