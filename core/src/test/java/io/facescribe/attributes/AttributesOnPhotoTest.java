package io.facescribe.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.face.Crop;
import io.facescribe.face.Detection;
import io.facescribe.face.FaceDetector;
import io.facescribe.face.FaceMesher;
import io.facescribe.face.Mesh;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.RgbImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;

/** A face detected in an ordinary photo, framed from its mesh as in FaceAnalyzer (skipped without the data). */
class AttributesOnPhotoTest {

    @Test
    void astronautIsASmilingWomanWithoutGlassesOrHat() throws Exception {
        RgbImage image = new ImageDecoder().decode(TestData.path("fixtures/photos/skimage_astronaut.png")).image();
        NetworkLoader loader = new NetworkLoader(TestModels.store());
        Map<String, Double> p;
        try (Network detectorNet = loader.load("blazeface"); Network meshNet = loader.load("facemesh");
             AttributeFeatures features = new AttributeFeatures(loader)) {
            List<Detection> faces = new FaceDetector(detectorNet, FaceDetector.Settings.defaults()).detect(image);
            assertThat(faces).isNotEmpty();
            Mesh mesh = new FaceMesher(meshNet).mesh(image, faces.get(0));
            p = AttributeClassifier.shipped().probabilities(features.extract(image, mesh, Crop.aroundMesh(mesh)));
        }
        assertThat(p.get("Male")).as("Male").isLessThan(0.3);
        assertThat(p.get("Smiling")).as("Smiling").isGreaterThan(0.7);
        assertThat(p.get("Eyeglasses")).as("Eyeglasses").isLessThan(0.3);
        assertThat(p.get("Wearing_Hat")).as("Wearing_Hat").isLessThan(0.3);
    }
}
