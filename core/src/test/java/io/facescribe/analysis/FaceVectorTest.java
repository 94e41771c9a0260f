package io.facescribe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.facescribe.attributes.AttributeFeatures;
import org.junit.jupiter.api.Test;

class FaceVectorTest {

    @Test
    void blocksAreContiguousAndAnalysisComesFirst() {
        int offset = 0;
        for (FaceVector.Block b : FaceVector.BLOCKS) {
            assertThat(b.offset()).as(b.name()).isEqualTo(offset);
            offset += b.length();
        }
        assertThat(offset).isEqualTo(FaceVector.SIZE);
        assertThat(FaceVector.block("emotion").offset()).isEqualTo(AttributeFeatures.SIZE);
        assertThat(FaceVector.gather(List.of("emotion", "faceres_heads"))).hasSize(9)
                .startsWith(AttributeFeatures.SIZE).endsWith(AttributeFeatures.block("faceres_heads").offset() + 1);
    }
}
