package io.facescribe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.accuracy.DevelopmentSets;
import io.facescribe.accuracy.LabelledFace;
import io.facescribe.analysis.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true, subcommands = TrainAttributesCommand.class,
        description = {"Rebuilds a shipped head file from the development data.",
                "attributes: the 40 CelebA attribute heads (see train attributes --help).",
                "calibration: age/gender/ethnicity on utkface (train split), emotion on fer2013 (train.tar.gz)."})
public final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", description = "calibration (or the attributes subcommand)")
    String what;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "core/src/main/resources/io/facescribe/analysis/calibration.json",
            description = "where to write the head file (default: ${DEFAULT-VALUE}, run from the project root)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (what == null || !what.equals("calibration")) {
            System.err.println("error: can train 'calibration'; got '" + what + "'");
            return 2;
        }
        Path utk = DevelopmentRun.dataDir(data).resolve("utkface");
        if (!Files.isDirectory(utk)) {
            System.err.println("error: " + utk + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults().withCalibration(Calibration.raw()))) {
            List<LabelledFace> faces = DevelopmentRun.measure(fs, DevelopmentSets.utkface(utk, 0), false, n,
                    "utkface", new AtomicInteger());
            Path ferTar = DevelopmentRun.dataDir(data).resolve("fer2013/train.tar.gz");
            List<LabelledFace> fer = DevelopmentRun.measure(fs, DevelopmentSets.ferTrain(ferTar,
                    fs.config().store().home().resolve("cache/fer2013-train-every4"), 4), true, n, "fer2013 train",
                    new AtomicInteger());
            Calibration c = DevelopmentRun.fit(faces, fer, utk);
            DevelopmentRun.write(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(c) + "\n");
            System.out.println("wrote " + out + " (age error " + c.ageError() + " years on the train split)");
        }
        return 0;
    }
}
