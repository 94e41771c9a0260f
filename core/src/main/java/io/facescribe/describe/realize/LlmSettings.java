package io.facescribe.describe.realize;

import io.soabase.recordbuilder.core.RecordBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach an OpenAI-compatible chat-completions server (Ollama, llama.cpp server, vLLM, hosted APIs).
 *
 * @param baseUrl       e.g. {@code http://localhost:11434/v1}; {@code /chat/completions} is appended
 * @param model         model name as the server knows it
 * @param apiKeyEnv     name of the environment variable that holds the key (none sent when unset)
 * @param temperature   sampling temperature
 * @param maxTokens     token limit of an answer
 * @param timeout       per request
 * @param concurrency   requests in flight at once, at most
 * @param retries       further tries after a failed request (timeouts, 429, 5xx), with doubling back-off
 * @param backoff       wait before the first retry
 * @param prompt        which prompt
 * @param guardAttempts outputs asked for per caption before falling back to the built-in realizer
 */
@RecordBuilder
public record LlmSettings(URI baseUrl, String model, String apiKeyEnv, double temperature, int maxTokens,
                          Duration timeout, int concurrency, int retries, Duration backoff, PromptPreset prompt,
                          int guardAttempts)
        implements LlmSettingsBuilder.With, java.io.Serializable {

    public static LlmSettings of(String baseUrl, String model) {
        return new LlmSettings(URI.create(baseUrl), model, "FACESCRIBE_LLM_KEY", 0.7, 120, Duration.ofSeconds(60), 4,
                2, Duration.ofMillis(500), PromptPreset.DEFAULT, 2);
    }

    public LlmSettings withRetries(int value, Duration firstBackoff) {
        return new LlmSettings(baseUrl, model, apiKeyEnv, temperature, maxTokens, timeout, concurrency, value,
                firstBackoff, prompt, guardAttempts);
    }
}
