package io.facescribe.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The TF.js peer: {@code node tools/tfjs/bench.mjs <models> <images...>} run as a child process on the same
 * photos and model files, after FaceScribe's own measurements (never at the same time). Its JSON document is
 * returned as it is; its peak RSS is sampled from {@code /proc/<pid>/status} while it runs.
 */
public final class Peer {

    /** The peer's report, or why there is none. */
    public record Outcome(JsonNode report, String skipped, double seconds, double peakRssMiB, CpuLoad.Phase load) {
    }

    private Peer() {
    }

    /** Finds {@code tools/tfjs/bench.mjs} from the working directory or the jar's location, walking up. */
    public static Path locate(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(Peer.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // no code source: the working directory alone
        }
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("tools/tfjs/bench.mjs"))) {
                    return p.resolve("tools/tfjs");
                }
            }
        }
        return null;
    }

    public static Outcome run(Path dir, Path models, List<Path> images, int runs, int warmup, int imageRuns,
                              Consumer<String> progress) {
        if (dir == null || !Files.isRegularFile(dir.resolve("bench.mjs"))) {
            return skipped("tools/tfjs/bench.mjs not found (run from the FaceScribe checkout or pass --peer-dir)");
        }
        String node = onPath("node");
        if (node == null) {
            return skipped("node is not installed (the peer needs Node.js 18+)");
        }
        if (!Files.isDirectory(dir.resolve("node_modules/@tensorflow"))) {
            String npm = onPath("npm");
            if (npm == null) {
                return skipped(dir.resolve("node_modules") + " is missing and npm is not installed");
            }
            progress.accept("peer: npm ci in " + dir);
            try {
                Process p = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (p.waitFor() != 0) {
                    return skipped("npm ci failed in " + dir + " (exit " + p.exitValue() + ")");
                }
            } catch (IOException e) {
                return skipped("npm ci could not run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return skipped("interrupted");
            }
        }
        try {
            Path out = Files.createTempFile("facescribe-peer", ".json");
            List<String> cmd = new ArrayList<>(List.of(node, "bench.mjs", models.toString()));
            images.forEach(i -> cmd.add(i.toAbsolutePath().toString()));
            cmd.addAll(List.of("--runs=" + runs, "--warmup=" + warmup, "--image-runs=" + imageRuns, "--out=" + out));
            progress.accept("peer: node bench.mjs (" + images.size() + " images, " + runs + " runs per model)");
            CpuLoad.Mark mark = CpuLoad.mark();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            double peak = Double.NaN;
            while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
                double now = Memory.peakRssMiB(p.pid());
                if (!Double.isNaN(now)) {
                    peak = Double.isNaN(peak) ? now : Math.max(peak, now);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            CpuLoad.Phase load = CpuLoad.since(mark);
            if (p.exitValue() != 0) {
                return skipped("node bench.mjs failed (exit " + p.exitValue() + "; its messages are above)");
            }
            JsonNode report = new ObjectMapper().readTree(out.toFile());
            Files.deleteIfExists(out);
            // the child's CPU is not this JVM's: the phase's "others" figure includes the peer itself
            return new Outcome(report, null, secs, peak, load);
        } catch (IOException e) {
            return skipped("node bench.mjs could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skipped("interrupted");
        }
    }

    private static Outcome skipped(String why) {
        return new Outcome(null, why, Double.NaN, Double.NaN, null);
    }

    private static String onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
