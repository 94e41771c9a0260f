package io.facescribe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each network on TensorFlow Java gives the outputs the same network gives in TensorFlow.js (4.22, cpu
 * backend) on a fixed input; the references are made by tools/tfjs/reference.mjs.
 */
class TfjsReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"blazeface", "facemesh", "emotion", "faceres", "gear", "age", "selfie",
            "mobilefacenet", "mobileface"})
    void matchesTensorFlowJs(String model) throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/tfjs-reference/" + model + ".json")) {
            ref = new ObjectMapper().readTree(in);
        }
        JsonNode input = ref.get("input");
        long[] shape = new long[input.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = input.get("shape").get(i).asLong();
        }
        double lo = input.get("lo").asDouble();
        double hi = input.get("hi").asDouble();
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] values = new float[n];
        for (long i = 0; i < n; i++) {
            values[(int) i] = (float) (lo + (hi - lo) * (((i * 7919 + 13) % 256) / 255.0));
        }
        try (Network net = new NetworkLoader(TestModels.store()).load(model)) {
            Iterator<Map.Entry<String, JsonNode>> outputs = ref.get("outputs").fields();
            while (outputs.hasNext()) {
                Map.Entry<String, JsonNode> o = outputs.next();
                Tensor4 actual = net.runOne(Tensor4.of(values, shape), o.getKey());
                JsonNode expected = o.getValue();
                double scale = 0;
                for (float v : actual.values()) {
                    scale = Math.max(scale, Math.abs(v));
                }
                double tolerance = 2e-4 * Math.max(1, scale);
                assertThat(actual.size()).as(model + " " + o.getKey() + " size").isEqualTo(count(expected.get("shape")));
                JsonNode first = expected.get("first");
                for (int i = 0; i < first.size(); i++) {
                    assertThat((double) actual.get(i)).as(model + " " + o.getKey() + "[" + i + "]")
                            .isCloseTo(first.get(i).asDouble(), org.assertj.core.data.Offset.offset(tolerance));
                }
                int step = expected.get("strideStep").asInt();
                JsonNode stride = expected.get("stride");
                for (int i = 0; i < stride.size(); i++) {
                    assertThat((double) actual.get(i * step)).as(model + " " + o.getKey() + "[" + i * step + "]")
                            .isCloseTo(stride.get(i).asDouble(), org.assertj.core.data.Offset.offset(tolerance));
                }
                double sum = 0;
                for (float v : actual.values()) {
                    sum += v;
                }
                assertThat(sum).as(model + " " + o.getKey() + " sum")
                        .isCloseTo(expected.get("sum").asDouble(),
                                org.assertj.core.data.Offset.offset(tolerance * Math.sqrt(actual.size()) + 1e-6));
            }
        }
    }

    private static int count(JsonNode shape) {
        int n = 1;
        for (JsonNode d : shape) {
            n *= d.asInt();
        }
        return n;
    }
}
