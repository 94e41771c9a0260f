package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/** A categorical answer and the confidence (0..1) that it is right. */
public record Label(String label, @JsonSerialize(using = Rounded.Four.class) double confidence) {
}
