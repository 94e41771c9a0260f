package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.ClaimThresholds;
import io.facescribe.accuracy.ClaimsSplit;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FactHeads;
import io.facescribe.captioner.LabelContradictions;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.trait.TraitTable;
import io.facescribe.grounding.AnalysisRecords;
import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.DevelopmentSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop train claims}: the claim threshold of every trait table entry, into facts.json. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Chooses, for every trait the captions state, the lowest confidence from which its statements keep",
                "a claim precision of 0.90 on every labelled set that judges it (CelebA labels, UTKFace ethnicity and age),",
                "on the tuning half of each validation split (accuracy claims reports the other half), and writes them",
                "as trait.CONCEPT / trait.age.WORD claims into facts.json (the other claims and heads are kept).",
                "Analyses: ./facescribe analyze --json [--assume-face] over the validation images, after train facts."})
public final class TrainClaimsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--celeba", paramLabel = "JSONL", required = true,
            description = "analyze --json --assume-face of the CelebA validation images (the tuning half is read)")
    Path celeba;

    @Option(names = "--utk", paramLabel = "JSONL", description = "analyze --json of the UTKFace validation images (the tuning half is read)")
    Path utk;

    @Option(names = "--facts", paramLabel = "FILE", defaultValue = "core/src/main/resources/io/facescribe/analysis/facts.json",
            description = "the fact head file whose trait claims are replaced (default: ${DEFAULT-VALUE})")
    Path facts;

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        CelebaAttributes attributes = CelebaAttributes.read(dir.resolve("celeba"));
        List<String> celebaVal = attributes.items().stream().filter(CelebaAttributes.Item::validation)
                .map(i -> i.file().getFileName().toString()).toList();
        java.util.Set<String> celebaTune = new java.util.HashSet<>(ClaimsSplit.tuning(celebaVal));
        Map<String, Map<String, Boolean>> labels = LabelContradictions.celebaLabels(dir);
        List<ClaimThresholds.LabelledSet> sets = new java.util.ArrayList<>();
        sets.add(new ClaimThresholds.LabelledSet("CelebA", only(AnalysisRecords.read(celeba), celebaTune),
                ClaimThresholds.celeba(labels, LabelContradictions::claim)));
        if (utk != null) {
            List<DevelopmentSets.Item> val = DevelopmentSets.utkface(dir.resolve("utkface"), 0).stream()
                    .filter(DevelopmentSets::validation).toList();
            Map<String, DevelopmentSets.Item> items = new HashMap<>();
            for (DevelopmentSets.Item i : ClaimsSplit.tuning(val)) {
                items.put(i.file().getFileName().toString(), i);
            }
            sets.add(new ClaimThresholds.LabelledSet("UTKFace", only(AnalysisRecords.read(utk), items.keySet()), (key, concept, low, high) -> {
                DevelopmentSets.Item i = items.get(key);
                if (i == null) {
                    return null;
                }
                if (concept.startsWith("ethnicity.") && i.ethnicity() != null) {
                    return concept.equals("ethnicity." + i.ethnicity());
                }
                if (concept.equals("age") && i.age() >= 0) {
                    return i.age() >= low - CaptionGuard.AGE_TOLERANCE && i.age() <= high + CaptionGuard.AGE_TOLERANCE;
                }
                return null;
            }));
        }
        Map<String, ClaimThresholds.Choice> chosen = ClaimThresholds.choose(sets);
        FactHeads heads = FactHeads.read(facts);
        Map<String, Double> claims = new java.util.TreeMap<>();
        heads.file().claims().forEach((k, v) -> {
            if (!k.startsWith(TraitTable.CLAIM_PREFIX)) {
                claims.put(k, v);
            }
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        chosen.forEach((claim, c) -> {
            claims.put(claim, c.threshold());
            figures.put(claim, c.threshold() + " " + c.figures());
            System.err.println(claim + ": " + c.threshold() + " " + c.figures());
        });
        Map<String, Object> prov = new LinkedHashMap<>(heads.file().provenance());
        prov.put("traitClaims", "trait.CONCEPT, trait.age.WORD: the lowest confidence (0.00, 0.01, ...) from which the statements the "
                + "captions make keep a claim precision of " + ClaimThresholds.PRECISION + " ("
                + ClaimThresholds.SENSITIVE_PRECISION + " for the sensitive ethnicity and attractiveness) on every set that judges them (with fewer "
                + "than " + ClaimThresholds.MIN_SAID + " statements left at a cut the missing count as wrong; "
                + ClaimThresholds.NEVER + ": never precise enough), "
                + "chosen on the tuning half of the CelebA validation split (--assume-face; judged by its 40 labels, \"dark hair\" by "
                + "Black_Hair or Brown_Hair against Blond_Hair or Gray_Hair, age words by Young) and of the UTKFace validation split "
                + "(detected; ethnicity, age words "
                + "by the years +-" + CaptionGuard.AGE_TOLERANCE + "); command: ./facescribe-workshop train claims --celeba C.jsonl --utk U.jsonl "
                + "on the analyze --json output of the validation images, created " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        prov.put("traitClaimsChosen", figures);
        new FactHeads(new FactHeads.File(heads.file().format(), heads.file().facts(), claims, prov)).write(facts);
        System.out.println("wrote " + facts + " (" + chosen.size() + " trait claims)");
        return Files.isRegularFile(facts) ? 0 : 1;
    }

    private static Map<String, FaceAnalysis> only(Map<String, FaceAnalysis> analyses, java.util.Set<String> keys) {
        Map<String, FaceAnalysis> out = new LinkedHashMap<>();
        analyses.forEach((k, v) -> {
            if (keys.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
