package io.facescribe.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.facescribe.analysis.Age;
import io.facescribe.analysis.Emotion;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FaceBox;
import io.facescribe.analysis.FaceTraits;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.analysis.Label;
import io.facescribe.analysis.Pose;
import io.facescribe.analysis.Quality;
import org.junit.jupiter.api.Test;

/** Answers from a known analysis: a smiling woman of about 36, like the astronaut portrait. */
class QuestionAnswererTest {

    static FaceAnalysis woman() {
        Map<String, Double> p = new java.util.LinkedHashMap<>();
        for (String e : List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")) {
            p.put(e, e.equals("happy") ? 0.94 : 0.01);
        }
        return new FaceAnalysis(new FaceBox(173, 74, 104, 104), 0.95, new Label("female", 0.8),
                new Age(36, 28, 44, 0.8, Map.of()), new Label("white", 0.9), new Emotion("happy", 0.94, p),
                new Pose(3, 2, 1, 0.9), new FaceTraits(new Label("open", 0.99), 0.3,
                new Label("slightly open", 0.89), 0.1, new Label("visible", 0.8)),
                new Quality(false, 0.2, 0.99, false, 0.99, 104), List.of(), null, null);
    }

    static ImageAnalysis image(FaceAnalysis... faces) {
        return ImageAnalysis.of("astronaut.png", 512, 512, List.of(faces), "png", 10);
    }

    private final QuestionAnswerer qa = new QuestionAnswerer();

    private Answer ask(String q) {
        return qa.ask(image(woman()), q);
    }

    @Test
    void commonQuestions() {
        assertThat(ask("How old is she?").text()).startsWith("She looks about 36 years old");
        assertThat(ask("Is she smiling?").text()).startsWith("Yes");
        assertThat(ask("Is she sad?").text()).startsWith("No");
        assertThat(ask("Is this a man or a woman?").text()).contains("woman");
        assertThat(ask("Is it a man?").text()).startsWith("No");
        assertThat(ask("Is she a woman?").text()).startsWith("Yes");
        assertThat(ask("What emotion does she show?").text()).contains("happy").contains("94%");
        assertThat(ask("Is her mouth open?").text()).startsWith("No").contains("slightly open");
        assertThat(ask("Is her mouth slightly open?").text()).startsWith("Yes");
        assertThat(ask("Are her eyes closed?").text()).startsWith("No").contains("her eyes are open");
        assertThat(ask("Are her teeth visible?").text()).startsWith("Yes");
        assertThat(ask("Is the photo blurry?").text()).startsWith("No");
        assertThat(ask("How many faces are there?").text()).isEqualTo("There is one face in this photo.");
        assertThat(ask("Where is the face?").text()).contains("top centre");
        assertThat(ask("What ethnicity is she?").text()).contains("white");
    }

    @Test
    void unmeasuredThingsAreNotGuessed() {
        for (String q : List.of("Is she wearing glasses?", "What colour is her hair?", "Does she have a beard?",
                "Is she wearing a hat?", "What is her name?", "Does she have freckles?")) {
            Answer a = ask(q);
            assertThat(a.text()).as(q).isEqualTo(Answer.CANNOT_TELL);
            assertThat(a.supported()).isFalse();
        }
    }

    @Test
    void noFace() {
        assertThat(qa.ask(image(), "How many faces?").text()).isEqualTo("I see no face in this photo.");
        assertThat(qa.ask(image(), "Is she smiling?").supported()).isFalse();
    }

    @Test
    void pairsAreEightAnsweredQuestionsPerFace() {
        List<QaPair> pairs = new QaGenerator().pairs(image(woman()), woman(), 1);
        assertThat(pairs).hasSize(8);
        assertThat(pairs).allSatisfy(p -> assertThat(p.answer()).isNotBlank());
        assertThat(new QaGenerator().pairs(image(woman()), woman(), 1)).isEqualTo(pairs);
    }
}
