package io.facescribe.describe;

import static io.facescribe.describe.English.capitalize;
import static io.facescribe.describe.English.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "A man wearing glasses, with a goatee and gray hair. He looks sad." */
record WearingFirstPlan() implements SentencePlan {

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        String body = face.person();
        if (!face.wearing().isEmpty()) {
            body += " wearing " + join(face.wearing());
        }
        if (!face.with().isEmpty()) {
            body += (face.wearing().isEmpty() ? " with " : ", with ") + join(face.with());
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
