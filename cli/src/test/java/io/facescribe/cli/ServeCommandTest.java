package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facescribe serve} as its own process, the way an operator runs it: it says where it listens, serves a
 * photo, and on SIGTERM finishes the request in flight, closes FaceScribe and exits 0.
 */
class ServeCommandTest {

    private static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servesThenStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("serve.log"); // a file, not a pipe: destroy() closes the pipes before the last lines
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "io.facescribe.cli.Main", "serve", "--port", "0", "--concurrency", "1", "--queue", "4")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        try {
            String base = null;
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (base == null && System.nanoTime() < end && p.isAlive()) {
                Thread.sleep(200);
                Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("serve never said it was ready:\n" + Files.readString(log)).isNotNull();

            HttpClient http = HttpClient.newHttpClient();
            byte[] photo;
            try (InputStream in = getClass().getResourceAsStream("/images/grace_hopper_512x512.jpg")) {
                photo = in.readAllBytes();
            }
            HttpRequest describe = HttpRequest.newBuilder(URI.create(base + "v1/describe?captions=3"))
                    .header("Content-Type", "image/jpeg").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build();
            HttpResponse<String> first = http.send(describe, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(first.body()).contains("\"captions\"");

            // a request in flight when SIGTERM comes is answered, then the process exits 0
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(describe, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(150);
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("still running after SIGTERM").isTrue();
            HttpResponse<String> last = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(last.statusCode()).as(last.body()).isIn(200, 503);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("facescribe: stopping", "facescribe: stopped\n");
        } finally {
            p.destroyForcibly();
        }
    }
}
