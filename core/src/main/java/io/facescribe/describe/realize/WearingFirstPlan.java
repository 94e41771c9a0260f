package io.facescribe.describe.realize;

import static io.facescribe.describe.realize.English.capitalize;
import static io.facescribe.describe.realize.English.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "A man wearing glasses, with a goatee and gray hair. He looks sad."; when the bag leads with the hair, the hair
 * comes first: "A middle-aged man with gray hair, wearing glasses, with a goatee."
 */
record WearingFirstPlan() implements SentencePlan {

    /** With nothing worn, this plan writes what {@link WithFirstPlan} writes. */
    @Override
    public boolean fits(FacePhrases face) {
        return !face.wearing().isEmpty();
    }

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        String body;
        if (face.wearing().isEmpty()) {
            List<String> with = face.leadAndWith();
            body = with.isEmpty() ? face.person() : face.person() + " with " + join(with);
        } else {
            body = face.personWithLead() + (face.lead().isEmpty() ? " wearing " : ", wearing ")
                    + join(face.wearing());
            if (!face.with().isEmpty()) {
                body += ", with " + join(face.with());
            }
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalize(body));
        if (face.emotionPredicate() != null) {
            sentences.add(face.subject() + " " + face.emotionPredicate());
        }
        face.looksSentence().ifPresent(sentences::add);
        return sentences;
    }
}
