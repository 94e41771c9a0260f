package io.facescribe.describe;

import io.facescribe.describe.guard.GuardReport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One caption of a face.
 *
 * @param text     the caption
 * @param realizer who wrote it: {@code builtin}, {@code tags} (the tag writer) or {@code llm:<model>}
 * @param seed     the seed it was drawn with (the bag's sampling and the realizer's choices)
 * @param guard    what the guard found missing or invented (empty lists for a built-in caption), the
 *                 traits dropped to fit a token budget, and the policy the text was accepted under
 * @param fallback why the configured realizer's output was not used, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Caption(String text, String realizer, long seed, GuardReport guard, String fallback) {
}
