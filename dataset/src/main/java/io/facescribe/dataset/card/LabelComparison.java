package io.facescribe.dataset.card;

import java.util.List;

/**
 * Labels that came with the images (e.g. CelebA's -1/1 attributes) against what was measured on the
 * largest face of the same kept images; immutable. Empty when no record carried labels.
 */
public record LabelComparison(List<Row> rows) {

    public LabelComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param attribute the CelebA attribute
     * @param images    kept images with both a label for it and a measured face
     * @param labelled  of those, labelled positive
     * @param measured  of those, measured positive (probability >= 0.5)
     * @param agree     of those, where label and measurement agree
     */
    public record Row(String attribute, long images, long labelled, long measured, long agree) {
        public double labelledShare() {
            return images == 0 ? Double.NaN : (double) labelled / images;
        }

        public double measuredShare() {
            return images == 0 ? Double.NaN : (double) measured / images;
        }

        public double agreement() {
            return images == 0 ? Double.NaN : (double) agree / images;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Row row(String attribute) {
        return rows.stream().filter(r -> r.attribute().equals(attribute)).findFirst().orElse(null);
    }
}
