package io.facescribe.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.DecodedImage;
import io.facescribe.model.runtime.Network;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaceDetectorTest {

    static Network blazeface;
    static FaceDetector detector;

    @BeforeAll
    static void load() {
        blazeface = new NetworkLoader(TestModels.store()).load("blazeface");
        detector = new FaceDetector(blazeface, FaceDetector.Settings.defaults());
    }

    @AfterAll
    static void close() {
        blazeface.close();
    }

    @Test
    void anchorsFollowTheTwoGrids() {
        double[][] a = FaceDetector.anchors(256);
        assertThat(a).hasNumberOfRows(896);
        assertThat(a[0]).containsExactly(8.0, 8.0);
        assertThat(a[1]).containsExactly(8.0, 8.0);
        assertThat(a[2]).containsExactly(24.0, 8.0);
        assertThat(a[512]).containsExactly(16.0, 16.0);
        assertThat(a[895]).containsExactly(240.0, 240.0);
    }

    @Test
    void aPartOfAFaceInsideItIsNotASecondFace() {
        Box face = new Box(0, 0, 100, 100);
        assertThat(FaceDetector.mostlyInside(new Box(20, 20, 30, 30), face)).isTrue();
        assertThat(FaceDetector.mostlyInside(new Box(90, 90, 40, 40), face)).isFalse();
    }

    @Test
    void everyAnnotatedFaceOfTheFixturesIsFoundAndNothingElse() throws Exception {
        Path dir = TestData.path("fixtures/detection");
        JsonNode annotations = new ObjectMapper().readTree(dir.resolve("annotations.json").toFile());
        ImageDecoder decoder = new ImageDecoder();
        int detected = 0, right = 0, expected = 0;
        for (JsonNode a : annotations) {
            DecodedImage img = decoder.decode(dir.resolve(a.get("image").asText()));
            List<Detection> found = detector.detect(img.image());
            List<double[]> noses = new ArrayList<>();
            a.get("nose_points_xy").forEach(p -> noses.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            expected += noses.size();
            detected += found.size();
            for (Detection d : found) {
                long inside = noses.stream().filter(n -> d.box().contains(img.image().width() * n[0] / img.originalWidth(),
                        img.image().height() * n[1] / img.originalHeight())).count();
                if (inside == 1) {
                    right++;
                }
            }
        }
        assertThat(right / (double) detected).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(right / (double) expected).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aTightFaceCropIsOneFace() throws Exception {
        Path crop = TestData.path("utkface/images/10_0_0_20161220222308131.jpg.chip.jpg");
        List<Detection> found = detector.detect(new ImageDecoder().decode(crop).image());
        assertThat(found).hasSize(1);
    }
}
