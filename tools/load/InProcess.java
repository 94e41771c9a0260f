import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.ImageAnalysis;

/**
 * The in-process figure the HTTP service is held against: {@code threads} threads share one FaceScribe and analyse
 * the same photos from bytes in memory (as the server does) for a fixed time; prints faces/s as JSON.
 * {@code java -cp "cli/target/facescribe.jar:cli/target/lib/*" tools/load/InProcess.java --threads 2 --seconds 30 IMAGE...}
 */
public final class InProcess {

    public static void main(String[] args) throws Exception {
        int threads = 2;
        double seconds = 30;
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> images.add(Files.readAllBytes(Path.of(args[i])));
            }
        }
        try (FaceScribe fs = FaceScribe.create(FaceScribeConfig.defaults())) {
            for (int i = 0; i < 4 * threads; i++) {
                fs.analyze(images.get(i % images.size()), "warmup", AnalysisOptions.defaults());
            }
            AtomicInteger next = new AtomicInteger();
            AtomicLong faces = new AtomicLong();
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        int n = next.getAndIncrement();
                        ImageAnalysis a = fs.analyze(images.get(n % images.size()), "image", AnalysisOptions.defaults());
                        faces.addAndGet(a.faces().size());
                        done.incrementAndGet();
                    }
                });
                w.start();
                workers.add(w);
            }
            for (Thread w : workers) {
                w.join();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.println(String.format(Locale.ROOT,
                    "{\"threads\": %d, \"images\": %d, \"faces\": %d, \"seconds\": %.2f, \"imagesPerSecond\": %.2f, \"facesPerSecond\": %.2f}",
                    threads, done.get(), faces.get(), secs, done.get() / secs, faces.get() / secs));
        }
    }

    private InProcess() {
    }
}
