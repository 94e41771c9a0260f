package io.facescribe.describe.realize;

import io.facescribe.describe.Caption;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.FaceDescription;

import io.facescribe.describe.RandomFaces;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.facescribe.analysis.FaceAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM path against a real HTTP server implementing {@code /v1/chat/completions}: good answers are used,
 * invented traits and failures (500, timeouts) are retried and then replaced by the built-in caption, and the
 * record says who wrote each caption.
 */
class LlmRealizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Function<JsonNode, Object> behaviour;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        calls.incrementAndGet();
        JsonNode request = JSON.readTree(ex.getRequestBody());
        Object answer = behaviour.apply(request);
        if (answer instanceof Integer status) {
            byte[] b = "{\"error\":\"boom\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        } else if (answer == null) {
            try {
                Thread.sleep(3_000); // longer than the client's timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
        } else {
            String body = JSON.createObjectNode().set("choices", JSON.createArrayNode().add(JSON.createObjectNode()
                    .set("message", JSON.createObjectNode().put("role", "assistant").put("content", (String) answer))))
                    .toString();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
        }
        ex.close();
    }

    private LlmSettings settings() {
        return LlmSettings.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-model")
                .withTimeout(Duration.ofSeconds(20)).withRetries(1, Duration.ofMillis(10));
    }

    private static FaceAnalysis face() {
        Random r = new Random(5);
        FaceAnalysis f;
        do {
            f = RandomFaces.face(r);
        } while (!f.gender().label().equals("female") || f.gender().confidence() < 0.7);
        return f;
    }

    @Test
    void goodAnswersAreUsedAndCached() {
        FaceAnalysis face = face();
        TraitComposer composer = new TraitComposer();
        BuiltinRealizer builtin = new BuiltinRealizer();
        behaviour = req -> {
            // answer with a correct caption: the server is given the bag; we reply with the built-in text for it
            long seed = req.get("seed").asLong();
            return builtin.realize(composer.sample(composer.compose(face), seed), seed);
        };
        LlmRealizer llm = new LlmRealizer(settings());
        Describer d = new Describer(DescribeOptions.defaults().withCaptions(3).withSeed(1), composer, llm,
                CaptionGuard.standard(), 2);
        FaceDescription out = d.describe(face);
        assertThat(out.captions()).allSatisfy(c -> {
            assertThat(c.realizer()).isEqualTo("llm:test-model");
            assertThat(c.fallback()).isNull();
            assertThat(c.guard().ok()).isTrue();
        });
        int afterFirst = calls.get();
        assertThat(afterFirst).isEqualTo(3);
        d.describe(face);
        assertThat(calls.get()).as("second run served from the cache").isEqualTo(afterFirst);
    }

    @Test
    void inventedTraitIsRetriedThenReplacedByTheBuiltinCaption() {
        behaviour = req -> "A woman with freckles and long red hair, wearing a blue jacket.";
        LlmRealizer llm = new LlmRealizer(settings());
        Describer d = new Describer(DescribeOptions.defaults().withCaptions(2), new TraitComposer(), llm,
                CaptionGuard.standard(), 2);
        FaceDescription out = d.describe(face());
        assertThat(calls.get()).as("two guard attempts per caption").isEqualTo(4);
        assertThat(out.captions()).allSatisfy(c -> {
            assertThat(c.realizer()).isEqualTo("builtin");
            assertThat(c.fallback()).startsWith("llm:test-model: guard rejected").contains("unmeasured:freckles");
            assertThat(c.guard().ok()).isTrue();
        });
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenFallBack() {
        behaviour = req -> 500;
        LlmRealizer llm = new LlmRealizer(settings());
        Describer d = new Describer(DescribeOptions.defaults(), new TraitComposer(), llm, CaptionGuard.standard(), 1);
        Caption c = d.describe(face()).captions().get(0);
        assertThat(calls.get()).as("one try and one retry").isEqualTo(2);
        assertThat(c.realizer()).isEqualTo("builtin");
        assertThat(c.fallback()).contains("HTTP 500").contains("after 2 tries");
    }

    @Test
    void aFlakyServerSucceedsOnRetry() {
        FaceAnalysis face = face();
        TraitComposer composer = new TraitComposer();
        AtomicInteger n = new AtomicInteger();
        behaviour = req -> {
            if (n.getAndIncrement() == 0) {
                return 503;
            }
            long seed = req.get("seed").asLong();
            return new BuiltinRealizer().realize(composer.sample(composer.compose(face), seed), seed);
        };
        Describer d = new Describer(DescribeOptions.defaults(), composer, new LlmRealizer(settings()),
                CaptionGuard.standard(), 1);
        Caption c = d.describe(face).captions().get(0);
        assertThat(c.realizer()).isEqualTo("llm:test-model");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void timeoutsFallBack() {
        behaviour = req -> null;
        Describer d = new Describer(DescribeOptions.defaults(), new TraitComposer(),
                new LlmRealizer(settings().withTimeout(Duration.ofMillis(800)).withRetries(0, Duration.ofMillis(1))),
                CaptionGuard.standard(), 1);
        Caption c = d.describe(face()).captions().get(0);
        assertThat(c.realizer()).isEqualTo("builtin");
        assertThat(c.fallback()).contains("no answer").contains("800 ms");
    }

    @Test
    void promptsCarryTheBagAndTheText2faceCitation() {
        TraitComposer composer = new TraitComposer();
        TraitBag bag = composer.sample(composer.compose(face()), 3);
        String user = PromptPreset.DEFAULT.user(bag);
        bag.all().stream().filter(t -> t.slot() != Slot.NOTE).forEach(t -> assertThat(user).contains(t.phrase()));
        assertThat(PromptPreset.TEXT2FACE.citation()).contains("Tarasiou").contains("2.2");
        assertThat(LlmRealizer.clean("Caption: \"A smiling woman.\"\n\nI hope this helps!"))
                .isEqualTo("A smiling woman.");
    }

    @Test
    void aStyleGoesIntoThePromptAsFewShotContext() {
        StyleProfile style = StyleLearner.standard().learn(List.of(
                "Portrait of a grinning lady, wavy dark hair, lipstick on.",
                "Portrait of a serious gentleman in spectacles.",
                "Portrait of a grinning gentleman, clean-shaven."), Map.of("source", "test"));
        java.util.List<String> prompts = new java.util.concurrent.CopyOnWriteArrayList<>();
        FaceAnalysis face = face();
        TraitComposer composer = new TraitComposer();
        BuiltinRealizer builtin = new BuiltinRealizer();
        behaviour = req -> {
            prompts.add(req.at("/messages").get(req.at("/messages").size() - 1).get("content").asText());
            long seed = req.get("seed").asLong();
            return builtin.realize(composer.sample(composer.compose(face), seed), seed);
        };
        Describer d = new Describer(DescribeOptions.defaults().withStyle(style), composer,
                new LlmRealizer(settings(), style.fewShot()), CaptionGuard.standard(), 2);
        assertThat(d.describe(face).captions()).allSatisfy(c -> assertThat(c.fallback()).isNull());
        assertThat(prompts).isNotEmpty().allSatisfy(p -> assertThat(p)
                .contains("Portrait of a serious gentleman in spectacles.").contains("portrait")
                .contains("only the traits listed above"));
    }
}
