package io.facescribe.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.facescribe.accuracy.AccuracyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop accuracy} (a development command): a thin shell over {@link AccuracyRun}. */
@Command(name = "accuracy", mixinStandardHelpOptions = true, subcommands = {AccuracyCaptionsCommand.class, AccuracyNamingCommand.class,
        AccuracySearchCommand.class, AccuracyCrossSetCommand.class, AccuracyClaimsCommand.class,
        AccuracyFramingCommand.class, AccuracyVoicesCommand.class},
        description = {"Measures FaceScribe on the labelled development data and writes docs/accuracy.md.",
                "Detection on fixtures/detection, gender/ethnicity/age on utkface (validation split),",
                "emotion on fer2013/publictest (shipped heads beside the raw networks), and the 40 attributes",
                "on the CelebA validation split (figures recorded in the shipped attribute heads)."})
public final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: $FACESCRIBE_DATA or ../shared/datasets)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "report file (default in a source checkout: docs/accuracy.md)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "face-vector cache folder (default: $FACESCRIBE_HOME/cache)")
    Path cache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path out = DevelopmentRun.inCheckout(this.out, "docs/accuracy.md", "--out", spec);
        Path dir = DevelopmentRun.dataDir(data);
        if (!Files.isDirectory(dir)) {
            System.err.println("error: data folder " + dir + " not found; pass --data or set FACESCRIBE_DATA");
            return 2;
        }
        DevelopmentRun.write(out, AccuracyRun.markdown(dir, threads, cache));
        System.out.println("wrote " + out);
        return 0;
    }
}
