package io.facescribe.bench;

import io.facescribe.batch.ImageFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.model.ModelStore;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.model.ModelStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures speed and memory of face analysis, optionally beside the TensorFlow.js peer.",
                "Start-up, whole-image latency, faces per second with 1 and 2 threads, per-stage latency",
                "(median, p90), peak RSS; with --peer also the same photos through the same models in",
                "TensorFlow.js under Node (tools/tfjs/bench.mjs), as a ratio.",
                "Prints Markdown tables (progress on stderr). Run it on an otherwise idle machine: every phase",
                "reports the load average and the CPU other processes used while it ran."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--images", split = ",", paramLabel = "DIR|FILE",
            description = "photos for the latency figures (default: <data>/fixtures/photos, where <data> is "
                    + "$FACESCRIBE_DATA or ../shared/datasets)")
    List<Path> images;

    @Option(names = "--crops", paramLabel = "DIR",
            description = "small face crops for faces per second (default: <data>/utkface/images)")
    Path crops;

    @Option(names = "--crop-count", paramLabel = "N", defaultValue = "400",
            description = "how many crops (the first N in name order; default ${DEFAULT-VALUE})")
    int cropCount;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50",
            description = "timed runs per stage (default ${DEFAULT-VALUE}; also the peer's --runs)")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "untimed runs first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--image-runs", paramLabel = "N", defaultValue = "10",
            description = "timed runs per photo for the whole-image figures (default ${DEFAULT-VALUE})")
    int imageRuns;

    @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
            description = "worker threads for faces per second (default ${DEFAULT-VALUE})")
    List<Integer> threads;

    @Option(names = "--no-detect-throughput", description = "skip faces per second with detection on (assume-face only)")
    boolean noDetectThroughput;

    @Option(names = "--throughput-only", description = "only start-up and faces per second (no whole-image or stage runs, no peer)")
    boolean throughputOnly;

    @Option(names = "--peer", description = "also run tools/tfjs/bench.mjs (node) on the same photos and models")
    boolean peer;

    @Option(names = "--peer-dir", paramLabel = "DIR", description = "where bench.mjs is (default: found from here)")
    Path peerDir;

    @Option(names = "--json", description = "print JSON instead of Markdown")
    boolean json;

    @Option(names = "--json-out", paramLabel = "FILE", description = "also write the JSON report to FILE")
    Path jsonOut;

    /** Runs the command alone (bench/scripts/run.sh starts it so, with its own JVM options). */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        double uptimeAtStart = ManagementFactory.getRuntimeMXBean().getUptime();
        Path data = dataRoot();
        List<Path> photos = ImageFiles.expand(images == null ? List.of(data.resolve("fixtures/photos")) : images).toList();
        Path cropDir = crops == null ? data.resolve("utkface/images") : crops;
        if (photos.isEmpty()) {
            System.err.println("error: no photos found in " + (images == null ? data.resolve("fixtures/photos") : images)
                    + "; pass --images or set FACESCRIBE_DATA to the datasets folder");
            return 2;
        }
        List<Path> cropFiles = Files.isDirectory(cropDir)
                ? ImageFiles.expand(List.of(cropDir)).limit(cropCount).toList() : List.of();
        if (cropFiles.isEmpty()) {
            System.err.println("error: no face crops in " + cropDir + "; pass --crops DIR");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        // (1) start-up: the first FaceScribe of this JVM (TF native library, model verification, graphs, warm-up)
        FaceScribeConfig config = FaceScribeConfig.defaults().withInstallFrom(ModelStore.standardSource());
        long t0 = System.nanoTime();
        FaceScribe fs;
        try {
            fs = FaceScribe.create(config);
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        double createMs = (System.nanoTime() - t0) / 1e6;
        double rssAfterCreate = Memory.rssMiB();
        progress(String.format(Locale.ROOT, "FaceScribe.create: %.0f ms (JVM up %.0f ms before)", createMs, uptimeAtStart));

        List<WholeImage.Result> whole;
        CpuLoad.Phase wholeLoad;
        List<Throughput.Result> throughput = new ArrayList<>();
        double peakAfter;
        double rssAfter;
        try (fs) {
            // (2) whole image, one thread
            CpuLoad.Mark m = CpuLoad.mark();
            whole = throughputOnly ? List.of() : WholeImage.run(fs, photos, Math.min(2, warmup), imageRuns);
            wholeLoad = CpuLoad.since(m);
            progress("whole image done: " + wholeLoad.describe());
            // (3) faces per second on the crops
            AnalysisOptions assume = config.analysis().withAssumeFace(true);
            for (int t : threads) {
                throughput.add(throughputRun(fs, cropFiles, assume, "assume-face (crop = face)", t));
            }
            if (!noDetectThroughput) {
                for (int t : threads) {
                    throughput.add(throughputRun(fs, cropFiles, config.analysis(), "detect + all faces", t));
                }
            }
            peakAfter = Memory.peakRssMiB();
            rssAfter = Memory.rssMiB();
        }

        // (4) per stage, with a fresh set of networks
        Map<String, Double> loadMs = new LinkedHashMap<>();
        CpuLoad.Mark m = CpuLoad.mark();
        List<StageBench.Stage> stages = throughputOnly ? List.of()
                : StageBench.run(config.store(), photos, warmup, runs, loadMs, BenchCommand::progress);
        CpuLoad.Phase stagesLoad = CpuLoad.since(m);
        double peakEnd = Memory.peakRssMiB();

        // (5) the TF.js peer, alone on the machine as far as this process is concerned
        Peer.Outcome peerOutcome = null;
        if (peer && !throughputOnly) {
            List<Path> peerImages = photos.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT)
                    .matches(".*\\.(jpe?g|png)$")).toList();
            peerOutcome = Peer.run(Peer.locate(peerDir), config.store().modelDir(), peerImages, runs, warmup, imageRuns,
                    BenchCommand::progress);
            if (peerOutcome.skipped() != null) {
                progress("TF.js peer skipped: " + peerOutcome.skipped());
            }
        }

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("photos", photos.stream().map(Path::toString).toList());
        settings.put("crops", cropDir.toString());
        settings.put("cropCount", cropFiles.size());
        settings.put("runs", runs);
        settings.put("warmup", warmup);
        settings.put("imageRuns", imageRuns);
        settings.put("threads", threads);
        settings.put("tfIntraOpThreads", io.facescribe.model.runtime.NetworkLoader.CONFIG.getIntraOpParallelismThreads());
        settings.put("tfInterOpThreads", io.facescribe.model.runtime.NetworkLoader.CONFIG.getInterOpParallelismThreads());
        Report report = new Report(machine(), settings,
                new Report.Startup(uptimeAtStart, createMs, rssAfterCreate, loadMs), stages, stagesLoad, whole, wholeLoad,
                throughput, new Report.Memory(peakAfter, rssAfter, peakEnd,
                        peerOutcome == null ? Double.NaN : peerOutcome.peakRssMiB()),
                peerOutcome, Report.ratios(stages, whole, peerOutcome == null ? null : peerOutcome.report()));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (jsonOut != null) {
            mapper.writeValue(jsonOut.toFile(), report);
        }
        out.print(json ? mapper.writeValueAsString(report) + "\n" : report.markdown());
        return 0;
    }

    private static Throughput.Result throughputRun(FaceScribe fs, List<Path> files, AnalysisOptions options,
                                                   String mode, int threads) {
        Throughput.Result r = Throughput.run(fs, files, options, mode, threads, 3);
        progress(String.format(Locale.ROOT, "%s, %d thread(s): %.1f faces/s (%d faces, %.1f s; %s)", mode, threads,
                r.facesPerSecond(), r.faces(), r.seconds(), r.load().describe()));
        return r;
    }

    private static Path dataRoot() {
        String env = System.getenv("FACESCRIBE_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "datasets").toAbsolutePath().normalize();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> m.put("cpuModel", l.substring(l.indexOf(':') + 1).trim()));
        } catch (IOException e) {
            m.put("cpuModel", "unknown");
        }
        m.put("memoryGiB", Math.round(((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("tensorflowJava", "1.0.0");
        m.put("tensorflowNative", org.tensorflow.TensorFlow.version());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
