package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.CrossSetData;
import io.facescribe.accuracy.CrossSetTable;
import io.facescribe.accuracy.FactTrainer;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.FactReader;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.model.ModelStore;
import io.facescribe.training.FeatureCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe train facts}: one calibrated estimate per fact that two heads measure, and the claim thresholds. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Fits the fact heads (male: the gender head and the Male attribute on UTKFace and CelebA; smiling:",
                "the Smiling attribute and the emotion head on CelebA and FER2013) and chooses the thresholds from which",
                "captions state gender and ethnicity; writes facts.json. Face vectors are cached."})
public final class TrainFactsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "core/src/main/resources/io/facescribe/analysis/facts.json",
            description = "where to write the head file (default: ${DEFAULT-VALUE}, run from the project root)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "feature cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @Override
    public Integer call() throws Exception {
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isRegularFile(dir.resolve("utkface/labels.csv"))) {
            System.err.println("error: " + dir.resolve("utkface/labels.csv") + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ModelStore store = ModelStore.standard();
        store.install(ModelStore.standardSource());
        Path cacheDir = cache != null ? cache : FeatureCache.defaultDir(store.home());
        CrossSetTable.Sets sets = CrossSetData.load(dir, store, n, cacheDir, System.err::println);
        FactReader base = new FactReader(new Demographics(DemographicHeads.shipped()), AttributeClassifier.shipped(),
                FactHeads.none());
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("data", "utkface, celeba, fer2013 as CrossSetData reads them (fitting rows: every " + CrossSetData.UTK_STEP
                + "th UTKFace train image of labels.csv, every " + CrossSetData.CELEBA_STEP + "th CelebA train "
                + "image, every " + CrossSetData.FER_STEP + "th FER2013 train image; thresholds: the tuning half of the "
                + "validation splits, see ClaimsSplit)");
        prov.put("dataFingerprint", "sha256 " + FeatureCache.sha(String.valueOf(sets.demographics().records().keySet().stream().sorted().toList())
                + sets.celeba().images().stream().map(i -> i.id() + i.split()).toList()) + " (the ids and splits of every row)");
        prov.put("reads", "the shipped demographics.json and attributes/heads.json (their outputs are the inputs)");
        prov.put("models", store.modelPackage().npmSpec());
        prov.put("command", "./facescribe train facts --data DIR");
        prov.put("created", java.time.LocalDate.now().toString());
        FactHeads heads = FactTrainer.train(base, sets, prov, System.err::println);
        if (Files.isRegularFile(out)) { // the trait claims (train claims) are kept; re-choose them after new fact heads
            FactHeads old = FactHeads.read(out);
            Map<String, Double> claims = new java.util.TreeMap<>(heads.file().claims());
            old.file().claims().forEach((k, v) -> {
                if (k.startsWith(io.facescribe.describe.trait.TraitTable.CLAIM_PREFIX)) {
                    claims.put(k, v);
                }
            });
            Map<String, Object> p = new LinkedHashMap<>(heads.file().provenance());
            for (String k : new String[] {"traitClaims", "traitClaimsChosen"}) {
                if (old.file().provenance().containsKey(k)) {
                    p.put(k, old.file().provenance().get(k));
                }
            }
            heads = new FactHeads(new FactHeads.File(heads.file().format(), heads.file().facts(), claims, p));
        }
        heads.write(out);
        System.out.println("wrote " + out + "; claims " + heads.file().claims());
        return 0;
    }
}
