package io.facescribe.describe.realize;


import io.facescribe.describe.trait.TraitBag;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Captions from any OpenAI-compatible {@code /chat/completions} server. Requests are limited in number at once,
 * retried with doubling back-off on timeouts, 429 and 5xx, and cached by (traits, seed, model, prompt). Failures
 * are thrown as {@link RealizerException}; the describer then falls back to the built-in realizer. The
 * guard is applied by the describer, not here. Thread-safe.
 */
public final class LlmRealizer implements Realizer {

    private static final int CACHE_SIZE = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final String apiKey;
    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private long requests;
    /** Few-shot context from a style profile, or null. */
    private final String style;

    public LlmRealizer(LlmSettings settings) {
        this(settings, null);
    }

    /**
     * With a person's style: their examples and keywords ({@code StyleProfile.fewShot()}) follow the prompt as
     * few-shot context; null for none.
     */
    public LlmRealizer(LlmSettings settings, String fewShot) {
        this.settings = settings;
        this.style = fewShot;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.inFlight = new Semaphore(Math.max(1, settings.concurrency()));
        this.apiKey = settings.apiKeyEnv() == null ? null : System.getenv(settings.apiKeyEnv());
    }

    /** With a style, an LLM follows it through its prompt (the user's examples and words). */
    @Override
    public boolean followsStyleItself() {
        return style != null;
    }

    @Override
    public String name() {
        return "llm:" + settings.model();
    }

    /** Requests sent to the server so far (cache hits not counted). */
    public synchronized long requests() {
        return requests;
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        String user = settings.prompt().user(bag) + (style == null ? "" : "\n\n" + style);
        String key = settings.model() + '\u0000' + settings.prompt().name() + '\u0000' + seed + '\u0000' + user;
        synchronized (cache) {
            String hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        String text = request(user, seed);
        synchronized (cache) {
            cache.put(key, text);
        }
        return text;
    }

    private String request(String user, long seed) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        if (settings.prompt().system() != null) {
            messages.addObject().put("role", "system").put("content", settings.prompt().system());
        }
        messages.addObject().put("role", "user").put("content", user);
        body.put("temperature", settings.temperature());
        body.put("max_tokens", settings.maxTokens());
        body.put("seed", seed);
        body.put("stream", false);
        String base = settings.baseUrl().toString();
        URI uri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/chat/completions");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        String failure = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                sleep(settings.backoff().toMillis() << (attempt - 1));
            }
            try {
                inFlight.acquire();
                HttpResponse<String> response;
                try {
                    synchronized (this) {
                        requests++;
                    }
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } finally {
                    inFlight.release();
                }
                int status = response.statusCode();
                if (status == 200) {
                    return parse(response.body());
                }
                failure = "HTTP " + status + " from " + uri;
                if (status != 429 && status < 500) {
                    break; // a request the server refuses will not get better by asking again
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer from " + uri + " within " + settings.timeout().toMillis() + " ms";
            } catch (IOException e) {
                failure = "cannot reach " + uri + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RealizerException("interrupted", e);
            }
        }
        throw new RealizerException(failure + " (after " + (settings.retries() + 1) + " tries)");
    }

    static String parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new RealizerException("the server's answer is not JSON: " + e.getMessage());
        }
        JsonNode content = root.path("choices").path(0).path("message").path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new RealizerException("the server's answer has no choices[0].message.content");
        }
        return clean(content.asText());
    }

    /** The caption alone: trimmed, first paragraph, without wrapping quotes or a "Caption:" label. */
    static String clean(String text) {
        String t = text.strip();
        int para = t.indexOf("\n\n");
        if (para > 0) {
            t = t.substring(0, para).strip();
        }
        t = t.replaceFirst("(?i)^(caption|description)\\s*:\\s*", "");
        if (t.length() > 1 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("\u201c") && t.endsWith("\u201d"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.replace('\n', ' ');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RealizerException("interrupted", e);
        }
    }
}
