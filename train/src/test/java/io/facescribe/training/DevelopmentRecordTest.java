package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.DemographicHeads;
import io.facescribe.analysis.Demographics;
import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.FactReader;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FaceAnalyzer;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.analysis.FaceVector;
import io.facescribe.face.FaceDetector;
import io.facescribe.image.DecodedImage;
import io.facescribe.image.ImageDecoder;
import io.facescribe.model.runtime.NetworkLoader;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.Test;

class DevelopmentRecordTest {

    @Test
    void recordBlocksAreContiguousAndTheVectorComesFirst() {
        int offset = 0;
        for (FaceVector.Block b : DevelopmentRecord.BLOCKS) {
            assertThat(b.offset()).as(b.name()).isEqualTo(offset);
            offset += b.length();
        }
        assertThat(offset).isEqualTo(DevelopmentRecord.SIZE);
        assertThat(FaceVector.SIZE).isEqualTo(DevelopmentRecord.block("ssrnet").offset());
        assertThat(DevelopmentRecord.BLOCKS.subList(0, FaceVector.BLOCKS.size())).isEqualTo(FaceVector.BLOCKS);
    }

    /** What analyze reports is what the heads give on the development record of the same face. */
    @Test
    void analysisAgreesWithTheHeadsOnTheDevelopmentRecord() throws Exception {
        DecodedImage decoded = new ImageDecoder().decode(TestData.path("fixtures/photos/skimage_astronaut.png"));
        DemographicHeads heads = DemographicHeads.shipped();
        NetworkLoader loader = new NetworkLoader(TestModels.store());
        try (FaceAnalyzer analyzer = new FaceAnalyzer(loader, FaceDetector.Settings.defaults(), heads);
             DevelopmentRecorder recorder = new DevelopmentRecorder(loader)) {
            FaceAnalysis face = analyzer.analyze(decoded, "astronaut", AnalysisOptions.defaults().withFaces(FacePolicy.LARGEST))
                    .faces().get(0);
            float[] record = recorder.record(decoded, false, false);
            assertThat(record).hasSize(DevelopmentRecord.SIZE);
            assertThat(record[DevelopmentRecord.block("detected").offset()]).isEqualTo(1f);
            // the facts as the analysis reads them: the heads, joined where two estimate one fact (issue 20)
            FactReader.Facts d = new FactReader(new Demographics(heads), AttributeClassifier.shipped(), FactHeads.shipped())
                    .read(record);
            assertThat(d.gender()).isEqualTo(face.gender());
            assertThat(d.ethnicity()).isEqualTo(face.ethnicity());
            assertThat(d.age().years()).isEqualTo(face.age().years());
            assertThat(d.emotion().probabilities()).isEqualTo(face.emotion().probabilities());
            // the astronaut: one woman, happy, 30 to 55
            assertThat(face.gender().label()).isEqualTo("female");
            assertThat(face.emotion().dominant()).isEqualTo("happy");
            assertThat(face.age().years()).isBetween(30.0, 55.0);
            assertThat(face.age().low()).isLessThanOrEqualTo(face.age().years());
            assertThat(face.age().high()).isGreaterThanOrEqualTo(face.age().years());
        }
    }
}
