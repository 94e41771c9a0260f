package io.facescribe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecoder;
import io.facescribe.face.FaceDetector;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;

class FaceVectorTest {

    @Test
    void blocksAreContiguousAndAnalysisComesFirst() {
        int offset = 0;
        for (FaceVector.Block b : FaceVector.BLOCKS) {
            assertThat(b.offset()).as(b.name()).isEqualTo(offset);
            offset += b.length();
        }
        assertThat(offset).isEqualTo(FaceVector.RECORD_SIZE);
        assertThat(FaceVector.block("emotion").offset()).isEqualTo(AttributeFeatures.SIZE);
        assertThat(FaceVector.SIZE).isEqualTo(FaceVector.block("ssrnet").offset());
        assertThat(FaceVector.gather(List.of("emotion", "faceres_heads"))).hasSize(9)
                .startsWith(AttributeFeatures.SIZE).endsWith(AttributeFeatures.block("faceres_heads").offset() + 1);
    }

    /** What analyze reports is what the heads give on the development record of the same face. */
    @Test
    void analysisAgreesWithTheHeadsOnTheDevelopmentRecord() throws Exception {
        DecodedImage decoded = new ImageDecoder().decode(TestData.path("fixtures/photos/skimage_astronaut.png"));
        DemographicHeads heads = DemographicHeads.shipped();
        try (FaceAnalyzer analyzer = new FaceAnalyzer(new NetworkLoader(TestModels.store()), FaceDetector.Settings.defaults(), heads)) {
            FaceAnalysis face = analyzer.analyze(decoded, "astronaut", AnalysisOptions.defaults().withFaces(FacePolicy.LARGEST))
                    .faces().get(0);
            float[] record = analyzer.record(decoded, false, false);
            assertThat(record).hasSize(FaceVector.RECORD_SIZE);
            assertThat(record[FaceVector.block("detected").offset()]).isEqualTo(1f);
            Demographics d = new Demographics(heads);
            assertThat(d.gender(record)).isEqualTo(face.gender());
            assertThat(d.ethnicity(record)).isEqualTo(face.ethnicity());
            assertThat(d.age(record).years()).isEqualTo(face.age().years());
            assertThat(d.emotion(record).probabilities()).isEqualTo(face.emotion().probabilities());
            // the astronaut: one woman, happy, 30 to 55
            assertThat(face.gender().label()).isEqualTo("female");
            assertThat(face.emotion().dominant()).isEqualTo("happy");
            assertThat(face.age().years()).isBetween(30.0, 55.0);
            assertThat(face.age().low()).isLessThanOrEqualTo(face.age().years());
            assertThat(face.age().high()).isGreaterThanOrEqualTo(face.age().years());
        }
    }
}
