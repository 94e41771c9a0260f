package io.facescribe.looks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.face.Crop;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeFeatures;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The looks of the two public-domain portraits, measured as FaceAnalyzer measures them (skipped without the data). */
class LooksOnPhotoTest {

    private static Looks astronaut;
    private static Looks hopper;

    @BeforeAll
    static void measure() throws Exception {
        NetworkLoader loader = new NetworkLoader(TestModels.store());
        AttributeClassifier heads = AttributeClassifier.shipped();
        LooksReader reader = LooksReader.shipped(heads);
        try (Network detectorNet = loader.load("blazeface"); Network meshNet = loader.load("facemesh");
             AttributeFeatures features = new AttributeFeatures(loader)) {
            astronaut = looks("fixtures/photos/skimage_astronaut.png", detectorNet, meshNet, features, heads, reader);
            hopper = looks("fixtures/photos/facedetect_grace_hopper_512x512.jpg", detectorNet, meshNet, features, heads, reader);
        }
    }

    private static Looks looks(String file, Network detectorNet, Network meshNet, AttributeFeatures extractor,
                               AttributeClassifier heads, LooksReader reader) throws Exception {
        RgbImage image = new ImageDecoder().decode(TestData.path(file)).image();
        List<Detection> faces = new FaceDetector(detectorNet, FaceDetector.Settings.defaults()).detect(image);
        assertThat(faces).isNotEmpty();
        Mesh mesh = new FaceMesher(meshNet).mesh(image, faces.get(0));
        float[] f = extractor.extract(image, mesh, Crop.aroundMesh(mesh));
        Map<String, Double> p = heads.probabilities(f);
        return reader.read(image, mesh, f, p);
    }

    @Test
    void everyTraitIsRead() {
        for (LooksTrait t : LooksTrait.values()) {
            assertThat(astronaut.get(t)).as(t.key()).isPresent();
            Reading r = astronaut.get(t).orElseThrow();
            assertThat(r.known() ? t.labels() : List.of(Reading.UNKNOWN)).as(t.key()).contains(r.label());
            assertThat(r.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void gracesEyesAreBehindGlassesSoTheirColourIsUnknown() {
        assertThat(hopper.get(LooksTrait.EYE_COLOUR).orElseThrow().label()).isEqualTo(Reading.UNKNOWN);
    }

    /** Eileen Collins' eyes are brown (we looked: her irises are about 8 pixels wide in the 512×512 portrait). */
    @Test
    void theAstronautsEyesAreDarkAndMayBeSaid() {
        Reading eyes = astronaut.get(LooksTrait.EYE_COLOUR).orElseThrow();
        assertThat(eyes.label()).isEqualTo("dark");
        assertThat(eyes.stated()).isTrue();
    }

    @Test
    void neitherWomanHasFacialHair() {
        for (Looks l : List.of(astronaut, hopper)) {
            assertThat(l.get(LooksTrait.BEARD).orElseThrow().label()).isEqualTo("no");
            assertThat(l.get(LooksTrait.MOUSTACHE).orElseThrow().label()).isEqualTo("no");
            assertThat(l.get(LooksTrait.GOATEE).orElseThrow().label()).isEqualTo("no");
        }
    }

    @Test
    void theAstronautsHairIsNeitherBlackNorGreyNorLong() {
        assertThat(astronaut.get(LooksTrait.HAIR_COLOUR).orElseThrow().label()).isNotIn("black", "grey");
        assertThat(astronaut.get(LooksTrait.HAIR_LENGTH).orElseThrow().label()).isNotIn("long", "bald");
    }
}
