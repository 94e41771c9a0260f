package io.facescribe.search;

import java.util.List;

import io.facescribe.analysis.FaceBox;

/**
 * One face found.
 *
 * @param image    the image file
 * @param face     the face's number in the image (0 = the largest)
 * @param box      where the face is
 * @param score    the geometric mean of the probabilities of the traits asked for (plus a small bonus per
 *                 unmeasured word found in its captions)
 * @param matched  the traits it probably shows (probability above one half)
 * @param missed   the traits it probably does not show, or was not measured for
 * @param captions its captions
 * @param missing  the file is no longer where it was indexed
 */
public record SearchHit(String image, int face, FaceBox box, double score, List<TraitMatch> matched,
                        List<TraitMatch> missed, List<String> captions, boolean missing) {
    public SearchHit {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        captions = List.copyOf(captions);
    }
}
