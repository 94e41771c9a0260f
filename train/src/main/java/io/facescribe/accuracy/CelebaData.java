package io.facescribe.accuracy;

import io.facescribe.training.CelebaAttributes;

import io.facescribe.training.DevelopmentRecord;
import io.facescribe.training.DevelopmentSets;
import io.facescribe.training.FaceRecords;


import java.util.List;
import java.util.Map;

import io.facescribe.attributes.AttributeNames;

/**
 * CelebA as a labelled set of face vectors, in the two framings a user produces: the aligned crop taken whole
 * ({@code --assume-face}) and the face the detector finds in it (as {@code analyze} without {@code --assume-face}
 * does). Records are {@link DevelopmentRecord}s, cached like the other sets' ({@link FaceRecords}; loaded by
 * {@link CrossSetData}).
 *
 * @param images     every labelled CelebA image with its split and 40 labels
 * @param assumeFace records of the whole crops, by image id
 * @param detected   records of the detected faces, by image id (the whole crop when no face was found)
 */
public record CelebaData(List<CelebaAttributes.Item> images, Map<String, float[]> assumeFace,
                         Map<String, float[]> detected) {

    /** The development item of a CelebA image (its gender is the Male label). */
    static DevelopmentSets.Item item(CelebaAttributes.Item i) {
        boolean male = i.labels()[AttributeNames.indexOf("Male")];
        return new DevelopmentSets.Item(i.file(), -1, male ? "male" : "female", null, null);
    }


    /** The label of one attribute of an image. */
    public static boolean label(CelebaAttributes.Item i, String attribute) {
        return i.labels()[AttributeNames.indexOf(attribute)];
    }

    public List<CelebaAttributes.Item> validation() {
        return images.stream().filter(CelebaAttributes.Item::validation).toList();
    }

    public List<CelebaAttributes.Item> train() {
        return images.stream().filter(CelebaAttributes.Item::train).toList();
    }
}
