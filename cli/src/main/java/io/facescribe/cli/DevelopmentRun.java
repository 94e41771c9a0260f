package io.facescribe.cli;

import io.facescribe.batch.OrderedParallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.facescribe.FaceScribe;
import io.facescribe.accuracy.CalibrationFitter;
import io.facescribe.accuracy.DevelopmentSets;
import io.facescribe.accuracy.LabelledFace;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.Calibration;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.model.ModelStore;

/** Runs FaceScribe over a labelled development set and fits calibrations on it; shared by accuracy and train. */
final class DevelopmentRun {

    private DevelopmentRun() {
    }

    static Path dataDir(Path given) {
        if (given != null) {
            return given;
        }
        String env = System.getenv("FACESCRIBE_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/datasets");
    }

    /**
     * Measures every item: detection first (largest face); when no face is found, the image is taken as a
     * face so that every labelled item still gets a measurement (the miss is counted separately).
     */
    static List<LabelledFace> measure(FaceScribe fs, List<DevelopmentSets.Item> items, boolean assumeFace,
                                      int threads, String what, AtomicInteger missed) {
        AnalysisOptions detect = AnalysisOptions.defaults().withFaces(FacePolicy.LARGEST).withAssumeFace(assumeFace);
        AnalysisOptions whole = detect.withAssumeFace(true);
        List<LabelledFace> out = new ArrayList<>();
        long start = System.nanoTime();
        OrderedParallel.run(items.iterator(), threads, item -> {
            ImageAnalysis a = fs.analyze(item.file(), detect);
            if (a.ok() && a.faces().isEmpty()) {
                missed.incrementAndGet();
                a = fs.analyze(item.file(), whole);
            }
            return new LabelledFace(item.file().toString(), item.age(), item.gender(), item.ethnicity(),
                    item.emotion(), a.ok() && !a.faces().isEmpty() ? a.faces().get(0) : null);
        }, face -> {
            out.add(face);
            if (out.size() % 500 == 0) {
                System.err.printf("%s: %d of %d images (%.0f s)%n", what, out.size(), items.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        });
        return out;
    }

    static Calibration fit(List<LabelledFace> faces, List<LabelledFace> ferTrain, Path utkDir) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("data", "UTKFace crops in " + utkDir.getFileName() + ", labels.csv sha256 "
                + ModelStore.sha256(utkDir.resolve("labels.csv")));
        provenance.put("split", "train = files whose name hash is not 0 mod 5 (LabelledFace.validation)");
        provenance.put("emotionData", "every 4th image of fer2013/train.tar.gz (" + ferTrain.size() + " images)");
        provenance.put("models", ModelStore.standard().modelPackage().npmSpec());
        provenance.put("command", "./facescribe train calibration --data DIR");
        provenance.put("created", java.time.LocalDate.now().toString());
        return CalibrationFitter.fit(faces.stream().filter(f -> !f.validation()).toList(), ferTrain, provenance);
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".tmp", ".part");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
