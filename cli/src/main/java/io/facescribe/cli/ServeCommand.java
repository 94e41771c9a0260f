package io.facescribe.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.image.ImageLimits;
import io.facescribe.model.ModelStoreException;
import io.facescribe.server.FaceScribeServer;
import io.facescribe.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API and the web page, with one FaceScribe shared by all requests.",
                "Routes: POST /v1/analyze, /v1/describe, /v1/ask; GET /v1/health, /metrics, /openapi.json and the page at /.",
                "SIGTERM or Ctrl-C stops accepting, finishes what is in flight (at most --drain seconds) and exits 0.",
                "The caption options below are the defaults of /v1/describe; requests override them."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--concurrency", paramLabel = "N", description = "images analysed at once (default: cores)")
    Integer concurrency;

    @Option(names = "--queue", paramLabel = "N",
            description = "Requests that may wait for a worker; more get 429 at once. By default a request waits when "
                    + "the work ahead of it can finish within --timeout at the measured rate.")
    Integer queue;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_BYTES,
            description = "largest request body in bytes (default: ${DEFAULT-VALUE}, 20 MiB)")
    long maxBytes;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_PIXELS,
            description = "largest image in pixels, read from its header (default: ${DEFAULT-VALUE})")
    long maxPixels;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "deadline of one request, waiting included; 504 past it (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--drain", paramLabel = "SECONDS", defaultValue = "20",
            description = "on SIGTERM, how long to wait for the requests in flight (default: ${DEFAULT-VALUE})")
    double drain;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "require the API key held in this environment variable (Authorization: Bearer KEY)")
    String apiKeyEnv;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "allow this origin (e.g. https://app.example.com, or *) to call the API from a browser")
    String cors;

    @Option(names = "--index", paramLabel = "DIR",
            description = "a face index (facescribe index) to search with POST /v1/search and the page's search box")
    java.nio.file.Path index;

    @Option(names = "--styles", paramLabel = "DIR",
            description = "style profiles (NAME.style, made by ./facescribe style learn) a request names with style=NAME")
    java.nio.file.Path styles;

    @Mixin
    CaptionOptions caption;

    /** Every NAME.style of --styles by NAME. */
    java.util.Map<String, io.facescribe.describe.style.StyleProfile> styles() {
        if (styles == null) {
            return java.util.Map.of();
        }
        if (!java.nio.file.Files.isDirectory(styles)) {
            throw new IllegalArgumentException("--styles " + styles + " is not a directory of NAME.style profiles");
        }
        java.util.Map<String, io.facescribe.describe.style.StyleProfile> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(styles)) {
            for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().endsWith(".style")).toList()) {
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - ".style".length()),
                        io.facescribe.describe.style.StyleProfile.read(f));
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--styles: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--styles " + styles + " holds no NAME.style profile");
        }
        return out;
    }

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ServerSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("error: " + ErrorText.usage(e));
            return 2;
        }
        io.facescribe.search.FaceIndex faces = null;
        if (index != null) {
            try {
                faces = io.facescribe.search.FaceIndex.openReadOnly(index);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
        try (io.facescribe.search.FaceIndex searched = faces) {
            return serve(settings, searched, err);
        }
    }

    private int serve(ServerSettings settings, io.facescribe.search.FaceIndex faces, PrintStream err) {
        FaceScribeServer server;
        try {
            server = FaceScribeServer.start(settings);
            if (faces != null) {
                server.search(faces);
                err.println("facescribe: searching " + faces.faceCount() + " faces in " + faces.folder());
            }
        } catch (RuntimeException e) {
            err.println("error: cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e)
                    + "; choose another --port");
            return 2;
        }
        String url = "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host())
                + ":" + server.port() + "/";
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), s -> stop.countDown());
        Signal.handle(new Signal("INT"), s -> stop.countDown());
        err.println("facescribe: listening on " + url + " (loading the face networks)");
        FaceScribeConfig config = ImageOptions.commandLineDefaults().withLimits(ImageLimits.DEFAULT
                .withMaxPixels(settings.maxPixels()).withMaxFileBytes(settings.maxBytes()))
                .withDescription(settings.describe());
        try (FaceScribe fs = FaceScribe.create(config)) {
            server.ready(fs);
            err.println("facescribe: ready on " + url + " (" + settings.concurrency() + " at once, "
                    + (settings.queue() < 0 ? "waiting admitted by deadline" : settings.queue() + " waiting at most")
                    + (settings.apiKey() == null ? "" : ", API key required") + ")");
            stop.await();
            err.println("facescribe: stopping (finishing what is in flight, " + settings.drain().toSeconds() + " s at most)");
            boolean drained = server.stop();
            err.println("facescribe: stopped" + (drained ? "" : " with requests still in flight"));
        } catch (ModelStoreException e) {
            server.stop();
            err.println("error: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return 0;
    }

    ServerSettings settings() {
        ServerSettings s = ServerSettings.defaults().withHost(host).withPort(port).withMaxBytes(maxBytes)
                .withMaxPixels(maxPixels).withTimeout(seconds(timeout, "--timeout")).withDrain(seconds(drain, "--drain"))
                .withCorsOrigin(cors).withDescribe(caption.describeOptions()).withStyles(styles());
        if (concurrency != null) {
            s = s.withConcurrency(concurrency).withQueue(2 * Math.max(1, concurrency));
        }
        if (queue != null) {
            s = s.withQueue(queue);
        }
        if (apiKeyEnv != null) {
            String key = System.getenv(apiKeyEnv);
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("--api-key-env " + apiKeyEnv + ": that environment variable is not set;"
                        + " export " + apiKeyEnv + "=<a long random key> first");
            }
            s = s.withApiKey(key.strip());
        }
        return s;
    }

    private static Duration seconds(double value, String option) {
        if (!(value > 0) || value > 86_400) {
            throw new IllegalArgumentException(option + " takes 0 to 86400 seconds, not " + value);
        }
        return Duration.ofMillis((long) (value * 1000));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
