package io.facescribe.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.dataset.BuildOptions;
import io.facescribe.dataset.BuildSummary;
import io.facescribe.dataset.DatasetBuild;
import io.facescribe.dataset.DatasetRequest;
import io.facescribe.dataset.Labels;
import io.facescribe.dataset.export.ExportOptions;
import io.facescribe.model.ModelStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build-dataset", mixinStandardHelpOptions = true,
        description = {"Captions a whole data set, one JSON record per input image.",
                "Records go to OUTPUT/records.jsonl, then come the exports asked for and a data-set card (card.md",
                "with charts). A killed run continues where it stopped when started again with the same --output;",
                "a bad image becomes a record with its error."})
public final class BuildDatasetCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, required = true, arity = "1..*", paramLabel = "PATH",
            description = "folders (searched recursively), list files (.txt/.lst, or .csv with a path column), "
                    + "WebDataset .tar shards or image files")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "output folder")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FMT", defaultValue = "jsonl",
            description = "exports beside the records: jsonl, diffusers, kohya, parquet, wds (comma-separated; default: jsonl)")
    List<String> formats;

    @Option(names = "--qa", paramLabel = "K", defaultValue = "0", description = "question-answer pairs per face (default: 0)")
    int qa;

    @Option(names = "--single-face", description = "keep only images with exactly one face")
    boolean singleFace;

    @Option(names = "--blurry", paramLabel = "keep|flag|drop", defaultValue = "flag",
            description = "images whose face is blurry (default: ${DEFAULT-VALUE})")
    String blurry;

    @Option(names = "--black-and-white", paramLabel = "keep|flag|drop", defaultValue = "flag",
            description = "black-and-white images (default: ${DEFAULT-VALUE})")
    String blackAndWhite;

    @Option(names = "--labels", paramLabel = "CSV",
            description = "labels to carry into the records (CSV; first column the image's file name or name)")
    Path labels;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "run as a Spark application on this master (local[2], spark://…, yarn)")
    String spark;

    @Option(names = "--copy-to", paramLabel = "URI",
            description = "when done, copy the output folder to this Hadoop path (hdfs://…, s3a://…, file://…)")
    String copyTo;

    @Option(names = "--kohya-repeats", paramLabel = "N", defaultValue = "1",
            description = "repeats in the kohya folder name N_name (default: 1)")
    int kohyaRepeats;

    @Option(names = "--kohya-class", paramLabel = "WORD", defaultValue = "face",
            description = "class word of the kohya folder: N_<trigger> <class>, or N_<class> without --trigger "
                    + "(default: face)")
    String kohyaClass;

    @Option(names = "--caption-ext", paramLabel = ".txt|.caption", defaultValue = ".txt",
            description = "extension of caption sidecar files (default: .txt)")
    String captionExt;

    @Option(names = "--existing", paramLabel = "keep|overwrite|append", defaultValue = "overwrite",
            description = "a caption file an earlier export wrote (or you edited) for an image: keep it, overwrite "
                    + "it, or append the new captions it lacks (default: overwrite)")
    String existing;

    @Option(names = "--no-card", description = "do not write card.md and its charts")
    boolean noCard;

    @Option(names = "--no-progress", description = "no progress bar or progress lines")
    boolean noProgress;

    @Mixin
    ImageOptions image;

    @Mixin
    CaptionOptions caption;

    @Override
    public Integer call() {
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        DatasetRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            log.println("error: " + ErrorText.usage(e));
            return 2;
        }
        try {
            caption.installClipVocabulary(request.options().describe());
            BuildSummary summary = DatasetBuild.run(request, image.config(false).withAnalysis(request.options().analysis()),
                    spark, !noCard, copyTo, log);
            log.println(summary.text());
            log.println("records: " + output.resolve("records.jsonl"));
            return summary.processed() + summary.resumed() == 0 ? 1 : 0;
        } catch (ModelStoreException e) {
            log.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            log.println("error: " + e.getMessage());
            return 1;
        }
    }

    DatasetRequest request() {
        AnalysisOptions a = image.analysis(false);
        BuildOptions options = BuildOptions.defaults()
                .withAnalysis(new AnalysisOptions(a.faces(), a.assumeFace(), false, 0))
                .withMinFace(a.minFaceSize())
                .withDescribe(caption.describeOptions(io.facescribe.describe.guard.GuardPolicy.STRICT, true))
                .withQa(qa).withSingleFace(singleFace)
                .withBlurry(BuildOptions.Policy.parse(blurry))
                .withBlackAndWhite(BuildOptions.Policy.parse(blackAndWhite));
        Set<String> fmts = new LinkedHashSet<>();
        formats.forEach(f -> fmts.add(f.trim().toLowerCase(Locale.ROOT)));
        String ext = captionExt.startsWith(".") ? captionExt : "." + captionExt;
        ExportOptions exports = new ExportOptions(kohyaRepeats, kohyaClass, ext, ExportOptions.Existing.parse(existing));
        exports.kohyaFolder(options.describe().format().trigger());
        return new DatasetRequest(inputs, output, options, labels == null ? Labels.none() : Labels.read(labels),
                image.threads(), fmts, !noProgress, exports);
    }
}
