package io.facescribe.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;

/**
 * Question-answer pairs about each face, answered from the analysis by {@link QuestionAnswerer}, for
 * face-understanding data sets (FaceLLM-style). A seeded draw of {@code perFace} questions (default 8, as
 * text2face's companion data sets asked) from a pool that covers every measured trait, plus questions the
 * analysis cannot answer, whose answer says so.
 */
public final class QaGenerator {

    private final QuestionAnswerer answerer;
    private final int perFace;

    public QaGenerator(QuestionAnswerer answerer, int perFace) {
        this.answerer = answerer;
        this.perFace = perFace;
    }

    public QaGenerator() {
        this(new QuestionAnswerer(), 8);
    }

    public List<QaPair> pairs(ImageAnalysis image, FaceAnalysis face, long seed) {
        String p = QuestionAnswerer.pronoun(face);
        String pos = p.equals("she") ? "her" : p.equals("he") ? "his" : "their";
        String be = p.equals("they") ? "are" : "is";
        String does = p.equals("they") ? "do" : "does";
        List<String> pool = new ArrayList<>(List.of(
                "How old " + be + " " + p + "?", "What age does this person look?",
                "Is this a man or a woman?", "What emotion does " + p + " show?", "How does " + p + " feel?",
                "Is " + p + " smiling?", "Are " + pos + " eyes closed?", "Are " + pos + " eyes open?",
                "Is " + pos + " mouth open?", "Are " + pos + " teeth visible?", "How many faces are in the photo?",
                "Where is the face?", "Is the photo blurry?", "Is the photo black and white?",
                "Is " + pos + " head turned to the side?", "What ethnicity " + does + " " + p + " appear to be?",
                "Is " + p + " wearing glasses?", "What colour is " + pos + " hair?", "Is " + p + " wearing a hat?"));
        Random random = new Random(seed);
        Collections.shuffle(pool, random);
        List<QaPair> out = new ArrayList<>();
        for (String q : pool.subList(0, Math.min(perFace, pool.size()))) {
            Answer a = answerer.ask(image, face, q);
            out.add(new QaPair(q, a.text(), a.topic(), a.confidence()));
        }
        return out;
    }
}
