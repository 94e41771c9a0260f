package io.facescribe.qa;

import java.util.ArrayList;
import java.util.List;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.trait.TraitTable;

/**
 * The faces of one photo named as a reader names them: by the person ("the woman", "the boy") and where they are
 * from left to right ("on the left", "in the middle", "second from the right"), with the face's number (its
 * place in the analysis, as {@code describe} prints it: {@code #2}). Immutable.
 */
final class FaceNames {

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    private final ImageAnalysis image;
    /** The faces' indexes from left to right. */
    private final List<Integer> order;

    FaceNames(ImageAnalysis image) {
        this.image = image;
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < image.faces().size(); i++) {
            o.add(i);
        }
        o.sort(java.util.Comparator.comparingDouble(i -> centre(image.faces().get(i))));
        this.order = List.copyOf(o);
    }

    private static double centre(FaceAnalysis f) {
        return f.box().x() + f.box().width() / 2.0;
    }

    int size() {
        return order.size();
    }

    /** The faces' indexes from left to right. */
    List<Integer> leftToRight() {
        return order;
    }

    /** Where the face is among the others: "on the left", "in the middle", "second from the right", or "". */
    String position(int index) {
        int n = order.size();
        int r = order.indexOf(index);
        if (n <= 1) {
            return "";
        }
        if (n == 2) {
            return r == 0 ? "on the left" : "on the right";
        }
        if (n == 3) {
            return List.of("on the left", "in the middle", "on the right").get(r);
        }
        if (r == 0) {
            return "on the far left";
        }
        if (r == n - 1) {
            return "on the far right";
        }
        int fromRight = n - 1 - r;
        return r <= fromRight ? ordinal(r) + " from the left" : ordinal(fromRight) + " from the right";
    }

    private static String ordinal(int zeroBased) {
        return zeroBased < ORDINALS.size() ? ORDINALS.get(zeroBased) : (zeroBased + 1) + "th";
    }

    /** "woman", "man", "girl", "boy", "child" or "person", as measured. */
    static String noun(FaceAnalysis f) {
        boolean young = f.age() != null && f.age().years() < 18;
        if (f.gender() == null || f.gender().confidence() < TraitTable.GENDER_MIN_CONFIDENCE) {
            return f.age() != null && f.age().years() < 13 ? "child" : "person";
        }
        boolean female = f.gender().label().equals("female");
        return female ? (young ? "girl" : "woman") : (young ? "boy" : "man");
    }

    /** "the woman on the left (face #2)"; "the woman" alone in a photo of one face. */
    String name(int index) {
        String noun = noun(image.faces().get(index));
        String where = position(index);
        return "the " + noun + (where.isEmpty() ? "" : " " + where + " (face #" + (index + 1) + ")");
    }

    /** The face at this rank from the left (0-based), or from the right when {@code fromRight}. */
    int at(int rank, boolean fromRight) {
        int r = Math.max(0, Math.min(order.size() - 1, rank));
        return order.get(fromRight ? order.size() - 1 - r : r);
    }

    /** The face in the middle: the middle one of an odd number, else the one nearest the photo's centre. */
    int middle() {
        int best = order.get(order.size() / 2);
        double bestDistance = Double.MAX_VALUE;
        for (int i : order) {
            double d = Math.abs(centre(image.faces().get(i)) - image.width() / 2.0);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return order.size() % 2 == 1 ? order.get(order.size() / 2) : best;
    }
}
