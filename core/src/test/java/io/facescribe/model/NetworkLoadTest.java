package io.facescribe.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.model.runtime.Tensor4;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkLoadTest {

    @ParameterizedTest
    @ValueSource(strings = {"blazeface", "facemesh", "emotion", "faceres", "gear", "age", "selfie",
            "mobilefacenet", "mobileface"})
    void everyFaceModelLoadsAndRuns(String model) {
        try (Network net = new NetworkLoader(TestModels.store()).load(model)) {
            long[] shape = net.inputShape();
            int n = 1;
            for (long d : shape) {
                n *= (int) d;
            }
            float[] in = new float[n];
            for (int i = 0; i < n; i++) {
                in[i] = ((i * 7919 + 13) % 256) / 255f;
            }
            Map<String, Tensor4> out = net.run(Tensor4.of(in, shape));
            System.out.println(model + " " + java.util.Arrays.toString(shape) + " -> " + out.keySet() + " "
                    + out.values());
            assertThat(out).isNotEmpty();
            out.values().forEach(t -> {
                for (float v : t.values()) {
                    assertThat(Float.isFinite(v)).isTrue();
                }
            });
        }
    }
}
