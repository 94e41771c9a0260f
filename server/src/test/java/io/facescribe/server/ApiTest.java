package io.facescribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.FaceScribe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The API against a real server on a free port, with real photos and the bad inputs a public service meets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private FaceScribe faceScribe;
    private FaceScribeServer server;
    private Client client;

    @BeforeAll
    void start() {
        faceScribe = Fixtures.faceScribe();
        server = FaceScribeServer.start(ServerSettings.defaults().withPort(0).withConcurrency(2).withQueue(32)
                .withMaxBytes(MAX_BYTES).withTimeout(Duration.ofSeconds(120))
                .withStyles(java.util.Map.of("tags", io.facescribe.describe.style.StyleLearner.standard().learn(
                        java.util.List.of("woman, long hair, smiling, lipstick", "man, short hair, eyeglasses",
                                "woman, brown hair, smiling", "man, grey hair, beard, smiling",
                                "woman, blond hair, bangs"), java.util.Map.of()))));
        server.ready(faceScribe);
        client = new Client(server.port());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (faceScribe != null) {
            faceScribe.close();
        }
    }

    @Test
    void analyzesTheAstronautSentRawOrAsMultipart() {
        Client.Reply raw = client.post("/v1/analyze", "image/png", Fixtures.astronaut());
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith("application/json");
        assertThat(raw.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode a = raw.json();
        OpenApi.check(a, "ImageAnalysis");
        assertThat(a.get("width").asInt()).isEqualTo(512);
        assertThat(a.get("faces")).hasSize(1);
        JsonNode face = a.get("faces").get(0);
        assertThat(face.at("/gender/label").asText()).isEqualTo("female");
        assertThat(face.at("/emotion/dominant").asText()).isEqualTo("happy");

        Client.Reply multipart = client.postMultipart("/v1/analyze", "image", "astronaut.png", "image/png",
                Fixtures.astronaut());
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(200);
        JsonNode m = multipart.json();
        OpenApi.check(m, "ImageAnalysis");
        assertThat(m.get("image").asText()).isEqualTo("astronaut.png");
        assertThat(m.get("faces")).isEqualTo(a.get("faces"));

        Client.Reply hopper = client.post("/v1/analyze?faces=largest", "application/octet-stream", Fixtures.graceHopper());
        assertThat(hopper.status()).as(hopper.body()).isEqualTo(200);
        assertThat(hopper.json().get("format").asText()).isEqualTo("jpeg");
        assertThat(hopper.json().get("faces")).hasSize(1);
    }

    @Test
    void describesWithTheCaptionOptionsOfTheCommandLine() {
        Client.Reply r = client.post("/v1/describe?captions=2&seed=5&no-sensitive=true", "image/png", Fixtures.astronaut());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        OpenApi.check(d, "ImageDescription");
        JsonNode captions = d.at("/faces/0/captions");
        assertThat(captions).hasSize(2);
        assertThat(captions.get(0).get("seed").asLong()).isEqualTo(5);
        for (JsonNode c : captions) {
            assertThat(c.get("realizer").asText()).isEqualTo("builtin");
            assertThat(c.at("/guard/missing")).isEmpty();
            assertThat(c.at("/guard/invented")).isEmpty();
            assertThat(c.get("text").asText().toLowerCase()).doesNotContain("white", "attractive");
        }
        // the same seed gives the same captions; another seed others
        JsonNode again = client.post("/v1/describe?captions=2&seed=5&no-sensitive", "image/png", Fixtures.astronaut()).json();
        assertThat(again.at("/faces/0/captions")).isEqualTo(captions);
        JsonNode learned = client.post("/v1/describe?realizer=learned", "image/png", Fixtures.astronaut()).json();
        OpenApi.check(learned, "ImageDescription");
        assertThat(learned.at("/faces/0/captions/0/text").asText()).isNotBlank();
        assertThat(learned.at("/faces/0/captions/0/guard/invented")).isEmpty();
        JsonNode other = client.post("/v1/describe?captions=2&seed=7", "image/png", Fixtures.astronaut()).json();
        assertThat(other.at("/faces/0/captions/0/text")).isNotEqualTo(captions.get(0).get("text"));
        // how a caption opens: people's lead (gender and an age word first) or text2face's exact ages
        for (JsonNode c : captions) {
            assertThat(c.at("/guard/policy").asText()).isEqualTo("strict");
            assertThat(c.get("text").asText())
                    .containsPattern("(?i)^(\\w+ ){0,4}(young|adult|middle-aged|older|elderly) (woman|lady|girl|female)");
        }
        JsonNode text2face = client.post("/v1/describe?captions=3&seed=5&lead=text2face", "image/png",
                Fixtures.astronaut()).json();
        OpenApi.check(text2face, "ImageDescription");
        assertThat(text2face.at("/faces/0/captions").findValuesAsText("text")).anySatisfy(t -> assertThat(t).containsPattern("\\d"));
        Client.Reply badLead = client.post("/v1/describe?lead=sideways", "image/png", Fixtures.astronaut());
        assertThat(badLead.status()).isEqualTo(400);
        assertThat(badLead.body()).contains("lead is people or text2face");
    }

    @Test
    void writesInAStyleItHoldsOrOneLearnedFromPastedCaptions() {
        JsonNode named = client.post("/v1/describe?captions=2&style=tags", "image/png", Fixtures.astronaut()).json();
        OpenApi.check(named, "ImageDescription");
        assertThat(named.at("/faces/0/captions").findValuesAsText("text")).hasSize(2).allSatisfy(t -> assertThat(t)
                .doesNotContain(".").contains(", ").isEqualTo(t.toLowerCase(java.util.Locale.ROOT)));
        String mine = "young woman. long brown hair. smiling\nolder man. short grey hair. glasses\n"
                + "woman. black hair, bangs. calm\nbald man. glasses. smiling\ngirl. long blond hair. smiling";
        JsonNode pasted = client.post("/v1/describe?captions=2&style-captions=" + enc(mine), "image/png",
                Fixtures.astronaut()).json();
        assertThat(pasted.at("/faces/0/captions")).hasSize(2).allSatisfy(c -> {
            String t = c.get("text").asText();
            assertThat(t).contains(". ").isEqualTo(t.toLowerCase(java.util.Locale.ROOT));
            assertThat(t.split("\\s+").length).isLessThanOrEqualTo(9);
            assertThat(c.at("/guard/invented")).isEmpty();
        });
        Client.Reply unknown = client.post("/v1/describe?style=nope", "image/png", Fixtures.astronaut());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("no style 'nope'").contains("[tags]");
    }

    @Test
    void answersQuestionsInAnyLanguageItCanRead() {
        Client.Reply r = client.post("/v1/ask?q=" + enc("How old is she?"), "image/png", Fixtures.astronaut());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode answer = r.json();
        OpenApi.check(answer, "ImageAnswer");
        assertThat(answer.at("/answer/topic").asText()).isEqualTo("age");
        assertThat(answer.at("/answer/supported").asBoolean()).isTrue();
        assertThat(answer.at("/answer/text").asText()).contains("years old");

        // a question in other scripts arrives intact and gets an honest answer, not an error
        String question = "Wie alt ist sie? 她多大了？ Ça va, Zoë?";
        Client.Reply other = client.post("/v1/ask?q=" + enc(question), "image/png", Fixtures.astronaut());
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        OpenApi.check(other.json(), "ImageAnswer");
        assertThat(other.json().at("/answer/question").asText()).isEqualTo(question);
    }

    @Test
    void refusesEveryBadInputWithItsOwnStatusAndKeepsAnswering() {
        byte[] astronaut = Fixtures.astronaut();
        byte[] text = "hello, this is not a photo".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(astronaut, astronaut.length / 3);
        byte[] oversized = new byte[(int) MAX_BYTES + 100_000];
        System.arraycopy(astronaut, 0, oversized, 0, astronaut.length);
        String brokenMultipart = "--B\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\nabc";

        record Bad(String what, Client.Reply reply, int status, String code) {
        }
        List<Bad> cases = new ArrayList<>();
        cases.add(new Bad("empty body", client.post("/v1/analyze", "image/png", new byte[0]), 400, "empty_body"));
        cases.add(new Bad("text as image/png", client.post("/v1/analyze", "image/png", text), 415, "unsupported_format"));
        cases.add(new Bad("text/plain", client.post("/v1/describe", "text/plain", text), 415, "unsupported_media_type"));
        cases.add(new Bad("no content type", client.send(HttpRequest.newBuilder(client.uri("/v1/analyze"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(astronaut))), 415, "unsupported_media_type"));
        cases.add(new Bad("JSON body", client.post("/v1/analyze", "application/json", "{\"url\":\"file:///etc/passwd\"}"
                .getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type"));
        cases.add(new Bad("truncated PNG", client.post("/v1/analyze", "image/png", truncated), 422, "corrupt"));
        cases.add(new Bad("50,000 x 50,000 PNG header", client.post("/v1/analyze", "image/png",
                Fixtures.pngHeader(50_000, 50_000)), 413, "too_large"));
        cases.add(new Bad("body over the limit", client.post("/v1/analyze", "image/png", oversized), 413, "payload_too_large"));
        cases.add(new Bad("chunked body over the limit", client.postChunked("/v1/analyze", "image/png", oversized), 413,
                "payload_too_large"));
        cases.add(new Bad("broken multipart", client.post("/v1/analyze", "multipart/form-data; boundary=B",
                brokenMultipart.getBytes(StandardCharsets.UTF_8)), 400, "bad_multipart"));
        cases.add(new Bad("multipart without the image field", client.postMultipart("/v1/analyze", "photo", "a.png",
                "image/png", astronaut), 400, "bad_multipart"));
        cases.add(new Bad("multipart image over the limit", client.postMultipart("/v1/analyze", "image", "a.png",
                "image/png", oversized), 413, "payload_too_large"));
        cases.add(new Bad("10,000-character question", client.post("/v1/ask?q=" + "a".repeat(10_000), "image/png",
                astronaut), 400, "bad_option"));
        cases.add(new Bad("question that is not UTF-8", client.post("/v1/ask?q=%C3%28%FF", "image/png", astronaut), 400,
                "bad_option"));
        cases.add(new Bad("question with control characters", client.post("/v1/ask?q=" + enc("how\u0000old"), "image/png",
                astronaut), 400, "bad_option"));
        cases.add(new Bad("no question", client.post("/v1/ask", "image/png", astronaut), 400, "bad_option"));
        cases.add(new Bad("unknown option", client.post("/v1/analyze?path=/etc/passwd", "image/png", astronaut), 400,
                "bad_option"));
        cases.add(new Bad("bad faces", client.post("/v1/analyze?faces=some", "image/png", astronaut), 400, "bad_option"));
        cases.add(new Bad("too many captions", client.post("/v1/describe?captions=1000", "image/png", astronaut), 400,
                "bad_option"));
        cases.add(new Bad("llm without one", client.post("/v1/describe?realizer=llm", "image/png", astronaut), 400,
                "bad_option"));
        cases.add(new Bad("GET on an image endpoint", client.get("/v1/analyze"), 405, "method_not_allowed"));
        cases.add(new Bad("no such endpoint", client.get("/v1/nothing"), 404, "not_found"));

        for (Bad bad : cases) {
            assertThat(bad.reply().status()).as(bad.what() + ": " + bad.reply().body()).isEqualTo(bad.status());
            JsonNode body = bad.reply().json();
            OpenApi.check(body, "Error");
            assertThat(body.get("code").asText()).as(bad.what()).isEqualTo(bad.code());
            assertThat(body.get("message").asText()).as(bad.what()).isNotBlank();
            assertThat(body.get("status").asInt()).isEqualTo(bad.status());
            assertThat(bad.reply().header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(cases.get(6).reply().json().get("message").asText()).contains("50000x50000", "--max-pixels")
                .doesNotContain("ImageLimits");
        // what Jetty refuses before the application sees it is JSON too
        Client.Reply hugeUrl = client.post("/v1/ask?q=" + "a".repeat(100_000), "image/png", astronaut);
        assertThat(hugeUrl.status()).isIn(414, 431);
        OpenApi.check(hugeUrl.json(), "Error");
        // still serving
        assertThat(client.get("/v1/health").status()).isEqualTo(200);
        Client.Reply after = client.post("/v1/analyze", "image/png", astronaut);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("faces")).hasSize(1);
    }

    @Test
    void sixteenDescribesAtOnceAllSucceedAlike() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Client.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> client.post("/v1/describe?seed=11", "image/png", Fixtures.astronaut())));
            }
            Set<String> captions = new HashSet<>();
            for (Future<Client.Reply> f : replies) {
                Client.Reply r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                captions.add(r.json().at("/faces/0/captions/0/text").asText());
            }
            assertThat(captions).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.get("/v1/health").json().get("inFlight").asInt()).isZero();
    }

    @Test
    void healthMetricsAndTheOpenApiDescription() throws Exception {
        client.post("/v1/analyze", "image/png", Fixtures.astronaut());
        Client.Reply health = client.get("/v1/health");
        assertThat(health.status()).isEqualTo(200);
        OpenApi.check(health.json(), "Health");
        assertThat(health.json().get("status").asText()).isEqualTo("ready");

        Client.Reply metrics = client.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("facescribe_http_requests_total{route=\"/v1/analyze\",status=\"200\"}")
                .contains("facescribe_http_request_duration_seconds_bucket{route=\"/v1/analyze\",le=\"0.5\"}")
                .contains("facescribe_http_in_flight ")
                .contains("facescribe_work_queued ")
                .contains("facescribe_work_running ")
                .contains("facescribe_http_refused_total{reason=\"busy\"}");

        Client.Reply spec = client.get("/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        JsonNode doc = spec.json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> paths = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/v1/analyze", "/v1/describe", "/v1/ask", "/v1/search",
                "/v1/search/image", "/v1/health", "/metrics", "/openapi.json");
        // every $ref points at a schema that exists
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        // the query parameters the server takes are the ones the description lists
        Set<String> described = new HashSet<>();
        for (JsonNode p : doc.at("/paths/~1v1~1describe/post/parameters")) {
            described.add(p.get("name").asText());
        }
        Set<String> taken = new HashSet<>(RequestOptions.ANALYSIS);
        taken.addAll(RequestOptions.DESCRIBE);
        assertThat(described).isEqualTo(taken);
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() {
        Client.Reply page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "default-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // no inline script or style, no asset from elsewhere
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain(" style=", "<style", "http://", "https://", " on" + "click=");
        assertThat(client.get("/app.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(client.get("/app.css").status()).isEqualTo(200);
        assertThat(client.get("/app.js").body().replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("innerHTML", "http://", "https://", "eval(");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("$ref")) {
                    refs.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
