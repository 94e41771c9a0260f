package io.facescribe.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AttributeClassifierTest {

    @Test
    void shippedHeadsCoverAll40AttributesWithThresholdsAndProvenance() {
        AttributeClassifier c = AttributeClassifier.shipped();
        assertThat(c.names()).hasSize(40).startsWith("5_o_Clock_Shadow").endsWith("Young");
        for (String name : c.names()) {
            // the decision threshold lies between the base rate and 0.5 (see Calibration.decisionThreshold)
            assertThat(c.threshold(name)).as(name).isBetween(0.0, 1.0);
            double base = c.head(name).validation().get("positives") / c.head(name).validation().get("count");
            assertThat(c.threshold(name)).as(name).isBetween(Math.min(base, 0.5) - 0.05, Math.max(base, 0.5) + 0.05);
            assertThat(c.captionThreshold(name)).as(name).isBetween(0.5, 1.0).isGreaterThanOrEqualTo(c.threshold(name));
            assertThat(c.head(name).plattA()).as(name).isPositive();
        }
        assertThat(c.provenance()).containsKeys("dataFingerprint", "featureVersion", "models", "modelHashes",
                "hyperParameters", "validation", "libraries", "command");
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) c.provenance().get("validation");
        // the targets set for the attribute heads, at the shipped decision rule (cross-fitted on the validation split)
        assertThat(((Number) v.get("meanAccuracy")).doubleValue()).isGreaterThanOrEqualTo(0.88);
        assertThat(((Number) v.get("meanBalancedAccuracy")).doubleValue()).isGreaterThanOrEqualTo(0.78);
        assertThat(c.file().featureVersion()).isEqualTo(AttributeFeatures.VERSION);
    }

    @Test
    void probabilitiesComeInCelebaOrder() {
        AttributeClassifier c = AttributeClassifier.shipped();
        Map<String, Double> p = c.probabilities(new float[AttributeFeatures.SIZE]);
        assertThat(p.keySet()).containsExactlyElementsOf(AttributeNames.ALL);
        assertThat(p.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(c.present(p)).allSatisfy(n -> assertThat(c.decide(n, p.get(n))).isTrue());
    }

    @Test
    void rejectsWrongSizedFeaturesAndUnknownNames() {
        AttributeClassifier c = AttributeClassifier.shipped();
        assertThatThrownBy(() -> c.probabilities(new float[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.threshold("Purple_Hair")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsRoundTripThroughBase64() {
        double[] w = {0, 1.5, -2.25, 1e-7, 3.4e38};
        float[] back = AttributeClassifier.decode(AttributeClassifier.encode(w));
        assertThat(back).containsExactly(0f, 1.5f, -2.25f, 1e-7f, 3.4e38f);
    }

    @Test
    void featureBlocksTileTheVector() {
        int offset = 0;
        for (AttributeFeatures.Block b : AttributeFeatures.BLOCKS) {
            assertThat(b.offset()).isEqualTo(offset);
            offset += b.length();
        }
        assertThat(offset).isEqualTo(AttributeFeatures.SIZE);
    }
}
