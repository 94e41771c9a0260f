package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.ClaimsSplit;
import io.facescribe.training.DevelopmentSets;
import io.facescribe.captioner.CaptionerData;
import io.facescribe.captioner.CaptionerTrainer;
import io.facescribe.captioner.ClaimsReport;
import io.facescribe.captioner.LabelContradictions;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.grounding.AnalysisRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe accuracy claims}: each claim of default captions, how often said and how often contradicted. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Reads the default caption (built-in realizer, seed 0) of every analysed CelebA validation face",
                "and UTKFace validation face, and counts per claim type how often it is said and how often the labels",
                "contradict it, beside people's Face2Text descriptions; writes that section of docs/accuracy.md.",
                "Analyses: ./facescribe analyze --json [--assume-face] over the images (before/after a change)."})
public final class AccuracyClaimsCommand implements Callable<Integer> {

    static final String HEADING = "## Claims as a reader checks them";

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--celeba", paramLabel = "JSONL", required = true, description = "analyze --json --assume-face of the CelebA validation images")
    Path celeba;

    @Option(names = "--utk", paramLabel = "JSONL", description = "analyze --json of the UTKFace validation images")
    Path utk;

    @Option(names = "--before-celeba", paramLabel = "JSONL",
            description = "the same (or describe --json, whose captions are then judged), by FaceScribe before the change")
    Path beforeCeleba;

    @Option(names = "--before-utk", paramLabel = "JSONL", description = "the same, by FaceScribe before the change")
    Path beforeUtk;

    @Option(names = "--before-jar", paramLabel = "NOTE", defaultValue = "", description = "how the before analyses were made (printed in the report)")
    String beforeNote;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/accuracy.md",
            description = "report file whose section is replaced (default: ${DEFAULT-VALUE})")
    Path out;

    /**
     * The before row: the captions the records hold ({@code describe --json} by the jar before the change: its
     * analyses and its caption rules), else this describer's captions of the recorded analyses.
     */
    private static ClaimsReport.Row before(ClaimsReport report, Path jsonl, java.util.function.BiFunction<String,
            io.facescribe.describe.guard.Mention, Boolean> judge, java.util.Set<String> labelled) throws IOException {
        Map<String, String> captions = new java.util.LinkedHashMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode r = json.readTree(line);
            com.fasterxml.jackson.databind.JsonNode text = r.path("faces").path(0).path("captions").path(0).path("text");
            if (text.isTextual()) {
                captions.putIfAbsent(Path.of(r.path("image").asText()).getFileName().toString(), text.asText());
            }
        }
        return captions.isEmpty() ? report.faceScribe("FaceScribe before", AnalysisRecords.read(jsonl), judge, labelled)
                : report.captions("FaceScribe before", captions, judge, labelled);
    }

    @Override
    public Integer call() throws IOException {
        Path dir = DevelopmentRun.dataDir(data);
        CaptionGuard guard = CaptionGuard.standard();
        ClaimsReport report = new ClaimsReport(guard);
        Map<String, Map<String, Boolean>> every = LabelContradictions.celebaLabels(dir);
        // the reported half of the validation split (thresholds are chosen on the other half: ClaimsSplit)
        List<String> validation = io.facescribe.training.CelebaAttributes.read(dir.resolve("celeba")).items().stream()
                .filter(io.facescribe.training.CelebaAttributes.Item::validation).map(i -> i.file().getFileName().toString()).toList();
        Map<String, Map<String, Boolean>> labels = new HashMap<>();
        for (String k : ClaimsSplit.reported(validation)) {
            if (every.containsKey(k)) {
                labels.put(k, every.get(k));
            }
        }
        List<ClaimsReport.Row> celebaRows = new ArrayList<>();
        if (Files.isRegularFile(io.facescribe.captioner.Face2Text.file(dir))) {
            CaptionerData d = CaptionerData.load(dir, guard);
            List<CaptionerTrainer.Example> all = new ArrayList<>(d.train());
            all.addAll(d.validation());
            celebaRows.add(report.people(all, d::text));
        }
        if (beforeCeleba != null) {
            celebaRows.add(before(report, beforeCeleba, ClaimsReport.celeba(labels), labels.keySet()));
        }
        celebaRows.add(report.faceScribe("FaceScribe", AnalysisRecords.read(celeba), ClaimsReport.celeba(labels), labels.keySet()));
        StringBuilder md = new StringBuilder(HEADING).append("\n\nProduced by `./facescribe-workshop accuracy claims --celeba "
                + celeba.getFileName() + (utk == null ? "" : " --utk " + utk.getFileName())
                + (beforeCeleba == null ? "" : " --before-celeba ... --before-utk ...") + "` on " + java.time.LocalDate.now()
                + ". The analyses: `./facescribe analyze --json --assume-face` over the CelebA validation images "
                + "(`celeba/splits.csv`) and `./facescribe analyze --json` over the UTKFace validation images (file-name "
                + "hash, as in the tables above)" + (beforeNote.isBlank() ? "" : "; before: " + beforeNote) + ". Each "
                + "default caption (built-in realizer, seed 0) is read by the caption reader; every claim a label decides "
                + "is checked: CelebA against its 40 labels (gender against Male, \"young\" against Young, "
                + "\"middle-aged\"/\"old\" against not Young), UTKFace against its gender, age (the years the words "
                + "claim, 2 either side) and ethnicity. People: Face2Text's descriptions of the faces that have CelebA "
                + "labels (images 10001–20000, not in the data), judged the same way. Faces: the reported half of each "
                + "validation split (the 1st, 3rd, ... validation image; claim thresholds are chosen on the other half). "
                + "\"FaceScribe\" is this describer's caption of each analysis; \"FaceScribe before\" is the caption the "
                + "before records hold when they are `describe --json` output (the whole jar before: analyses and caption "
                + "rules), else this describer's caption of the before analyses."
                + "\n\n### CelebA validation (whole crops)\n\n")
                .append(ClaimsReport.markdown(celebaRows));
        if (utk != null) {
            Map<String, DevelopmentSets.Item> items = new HashMap<>();
            List<DevelopmentSets.Item> val = DevelopmentSets.utkface(dir.resolve("utkface"), 0).stream()
                    .filter(DevelopmentSets::validation).toList();
            for (DevelopmentSets.Item i : ClaimsSplit.reported(val)) {
                items.put(i.file().getFileName().toString(), i);
            }
            List<ClaimsReport.Row> utkRows = new ArrayList<>();
            if (beforeUtk != null) {
                utkRows.add(before(report, beforeUtk, ClaimsReport.utk(items), items.keySet()));
            }
            Map<String, io.facescribe.analysis.FaceAnalysis> utkAnalyses = AnalysisRecords.read(utk);
            utkRows.add(report.faceScribe("FaceScribe", utkAnalyses, ClaimsReport.utk(items), items.keySet()));
            md.append("\n### UTKFace validation (photos, faces found by the detector): gender, age, ethnicity\n\n")
                    .append(ClaimsReport.markdown(utkRows))
                    .append("\nGender named against contradicted, by the confidence from which it is named (one threshold for "
                            + "every age; the last row is the captions' rule), over all faces and by true age:\n\n")
                    .append(ClaimsReport.genderTradeOff(utkAnalyses, items));
        }
        md.append('\n');
        String text = Files.isRegularFile(out) ? Files.readString(out) : "# Accuracy\n\n";
        DevelopmentRun.write(out, AccuracyCrossSetCommand.replaceSection(text, HEADING, md.toString()));
        System.out.println("wrote " + out);
        return 0;
    }
}
