import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load client for {@code facescribe serve} (JDK only; run as {@code java tools/load/HttpLoad.java ...}).
 *
 * <pre>
 * closed loop:  --base http://127.0.0.1:8080 --path /v1/analyze --clients 8 --requests 200 [--warmup 10] IMAGE...
 * open loop:    ... --rate 100 --seconds 20 IMAGE...          (requests sent at a fixed rate, whatever the answers)
 * memory:       ... --rss-pid PID --rss-every 1000             (the server's VmRSS every N requests)
 * </pre>
 *
 * Prints one JSON object: requests/s, statuses, p50/p95/p99 of the 200s (ms), faces answered per second, RSS samples.
 * Only for a server on this machine: every request goes to --base, and the loops stop by count or time.
 */
public final class HttpLoad {

    record Sample(int status, long nanos, int faces) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        List<byte[]> images = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                images.add(Files.readAllBytes(Path.of(args[i])));
                types.add(args[i].toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg");
            }
        }
        URI base = URI.create(opt.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("HttpLoad only loads a server on this machine (127.0.0.1), not " + base);
        }
        URI target = base.resolve(opt.getOrDefault("path", "/v1/analyze"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "1"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "0"));
        long pid = Long.parseLong(opt.getOrDefault("rss-pid", "0"));
        int rssEvery = Integer.parseInt(opt.getOrDefault("rss-every", "1000"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(4, clients))).build();

        AtomicInteger seq = new AtomicInteger();
        java.util.function.IntFunction<HttpRequest> request = n -> HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(300)).header("Content-Type", types.get(n % images.size()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(images.get(n % images.size()))).build();

        for (int i = 0; i < warmup; i++) {
            http.send(request.apply(i), HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        List<long[]> rss = java.util.Collections.synchronizedList(new ArrayList<>());
        if (pid > 0) {
            rss.add(new long[] {0, rssKb(pid)});
        }
        long t0 = System.nanoTime();
        if (opt.containsKey("rate")) {
            double rate = Double.parseDouble(opt.get("rate"));
            double seconds = Double.parseDouble(opt.getOrDefault("seconds", "20"));
            int total = (int) Math.round(rate * seconds);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int n = i;
                CompletableFuture<Void> done = new CompletableFuture<>();
                all.add(done);
                timer.schedule(() -> {
                    long start = System.nanoTime();
                    http.sendAsync(request.apply(n), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                        samples.add(new Sample(e == null ? r.statusCode() : -1, System.nanoTime() - start,
                                e == null ? faces(r.body()) : 0));
                        done.complete(null);
                    });
                }, (long) (i * 1e9 / rate), TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(30, TimeUnit.MINUTES);
            timer.shutdown();
        } else {
            int total = Integer.parseInt(opt.getOrDefault("requests", "100"));
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> {
                    for (int n = seq.getAndIncrement(); n < total; n = seq.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request.apply(n), HttpResponse.BodyHandlers.ofString());
                            samples.add(new Sample(r.statusCode(), System.nanoTime() - start, faces(r.body())));
                        } catch (IOException | InterruptedException e) {
                            samples.add(new Sample(-1, System.nanoTime() - start, 0));
                        }
                        if (pid > 0 && (n + 1) % rssEvery == 0) {
                            long kb = rssKb(pid);
                            rss.add(new long[] {n + 1, kb});
                            System.err.printf(Locale.ROOT, "rss after %d requests: %d KiB (%.0f s)%n", n + 1, kb,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(report(target.getPath(), clients, opt.get("rate"), seconds, new ArrayList<>(samples), rss));
        System.exit(0);
    }

    static String report(String path, int clients, String rate, double seconds, List<Sample> samples, List<long[]> rss) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        int faces = 0;
        List<Long> ok = new ArrayList<>();
        for (Sample s : samples) {
            statuses.merge(s.status(), 1, Integer::sum);
            if (s.status() == 200) {
                ok.add(s.nanos());
                faces += s.faces();
            }
        }
        long[] lat = ok.stream().mapToLong(Long::longValue).sorted().toArray();
        StringBuilder sb = new StringBuilder("{");
        sb.append(String.format(Locale.ROOT, "\"path\": \"%s\", \"clients\": %d, \"rate\": %s, \"requests\": %d, "
                        + "\"seconds\": %.2f, \"rps\": %.2f, \"okRps\": %.2f, \"facesPerSecond\": %.2f, "
                        + "\"p50\": %.1f, \"p95\": %.1f, \"p99\": %.1f, \"refusedShare\": %.4f, \"statuses\": {",
                path, clients, rate == null ? "null" : rate, samples.size(), seconds, samples.size() / seconds,
                lat.length / seconds, faces / seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99),
                (statuses.getOrDefault(429, 0) + statuses.getOrDefault(503, 0)) / (double) Math.max(1, samples.size())));
        String sep = "";
        for (Map.Entry<Integer, Integer> e : statuses.entrySet()) {
            sb.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
            sep = ", ";
        }
        sb.append("}, \"rssKb\": [");
        sep = "";
        for (long[] r : rss) {
            sb.append(sep).append('[').append(r[0]).append(", ").append(r[1]).append(']');
            sep = ", ";
        }
        return sb.append("]}").toString();
    }

    /** Nearest-rank percentile in ms; NaN when there is nothing. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static int faces(String body) {
        int n = 0;
        for (int i = body.indexOf("\"box\":"); i >= 0; i = body.indexOf("\"box\":", i + 1)) {
            n++;
        }
        return n;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private HttpLoad() {
    }

}
