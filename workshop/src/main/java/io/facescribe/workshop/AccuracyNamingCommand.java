package io.facescribe.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.training.LooksLabels;
import io.facescribe.accuracy.LooksNaming;
import io.facescribe.model.ModelStore;
import io.facescribe.training.CelebaAttributes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./facescribe-workshop accuracy naming}: how often default captions name the hair and eye colour people name. */
@Command(name = "naming", mixinStandardHelpOptions = true,
        description = {"Describes every CelebA validation face as describe --assume-face does (one built-in caption,",
                "seed 0) and counts, where a reference names a hair colour (CelebA), a hair length or an eye colour",
                "(our own labels), how often the caption names one and how often the same one. Prints the table of",
                "docs/looks.md."})
public final class AccuracyNamingCommand implements Callable<Integer> {

    @Mixin
    LooksInputs inputs;

    @Option(names = "--captions", paramLabel = "FILE",
            description = "also write every face's caption, references and what it named as TSV (never commit it: it holds CelebA labels)")
    Path captions;

    @Option(names = "--threads", paramLabel = "N", description = "images at once (default: cores)")
    Integer threads;

    @Override
    public Integer call() {
        Path celeba = inputs.celeba();
        if (celeba == null) {
            return 2;
        }
        Path labels = inputs.labels();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        List<LooksNaming.Face> faces;
        try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults().withInstallFrom(ModelStore.standardSource()))) {
            faces = LooksNaming.describe(fs, CelebaAttributes.read(celeba), LooksLabels.read(labels), n, System.err::println);
        }
        System.out.print(LooksNaming.markdown(LooksNaming.rows(faces), faces.size()));
        System.out.printf("%n_%d faces in %.0f s on %d threads._%n", faces.size(), (System.nanoTime() - start) / 1e9, n);
        if (captions != null) {
            StringBuilder sb = new StringBuilder("id\tcaption");
            LooksNaming.TARGETS.forEach(t -> sb.append('\t').append(t.name()).append(" reference\t").append(t.name())
                    .append(" named\t").append(t.name()).append(" stated"));
            sb.append('\n');
            for (LooksNaming.Face f : faces) {
                sb.append(f.id()).append('\t').append(f.caption());
                LooksNaming.TARGETS.forEach(t -> sb.append('\t').append(blank(f.reference().get(t.name())))
                        .append('\t').append(blank(f.named().get(t.name()))).append('\t').append(blank(f.stated().get(t.name()))));
                sb.append('\n');
            }
            DevelopmentRun.write(captions, sb.toString());
        }
        return 0;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
