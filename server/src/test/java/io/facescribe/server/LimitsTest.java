package io.facescribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.facescribe.FaceScribe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Servers started with tight limits, a key, CORS, or not yet ready, each against the same loaded networks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsTest {

    private FaceScribe faceScribe;

    @BeforeAll
    void load() {
        faceScribe = Fixtures.faceScribe();
    }

    @AfterAll
    void close() {
        if (faceScribe != null) {
            faceScribe.close();
        }
    }

    private FaceScribeServer serve(ServerSettings settings) {
        FaceScribeServer server = FaceScribeServer.start(settings.withPort(0));
        server.ready(faceScribe);
        return server;
    }

    @Test
    void bindsTheLoopbackAddressUnlessToldOtherwise() {
        assertThat(ServerSettings.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServerSettings.defaults().corsOrigin()).isNull();
        assertThat(ServerSettings.defaults().apiKey()).isNull();
        assertThat(ServerSettings.defaults().withApiKey("secret").toString()).doesNotContain("secret");
    }

    @Test
    void oneWorkerAndNoQueueRefusesTheRestAtOnceAndStaysHealthy() throws Exception {
        FaceScribeServer server = serve(ServerSettings.defaults().withConcurrency(1).withQueue(0));
        Client client = new Client(server.port());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Client.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return client.post("/v1/analyze", "image/png", Fixtures.astronaut());
                }));
            }
            go.countDown();
            int ok = 0;
            int refused = 0;
            for (Future<Client.Reply> f : replies) {
                Client.Reply r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 429, 503);
                if (r.status() == 200) {
                    ok++;
                } else {
                    refused++;
                    OpenApi.check(r.json(), "Error");
                    assertThat(r.json().get("code").asText()).isEqualTo("busy");
                    assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
                }
            }
            assertThat(ok).isPositive();
            assertThat(refused).isPositive();
            Client.Reply health = client.get("/v1/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(client.post("/v1/analyze", "image/png", Fixtures.astronaut()).status()).isEqualTo(200);
            assertThat(client.get("/metrics").body()).containsPattern("facescribe_http_refused_total\\{reason=\"busy\"} [1-9]")
                    .contains("facescribe_http_requests_total{route=\"/v1/analyze\",status=\"429\"}");
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    /** A burst of requests at once; the replies in order of sending. */
    private static List<Client.Reply> burst(Client client, String path, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Client.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return client.post(path, "image/png", Fixtures.astronaut());
                }));
            }
            go.countDown();
            List<Client.Reply> out = new ArrayList<>();
            for (Future<Client.Reply> f : replies) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBurstOf16DescribesAtDefaultsIsServedAndOverloadStillGets429() throws Exception {
        FaceScribeServer server = serve(ServerSettings.defaults());
        Client client = new Client(server.port());
        try {
            assertThat(client.post("/v1/describe", "image/png", Fixtures.astronaut()).status()).isEqualTo(200);
            long start = System.nanoTime();
            List<Client.Reply> replies = burst(client, "/v1/describe", 16);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
            System.out.printf("burst of 16 describes at defaults (%d workers, admission by deadline): 16 x 200 in %.2f s%n",
                    ServerSettings.defaults().concurrency(), seconds);
        } finally {
            server.stop();
        }
        // a deadline of four seconds cannot hold 48 describes on a few workers: the rest is refused with the wait
        FaceScribeServer tight = serve(ServerSettings.defaults().withTimeout(Duration.ofSeconds(4)));
        Client c = new Client(tight.port());
        try {
            assertThat(c.post("/v1/describe", "image/png", Fixtures.astronaut()).status()).isEqualTo(200);
            List<Client.Reply> replies = burst(c, "/v1/describe", 48);
            long ok = replies.stream().filter(r -> r.status() == 200).count();
            long refused = replies.stream().filter(r -> r.status() == 429).count();
            long late = replies.stream().filter(r -> r.status() == 504).count();
            for (Client.Reply r : replies) {
                assertThat(r.status()).as(r.body()).isIn(200, 429, 504);
                if (r.status() == 429) {
                    OpenApi.check(r.json(), "Error");
                    assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
                }
            }
            System.out.printf("burst of 48 describes with a 4 s deadline: %d x 200, %d x 429, %d x 504%n", ok, refused,
                    late);
            assertThat(ok + late).as("some are admitted").isPositive();
            assertThat(refused).as("most are refused at once").isGreaterThan(48 / 2);
        } finally {
            tight.stop();
        }
    }

    @Test
    void aRequestPastItsDeadlineGets504AndTheServerCarriesOn() {
        FaceScribeServer server = serve(ServerSettings.defaults().withTimeout(Duration.ofMillis(1)));
        Client client = new Client(server.port());
        try {
            Client.Reply r = client.post("/v1/describe", "image/png", Fixtures.astronaut());
            assertThat(r.status()).as(r.body()).isEqualTo(504);
            assertThat(r.json().get("code").asText()).isEqualTo("timeout");
            OpenApi.check(r.json(), "Error");
            assertThat(client.get("/v1/health").status()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void anApiKeyIsRequiredWhenOneIsSet() {
        FaceScribeServer server = serve(ServerSettings.defaults().withApiKey("correct horse battery staple"));
        Client client = new Client(server.port());
        try {
            Client.Reply none = client.post("/v1/analyze", "image/png", Fixtures.astronaut());
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(none.json().get("code").asText()).isEqualTo("unauthorized");
            Client.Reply wrong = client.send(HttpRequest.newBuilder(client.uri("/v1/analyze"))
                    .header("Content-Type", "image/png").header("Authorization", "Bearer correct horse battery")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.astronaut())));
            assertThat(wrong.status()).isEqualTo(401);
            Client.Reply bearer = client.send(HttpRequest.newBuilder(client.uri("/v1/analyze"))
                    .header("Content-Type", "image/png").header("Authorization", "Bearer correct horse battery staple")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.astronaut())));
            assertThat(bearer.status()).isEqualTo(200);
            Client.Reply header = client.send(HttpRequest.newBuilder(client.uri("/v1/ask?q=Is%20she%20smiling%3F"))
                    .header("Content-Type", "image/png").header("X-API-Key", "correct horse battery staple")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.astronaut())));
            assertThat(header.status()).isEqualTo(200);
            assertThat(client.get("/metrics").status()).isEqualTo(401);
            assertThat(client.get("/v1/health").status()).isEqualTo(200);
            assertThat(client.get("/").status()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void corsIsOffUnlessAnOriginIsGiven() {
        String origin = "https://app.example.test";
        FaceScribeServer closed = serve(ServerSettings.defaults());
        FaceScribeServer open = serve(ServerSettings.defaults().withCorsOrigin(origin));
        try {
            Client.Reply none = new Client(closed.port()).send(HttpRequest.newBuilder(new Client(closed.port()).uri("/v1/health"))
                    .header("Origin", origin).GET());
            assertThat(none.header("Access-Control-Allow-Origin")).isNull();

            Client client = new Client(open.port());
            Client.Reply allowed = client.send(HttpRequest.newBuilder(client.uri("/v1/health")).header("Origin", origin).GET());
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(origin);
            Client.Reply preflight = client.send(HttpRequest.newBuilder(client.uri("/v1/analyze")).header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
            Client.Reply other = client.send(HttpRequest.newBuilder(client.uri("/v1/health"))
                    .header("Origin", "https://evil.example.test").GET());
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        } finally {
            closed.stop();
            open.stop();
        }
    }

    @Test
    void saysStartingUntilTheNetworksAreLoadedAndDrainsOnStop() throws Exception {
        FaceScribeServer server = FaceScribeServer.start(ServerSettings.defaults().withPort(0).withDrain(Duration.ofSeconds(60)));
        Client client = new Client(server.port());
        Client.Reply health = client.get("/v1/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asText()).isEqualTo("starting");
        Client.Reply early = client.post("/v1/analyze", "image/png", Fixtures.astronaut());
        assertThat(early.status()).isEqualTo(503);
        assertThat(early.json().get("code").asText()).isEqualTo("starting");
        assertThat(early.header("Retry-After")).isNotNull();

        server.ready(faceScribe);
        assertThat(client.get("/v1/health").status()).isEqualTo(200);

        // a describe in flight when the stop comes is finished and answered
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Client.Reply> inFlight = pool.submit(() ->
                    client.post("/v1/describe?captions=5", "image/png", Fixtures.astronaut()));
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (client.get("/v1/health").json().get("inFlight").asInt() == 0 && System.nanoTime() < until) {
                Thread.sleep(2);
            }
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::stop);
            Client.Reply r = inFlight.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().at("/faces/0/captions")).hasSize(5);
            assertThat(stopped.get()).isTrue();
            assertThat(server.state()).isEqualTo(FaceScribeServer.State.STOPPED);
        } finally {
            pool.shutdownNow();
        }
    }
}
