package io.facescribe.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything one {@code bench} run measured, and its rendering as Markdown tables. Also serialised as JSON
 * (records become objects; the peer's own document is embedded as it came).
 */
public record Report(Map<String, Object> machine, Map<String, Object> settings, Startup startup,
                     List<StageBench.Stage> stages, CpuLoad.Phase stagesLoad, List<WholeImage.Result> wholeImage,
                     CpuLoad.Phase wholeImageLoad, List<Throughput.Result> throughput, Memory memory,
                     Peer.Outcome peer, List<Ratio> ratios) {

    /** In-process start-up: JVM uptime when {@code FaceScribe.create} began, and how long it took. */
    public record Startup(double jvmUptimeBeforeMs, double createMs, double rssAfterCreateMiB,
                          Map<String, Double> networkLoadMs) {
    }

    /** Resident memory of this process (VmHWM = peak, VmRSS = now), in MiB. */
    public record Memory(double peakAfterFaceScribeMiB, double rssAfterFaceScribeMiB, double peakAtEndMiB,
                         double peerPeakMiB) {
    }

    /** FaceScribe vs TF.js on one quantity: the peer's median over ours (above 1: FaceScribe is faster). */
    public record Ratio(String what, double faceScribeMs, double tfjsMs, double ratio) {
    }

    /** Ratios per network (network run vs execute + dataSync), per face, and per whole image. */
    public static List<Ratio> ratios(List<StageBench.Stage> stages, List<WholeImage.Result> whole, JsonNode peer) {
        List<Ratio> out = new ArrayList<>();
        if (peer == null) {
            return out;
        }
        double ours = 0;
        double theirs = 0;
        double oursAnalysis = 0;
        double theirsAnalysis = 0;
        int networks = 0;
        for (StageBench.Stage s : stages) {
            JsonNode m = peer.path("perModel").path(s.model());
            if (s.network() == null || m.isMissingNode()) {
                continue;
            }
            double t = m.path("median").asDouble();
            out.add(new Ratio(s.model(), s.network().median(), t, t / s.network().median()));
            ours += s.network().median();
            theirs += t;
            networks++;
            if (!s.model().equals("blazeface")) {
                oursAnalysis += s.network().median();
                theirsAnalysis += t;
            }
        }
        out.add(new Ratio("per face, " + networks + " networks (sum of medians)", ours, theirs, theirs / ours));
        out.add(new Ratio("per face, " + (networks - 1) + " networks after detection", oursAnalysis, theirsAnalysis,
                theirsAnalysis / oursAnalysis));
        double oursWhole = Stats.of(whole.stream().map(w -> w.largestDecoded().median()).toList()).median();
        double theirsWhole = peer.path("perImageMedianOfMediansMs").asDouble(Double.NaN);
        out.add(new Ratio("whole image, decoded, largest face (median over photos)", oursWhole, theirsWhole,
                theirsWhole / oursWhole));
        return out;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Double> peerMedian = new LinkedHashMap<>();
        Map<String, Double> peerP90 = new LinkedHashMap<>();
        JsonNode p = peer == null ? null : peer.report();
        if (p != null) {
            p.path("perModel").fields().forEachRemaining(e -> {
                peerMedian.put(e.getKey(), e.getValue().path("median").asDouble());
                peerP90.put(e.getKey(), e.getValue().path("p90").asDouble());
            });
        }
        if (!stages.isEmpty()) {
            md.append("### Per-stage latency (batch 1, one thread, ms)\n\n");
            md.append(String.format(Locale.ROOT, "%d timed runs per stage after %s warm-up runs, cycling over the %d photos (largest face of each); %s.%n%n",
                    num(settings.get("runs")), settings.get("warmup"), wholeImage.size(), stagesLoad.describe()));
            md.append("| stage | network | input | network median | network p90 | stage median | stage p90 | "
                    + "TF.js median | TF.js p90 | TF.js / FaceScribe |\n");
            md.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (StageBench.Stage s : stages) {
                Double tm = peerMedian.get(s.model());
                md.append("| ").append(s.name()).append(" | ").append(s.model()).append(" | ").append(s.input()).append(" | ")
                        .append(s.network() == null ? "" : f2(s.network().median())).append(" | ")
                        .append(s.network() == null ? "" : f2(s.network().p90())).append(" | ")
                        .append(f2(s.stage().median())).append(" | ").append(f2(s.stage().p90())).append(" | ")
                        .append(tm == null ? "" : f2(tm)).append(" | ")
                        .append(tm == null ? "" : f2(peerP90.get(s.model()))).append(" | ")
                        .append(tm == null || s.network() == null ? "" : ratio(tm / s.network().median())).append(" |\n");
            }
            md.append("\n\"network\" = `Network.run` alone (input tensor in, session run, outputs copied out: the same work as ")
                    .append("TF.js `execute` + `dataSync`); \"stage\" adds what FaceScribe does around it: ");
            for (StageBench.Stage s : stages) {
                md.append(s.name()).append(": ").append(s.stageNote()).append("; ");
            }
            md.setLength(md.length() - 2);
            md.append(".\n\n");
        }
        if (!wholeImage.isEmpty()) {
            md.append("### Whole image (`FaceScribe.analyze`, one thread, ms)\n\n");
            md.append(String.format(Locale.ROOT, "%s runs per photo; %s.%n%n", settings.get("imageRuns"), wholeImageLoad.describe()));
            md.append("| photo | size | faces | decoded, largest face: median | p90 | TF.js median (decoded, 1 face) | from file, all faces: median | p90 |\n");
            md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            Map<String, Double> peerImage = new LinkedHashMap<>();
            if (p != null) {
                p.path("perImage").forEach(i -> peerImage.put(i.path("file").asText(), i.path("median").asDouble()));
            }
            for (WholeImage.Result w : wholeImage) {
                Double t = peerImage.get(w.file());
                md.append("| ").append(w.file()).append(" | ").append(w.width()).append("×").append(w.height()).append(" | ")
                        .append(w.faces()).append(" | ").append(f2(w.largestDecoded().median())).append(" | ")
                        .append(f2(w.largestDecoded().p90())).append(" | ").append(t == null ? "" : f2(t)).append(" | ")
                        .append(w.allFaces()).append(w.allFaces() == 1 ? " face: " : " faces: ")
                        .append(f2(w.allFromFile().median())).append(" | ").append(f2(w.allFromFile().p90())).append(" |\n");
            }
            md.append("| **median over photos** | | | **")
                    .append(f2(Stats.of(wholeImage.stream().map(w -> w.largestDecoded().median()).toList()).median()))
                    .append("** | | ").append(p == null ? "" : "**" + f2(p.path("perImageMedianOfMediansMs").asDouble()) + "**")
                    .append(" | ").append(f2(Stats.of(wholeImage.stream().map(w -> w.allFromFile().median()).toList()).median()))
                    .append(" | |\n\n");
        }
        md.append("### Faces per second (end to end: read + decode + analyse, from files)\n\n");
        md.append(String.format(Locale.ROOT, "%s crops from %s; TensorFlow: %s intra-op, %s inter-op thread(s) per process.%n%n",
                settings.get("cropCount"), settings.get("crops"), settings.get("tfIntraOpThreads"),
                settings.get("tfInterOpThreads")));
        md.append("| mode | threads | images | faces | failed | wall s | faces/s | images/s | ms per image per thread | "
                + "FaceScribe CPU (cores) | load at start | others' CPU (cores) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Throughput.Result t : throughput) {
            md.append("| ").append(t.mode()).append(" | ").append(t.threads()).append(" | ").append(t.images()).append(" | ")
                    .append(t.faces()).append(" | ").append(t.failed()).append(" | ").append(f2(t.seconds())).append(" | **")
                    .append(f1(t.facesPerSecond())).append("** | ").append(f1(t.imagesPerSecond())).append(" | ")
                    .append(f1(t.meanMsPerImage())).append(" | ").append(f2(t.load().selfCores())).append(" | ")
                    .append(f2(t.load().loadAtStart())).append(" | ")
                    .append(f2(t.load().othersCores())).append(" |\n");
        }
        md.append('\n');

        md.append("### Start-up and memory (in-process)\n\n");
        md.append("| what | value |\n| --- | ---: |\n");
        md.append("| JVM uptime when `FaceScribe.create` began | ").append(f0(startup.jvmUptimeBeforeMs())).append(" ms |\n");
        md.append("| `FaceScribe.create` (verify model files, load TF, read + fix the 5 graphs analysis runs, warm-up run each) | **")
                .append(f0(startup.createMs())).append(" ms** |\n");
        startup.networkLoadMs().forEach((k, v) -> md.append("| ↳ load + warm-up of ").append(k)
                .append(" alone (TF already loaded) | ").append(f0(v)).append(" ms |\n"));
        md.append("| RSS after `create` | ").append(f0(startup.rssAfterCreateMiB())).append(" MiB |\n");
        md.append("| peak RSS (VmHWM) after the whole-image and throughput runs | **").append(f0(memory.peakAfterFaceScribeMiB()))
                .append(" MiB** |\n");
        md.append("| RSS (VmRSS) at that point | ").append(f0(memory.rssAfterFaceScribeMiB())).append(" MiB |\n");
        md.append("| peak RSS at the end (stage runs load a second set of networks) | ").append(f0(memory.peakAtEndMiB()))
                .append(" MiB |\n");
        if (p != null) {
            md.append("| TF.js peer process peak RSS (node, sampled every 200 ms) | ").append(f0(memory.peerPeakMiB()))
                    .append(" MiB |\n");
        }
        md.append('\n');

        md.append("### FaceScribe vs TF.js\n\n");
        if (p == null) {
            md.append("TF.js peer not run: ").append(peer == null ? "--peer not given" : peer.skipped()).append(".\n\n");
        } else {
            md.append(String.format(Locale.ROOT, "TF.js %s, backend %s (SIMD %s, %s thread), Node %s; %d runs per model; "
                            + "peer ran %.0f s; %s (others includes the node process).%n%n",
                    p.path("tfjsVersion").asText(), p.path("backend").asText(), p.path("wasmSimd").asText(),
                    p.path("wasmThreads").asText(), p.path("node").asText(), p.path("runs").asInt(), peer.seconds(),
                    peer.load().describe()));
            md.append("| what | FaceScribe ms | TF.js ms | TF.js / FaceScribe |\n| --- | ---: | ---: | ---: |\n");
            for (Ratio r : ratios) {
                md.append("| ").append(r.what()).append(" | ").append(f2(r.faceScribeMs())).append(" | ")
                        .append(f2(r.tfjsMs())).append(" | **").append(ratio(r.ratio())).append("** |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f×", v);
    }
}
