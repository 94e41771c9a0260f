package io.facescribe.describe.realize;

import static io.facescribe.describe.realize.English.join;
import static io.facescribe.describe.realize.English.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The long captions: the person with what they lead with, then one sentence per group of traits in a random
 * order: "Here is a young woman with blond hair. She is wearing a hat. She has glasses. She is smiling."
 */
record SentencePerGroupPlan() implements SentencePlan {

    @Override
    public List<String> sentences(FacePhrases face, Random r) {
        List<String> sentences = new ArrayList<>();
        sentences.add(pick(r, List.of("This is ", "The photo shows ", "Here is ", "We see ")) + face.personWithLead());
        List<String> rest = new ArrayList<>();
        if (!face.with().isEmpty()) {
            rest.add(face.subject() + " " + face.pronoun().have() + " " + join(face.with()));
        }
        if (!face.wearing().isEmpty()) {
            rest.add(face.subject() + " " + face.pronoun().be() + " wearing " + join(face.wearing()));
        }
        if (face.emotionPredicate() != null) {
            rest.add(face.subject() + " " + face.emotionPredicate());
        }
        face.looksSentence().ifPresent(rest::add);
        Collections.shuffle(rest, r);
        sentences.addAll(rest);
        return sentences;
    }
}
