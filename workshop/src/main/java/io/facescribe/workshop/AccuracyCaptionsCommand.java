package io.facescribe.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.facescribe.captioner.CaptionEvaluation;
import io.facescribe.captioner.CaptionReport;
import io.facescribe.captioner.CaptionerData;
import io.facescribe.captioner.CaptionerTrainer;
import io.facescribe.captioner.CaptionerTraining;
import io.facescribe.captioner.LabelContradictions;
import io.facescribe.captioner.Face2Text;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.CaptionerModel;
import io.facescribe.grounding.AnalysisRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop accuracy captions}: the shipped learned realizer, the built-in one and two baselines on Face2Text validation. */
@Command(name = "captions", mixinStandardHelpOptions = true,
        description = {"Scores the built-in and the shipped learned realizer against the Face2Text human descriptions",
                "of the validation faces (fixed by-image split), beside two baselines, and writes docs/captions.md."})
public final class AccuracyCaptionsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "a captioner model file (default: the shipped one)")
    Path model;

    @Option(names = "--out", paramLabel = "FILE", description = "report file (default in a source checkout: docs/captions.md)")
    Path out;

    @Option(names = "--analyses", paramLabel = "JSONL", description = {"analyses of the CelebA validation images "
            + "(./facescribe analyze --json --assume-face over them): FaceScribe's captions are then also checked",
            "against their CelebA labels beside people's descriptions"})
    Path analyses;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "docs/captions.md", "--out", spec);
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isRegularFile(Face2Text.file(dir))) {
            System.err.println("error: " + Face2Text.file(dir) + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        CaptionerModel m = model == null ? CaptionerModel.shipped() : CaptionerModel.read(model);
        CaptionGuard guard = CaptionGuard.standard();
        CaptionerData d = CaptionerData.load(dir, guard);
        CaptionEvaluation.Result r = new CaptionEvaluation(guard).run(d, m, CaptionerTraining.EVALUATION_SEED);
        String styles = io.facescribe.captioner.StyleReport.markdown(io.facescribe.captioner.StyleEvaluation.run(dir,
                guard, m, CaptionerTraining.EVALUATION_SEED));
        LabelContradictions contradictions = new LabelContradictions(guard);
        java.util.List<CaptionerTrainer.Example> all = new java.util.ArrayList<>(d.train());
        all.addAll(d.validation());
        LabelContradictions.Row people = contradictions.people(all, d::text);
        java.util.List<LabelContradictions.Row> ours = analyses == null ? java.util.List.of()
                : contradictions.faceScribe(AnalysisRecords.read(analyses), LabelContradictions.celebaLabels(dir));
        styles = styles + "\n" + LabelContradictions.markdown(people, ours,
                analyses == null ? null : "./facescribe-workshop accuracy captions --analyses " + analyses.getFileName());
        String page = CaptionReport.markdown(r, m, "./facescribe-workshop accuracy captions", styles);
        // the voices section is written by ./facescribe-workshop accuracy voices: kept as it stands
        String voices = Files.isRegularFile(out) ? io.facescribe.captioner.VoiceEvaluation.section(Files.readString(out)) : null;
        DevelopmentRun.write(out, voices == null ? page : io.facescribe.captioner.VoiceEvaluation.replaceSection(page, voices));
        System.out.println("wrote " + out);
        return 0;
    }
}
