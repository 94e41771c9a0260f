package io.facescribe.describe.realize;

import static io.facescribe.describe.realize.English.capitalize;
import static io.facescribe.describe.realize.English.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two sentences, the person (with what they lead with) and then what they have and wear: "A young woman with long
 * brown hair who is smiling. She has ... and is wearing ...".
 */
record PersonThenDetailsPlan() implements SentencePlan {

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        String body = face.personWithLead();
        String emotion = face.emotionPredicate();
        if (emotion != null && !face.ageAfterNoun()) {
            body += " who " + face.emotionRelative();
            emotion = null;
        }
        List<String> parts = new ArrayList<>();
        if (!face.with().isEmpty()) {
            parts.add(face.pronoun().have() + " " + join(face.with()));
        }
        if (!face.wearing().isEmpty()) {
            parts.add(face.pronoun().be() + " wearing " + join(face.wearing()));
        }
        if (emotion != null) {
            parts.add(emotion);
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalize(body));
        if (!parts.isEmpty()) {
            sentences.add(face.subject() + " " + join(parts));
        }
        face.looksSentence().ifPresent(sentences::add);
        return sentences;
    }
}
