package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.face.FaceMesher;
import io.facescribe.image.ImageDecoder;
import io.facescribe.model.ModelStore;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;

/** The shipped heads on real CelebA validation faces (skipped without the research data). */
class AttributesOnCelebaTest {

    @Test
    void maleSmilingAndEyeglassesAgreeWithLabelsOnClearCases() throws Exception {
        Path celeba = TestData.path("celeba/attributes.csv").getParent();
        CelebaAttributes data = CelebaAttributes.read(celeba);
        List<CelebaAttributes.Item> items = data.items().stream().filter(CelebaAttributes.Item::validation).limit(40).toList();
        ModelStore store = TestModels.store();
        AttributeClassifier heads = AttributeClassifier.shipped();
        NetworkLoader loader = new NetworkLoader(store);
        int male = AttributeNames.indexOf("Male");
        int smiling = AttributeNames.indexOf("Smiling");
        int glasses = AttributeNames.indexOf("Eyeglasses");
        int maleRight = 0, smileRight = 0, clear = 0, clearRight = 0, glassesSeen = 0, glassesFound = 0;
        try (Network meshNet = loader.load("facemesh"); AttributeFeatures features = new AttributeFeatures(loader)) {
            FaceMesher mesher = new FaceMesher(meshNet);
            ImageDecoder decoder = new ImageDecoder();
            for (CelebaAttributes.Item item : items) {
                float[] f = FeatureExtraction.assumeFace(decoder.decode(item.file()).image(), mesher, features);
                Map<String, Double> p = heads.probabilities(f);
                maleRight += (p.get("Male") >= 0.5) == item.labels()[male] ? 1 : 0;
                smileRight += (p.get("Smiling") >= 0.5) == item.labels()[smiling] ? 1 : 0;
                for (String a : List.of("Male", "Smiling", "Eyeglasses")) {
                    double q = p.get(a);
                    if (q > 0.9 || q < 0.1) {
                        clear++;
                        clearRight += (q > 0.5) == item.labels()[AttributeNames.indexOf(a)] ? 1 : 0;
                    }
                }
                if (item.labels()[glasses]) {
                    glassesSeen++;
                    glassesFound += p.get("Eyeglasses") >= 0.5 ? 1 : 0;
                }
            }
        }
        assertThat(maleRight).as("Male right of %d", items.size()).isGreaterThanOrEqualTo((int) (0.9 * items.size()));
        assertThat(smileRight).as("Smiling right of %d", items.size()).isGreaterThanOrEqualTo((int) (0.85 * items.size()));
        assertThat(clearRight).as("confident answers right of %d", clear).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * clear));
        assertThat(glassesFound).as("eyeglasses found of %d", glassesSeen).isGreaterThanOrEqualTo(glassesSeen * 3 / 4);
    }
}
