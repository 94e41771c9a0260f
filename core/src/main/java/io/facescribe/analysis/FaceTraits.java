package io.facescribe.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;

/**
 * What the mesh and the pixels inside it say about the eyes and mouth.
 *
 * @param eyes     open, partly closed or closed; {@code eyeOpenness} is lid gap / eye width (mean of both)
 * @param mouth    closed, slightly open or open; {@code mouthOpenness} is lip gap / mouth width
 * @param teeth    visible or not visible
 */
public record FaceTraits(Label eyes, @JsonSerialize(using = Rounded.Four.class) double eyeOpenness, Label mouth,
                         @JsonSerialize(using = Rounded.Four.class) double mouthOpenness, Label teeth) {
}
