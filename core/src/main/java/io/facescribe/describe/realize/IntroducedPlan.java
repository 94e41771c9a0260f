package io.facescribe.describe.realize;

import static io.facescribe.describe.realize.English.pick;

import java.util.List;
import java.util.Random;

/**
 * {@link WithFirstPlan} after an opening that names the picture: "A blurry black and white photo of a man with
 * ..." (the photo notes go into it), or "This is ...", "The portrait shows ..." when there are none.
 */
record IntroducedPlan() implements SentencePlan {

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        String kind = pick(r, List.of("photo", "portrait", "picture", "close-up"));
        String opening = face.notes().isEmpty()
                ? pick(r, List.of("a " + kind + " of ", "this is ", "the " + kind + " shows ", "here is "))
                : English.withIndefinite(String.join(", ", face.notes()) + " " + kind) + " of ";
        return WithFirstPlan.sentences(face, opening);
    }

    @Override
    public boolean saysNotes() {
        return true;
    }
}
