package io.facescribe.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.search.AgeBelief;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.IndexedFace;
import io.facescribe.search.IndexedImage;
import io.facescribe.search.RecordImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./facescribe bench search}: a synthetic index of N faces built from real analyses (a build-dataset run's
 * records), each copy's trait probabilities jittered on the logit scale and its age moved a little, then query
 * latencies (median and p90 over repeated runs of each query) and the index size per face.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Builds a synthetic face index of N faces from real analyses (jittered copies) and measures",
                "query latency and index size per face. Prints a Markdown table."})
public final class SearchBench implements Callable<Integer> {

    private static final List<String> QUERIES = List.of("a woman wearing a hat", "a man with glasses and a beard",
            "a smiling child", "a young woman with long blond hair and no glasses", "an elderly man, bald",
            "a man without a beard, wearing a tie", "lipstick, earrings, wavy hair, smiling", "black hair");

    @Option(names = "--records", required = true, paramLabel = "FILE", description = "records.jsonl of real analyses")
    Path records;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "where to build the index")
    Path output;

    @Option(names = "--faces", paramLabel = "N", defaultValue = "1000000", description = "faces (default: ${DEFAULT-VALUE})")
    int faces;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "timed runs per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<IndexedFace> real = new ArrayList<>();
        try (FaceIndex index = FaceIndex.open(output)) {
            RecordImages reader = new RecordImages(index.traits());
            try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    JsonNode r = json.readTree(line);
                    real.addAll(reader.image(r, Path.of("/")).faces());
                }
            }
            if (real.isEmpty()) {
                System.err.println("error: no faces in " + records);
                return 1;
            }
            long have = index.faceCount();
            Random random = new Random(1);
            long start = System.nanoTime();
            for (long i = have; i < faces; i++) {
                IndexedFace f = jitter(real.get((int) (i % real.size())), random);
                index.add(new IndexedImage("/synthetic/" + i + ".jpg", Long.toHexString(random.nextLong()), List.of(f)));
                if ((i + 1) % 100_000 == 0) {
                    index.commit();
                    System.err.printf("%,d faces, %.0f faces/s%n", i + 1, (i + 1 - have) / ((System.nanoTime() - start) / 1e9));
                }
            }
            index.commit();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.walk(output.resolve(FaceIndex.LUCENE))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            long count = index.faceCount();
            for (int w = 0; w < 3; w++) {
                QUERIES.forEach(q -> index.search(q, 10));
            }
            Map<String, double[]> times = new LinkedHashMap<>();
            Map<String, double[]> cpu = new LinkedHashMap<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (String q : QUERIES) {
                double[] t = new double[runs];
                double[] c = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long s = System.nanoTime();
                    long cs = threads.getCurrentThreadCpuTime();
                    index.search(q, 10);
                    t[r] = (System.nanoTime() - s) / 1e6;
                    c[r] = (threads.getCurrentThreadCpuTime() - cs) / 1e6;
                }
                Arrays.sort(t);
                Arrays.sort(c);
                times.put(q, t);
                cpu.put(q, c);
            }
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf("Synthetic index: %,d faces (jittered copies of %,d analysed faces), %,.0f bytes per face "
                    + "(%.0f MB); %s%n%n", count, real.size(), bytes / (double) count, bytes / 1e6,
                    have >= faces ? "built earlier" : String.format("written at %,.0f faces/s", (faces - have) / buildSeconds));
            System.out.printf("Load average while querying: %.1f on %d cores.%n%n", load,
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| query (top 10) | median ms | p90 ms | median CPU ms (this thread) |");
            System.out.println("|---|---|---|---|");
            times.forEach((q, t) -> System.out.printf("| %s | %.0f | %.0f | %.0f |%n", q, t[t.length / 2],
                    t[(int) Math.min(t.length - 1, Math.round(t.length * 0.9))], cpu.get(q)[runs / 2]));
        }
        return 0;
    }

    /** A copy of a face with its probabilities moved on the logit scale (sd 0.5) and its age by up to 10%. */
    static IndexedFace jitter(IndexedFace f, Random random) {
        Map<String, Double> p = new LinkedHashMap<>();
        f.probabilities().forEach((c, v) -> {
            double x = Math.max(1e-4, Math.min(1 - 1e-4, v));
            double logit = Math.log(x / (1 - x)) + random.nextGaussian() * 0.5;
            p.put(c, 1 / (1 + Math.exp(-logit)));
        });
        AgeBelief age = f.age() == null ? null
                : new AgeBelief(f.age().years() * (1 + (random.nextDouble() - 0.5) * 0.2), f.age().sigma());
        return new IndexedFace(0, f.box(), p, age, f.captions());
    }
}
