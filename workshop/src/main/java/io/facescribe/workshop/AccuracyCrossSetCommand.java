package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.CrossSetTable;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.FactReader;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.model.ModelStore;
import io.facescribe.training.FeatureCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe accuracy cross-set}: every fact × every labelled set and framing, before beside after. */
@Command(name = "cross-set", mixinStandardHelpOptions = true,
        description = {"Measures every fact (gender, age, ethnicity, smiling, emotion, beard, hair colour, the 40",
                "attributes) on every labelled set and framing (UTKFace through detection by age band and ethnicity,",
                "CelebA validation whole and detected, FER2013 public test) and writes that section of docs/accuracy.md.",
                "With --before DIR (a demographics.json, heads.json and, if any, facts.json, e.g. from git show), the figures of those",
                "heads stand beside the shipped ones."})
public final class AccuracyCrossSetCommand implements Callable<Integer> {

    static final String HEADING = "## Every fact on every labelled set";

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/accuracy.md",
            description = "report file whose section is replaced (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--before", paramLabel = "DIR", description = "head files to compare with: DIR/demographics.json and DIR/heads.json")
    Path before;

    @Option(names = "--facts", paramLabel = "FILE", description = "fact heads to measure (default: the shipped facts.json)")
    Path facts;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "face-vector cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Option(names = "--extract-only", description = "only compute (and cache) the face vectors")
    boolean extractOnly;

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
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());
        CrossSetTable.Sets sets = io.facescribe.accuracy.CrossSetData.load(dir, store, n, cacheDir, System.err::println);
        if (extractOnly) {
            return 0;
        }
        FactReader shipped = new FactReader(new Demographics(DemographicHeads.shipped()), AttributeClassifier.shipped(),
                facts == null ? FactHeads.shipped() : FactHeads.read(facts));
        List<CrossSetTable.Cell> after = CrossSetTable.cells(shipped, sets);
        List<CrossSetTable.Cell> was = before == null ? null : CrossSetTable.cells(new FactReader(
                new Demographics(DemographicHeads.read(before.resolve("demographics.json"))),
                AttributeClassifier.read(before.resolve("heads.json")), Files.isRegularFile(before.resolve("facts.json"))
                ? FactHeads.read(before.resolve("facts.json")) : FactHeads.none()), sets);
        String section = HEADING + "\n\n"
                + "Produced by `./facescribe accuracy cross-set" + (before == null ? "" : " --before DIR") + "` on "
                + java.time.LocalDate.now() + (before == null ? "" : " (DIR: the head files before the change, from "
                + "`git show REV:core/src/main/resources/io/facescribe/analysis/demographics.json` and "
                + "`.../attributes/heads.json`)") + ". Every face is read from its cached face vector through "
                + "`FactReader`, as `analyze` reads it. UTKFace: the validation split (file-name hash), the largest detected "
                + "face (the whole image when none is found). CelebA: the validation split of `celeba/splits.csv`, the "
                + "aligned crop taken whole (`--assume-face`) and the face the detector finds in it. FER2013: the public "
                + "test, `--assume-face`. A decision is the one analysis makes: the more probable gender, the dominant "
                + "emotion, an attribute at its decision threshold.\n\n"
                + CrossSetTable.markdown(after, was) + "\n"
                + CrossSetTable.reliability(shipped, sets) + "\n"
                + String.format(java.util.Locale.ROOT, "_Run time: %.0f s (face vectors from the cache)._%n%n",
                (System.nanoTime() - start) / 1e9);
        String text = Files.isRegularFile(out) ? Files.readString(out) : "# Accuracy\n\n";
        DevelopmentRun.write(out, replaceSection(text, HEADING, section));
        System.out.println("wrote " + out);
        return 0;
    }

    /** The text with the section under this heading (up to the next "## ") replaced, or appended. */
    static String replaceSection(String text, String heading, String section) {
        int at = text.indexOf(heading + "\n");
        if (at < 0) {
            return text.endsWith("\n\n") ? text + section : text + "\n" + section;
        }
        int next = text.indexOf("\n## ", at + heading.length());
        return text.substring(0, at) + section + (next < 0 ? "" : text.substring(next + 1));
    }
}
