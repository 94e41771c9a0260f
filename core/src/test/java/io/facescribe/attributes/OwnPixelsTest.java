package io.facescribe.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Whose pixel is whose: the scaled Voronoi partition {@link OwnPixels} paints by. */
class OwnPixelsTest {

    /** A frame with its eyes at (x, y), {@code unit} pixels a face unit, upright. */
    private static OwnPixels.Head head(double x, double y, double unit) {
        return OwnPixels.Head.of(new FaceFrame(x, y, 0, unit, 0));
    }

    @Test
    void sideBySideHeadsSplitHalfway() {
        List<OwnPixels.Head> heads = List.of(head(100, 100, 20), head(200, 100, 20));
        assertThat(OwnPixels.owner(heads, 149, 100)).isZero();
        assertThat(OwnPixels.owner(heads, 151, 100)).isEqualTo(1);
        // hair hanging down to the shoulders stays with its own head, however far below
        assertThat(OwnPixels.owner(heads, 140, 180)).isZero();
        assertThat(OwnPixels.owner(heads, 165, 180)).isEqualTo(1);
    }

    @Test
    void aLargerNearerFaceClaimsMore() {
        List<OwnPixels.Head> heads = List.of(head(100, 100, 40), head(200, 100, 10));
        // the boundary is nearer the small face: a pixel 70 px from the big face and 30 from the small is the big one's
        // (70 / 40 = 1.75 units against 30 / 10 = 3 units)
        assertThat(OwnPixels.owner(heads, 170, 100 - 0.45 * 40)).isZero();
        assertThat(OwnPixels.owner(heads, 192, 100 - 0.45 * 10)).isEqualTo(1);
    }

    @Test
    void aTiltedHeadOwnsAlongItsOwnAxis() {
        // one head rolled by 90 degrees: its "down" is the image's x axis
        List<OwnPixels.Head> heads = List.of(OwnPixels.Head.of(new FaceFrame(100, 100, 0, 20, Math.PI / 2)), head(200, 100, 20));
        // a pixel to the left of the rolled head is along its long (vertical in-frame) axis: counted at 0.6
        assertThat(OwnPixels.owner(heads, 155, 100)).isZero();
    }
}
