package io.facescribe.accuracy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The validation split of each labelled set, halved: the images whose default captions {@code accuracy claims}
 * reports (the 1st, 3rd, 5th, ... validation image in the set's order: {@code celeba/splits.csv}, UTKFace's
 * {@code labels.csv}) and the others, on which claim thresholds are chosen ({@code train facts}, {@code train claims}).
 * So no threshold is chosen on a face the claims report judges.
 */
public final class ClaimsSplit {

    private ClaimsSplit() {
    }

    /** The reported half of the validation items, given in the set's order. */
    public static <T> Set<T> reported(List<T> validation) {
        Set<T> out = new LinkedHashSet<>();
        for (int i = 0; i < validation.size(); i += 2) {
            out.add(validation.get(i));
        }
        return out;
    }

    /** The tuning half: every validation item not reported. */
    public static <T> List<T> tuning(List<T> validation) {
        Set<T> r = reported(validation);
        return validation.stream().filter(v -> !r.contains(v)).toList();
    }
}
