package io.facescribe.describe.realize;

import static io.facescribe.describe.realize.English.capitalize;
import static io.facescribe.describe.realize.English.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "A smiling woman with blond hair and glasses, wearing a hat. She looks chubby." (the lead, then the rest) */
record WithFirstPlan() implements SentencePlan {

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        return sentences(face, "");
    }

    /** The plan after an opening ("a photo of ", "this is "). */
    static List<String> sentences(FacePhrases face, String opening) {
        String body = face.person();
        List<String> with = face.leadAndWith();
        if (!with.isEmpty()) {
            body += " with " + join(with);
        }
        if (!face.wearing().isEmpty()) {
            body += (with.isEmpty() ? " " : ", ") + "wearing " + join(face.wearing());
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalize(opening + body));
        if (face.emotionPredicate() != null) {
            sentences.add(face.subject() + " " + face.emotionPredicate());
        }
        face.looksSentence().ifPresent(sentences::add);
        return sentences;
    }
}
