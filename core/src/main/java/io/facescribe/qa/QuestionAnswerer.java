package io.facescribe.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.AgeValue;
import io.facescribe.describe.CaptionReader;
import io.facescribe.describe.Lexicon;
import io.facescribe.describe.Measurements;
import io.facescribe.describe.Mention;
import io.facescribe.describe.Slot;
import io.facescribe.describe.TraitDefinition;
import io.facescribe.describe.TraitTable;

/**
 * Answers questions about a photo from its analysis, and only from it: how many faces, where, how old, which
 * emotion, what hair colour, and yes/no about any trait of the {@link TraitTable} (read with the caption
 * guard's lexicon). Questions about the largest face unless the photo has none. When the analysis does not
 * measure what is asked, the answer says so. Thread-safe.
 */
public final class QuestionAnswerer {

    private static final Map<String, String> EMOTION_WORDS = Map.of("angry", "angry", "disgust", "disgusted",
            "fear", "afraid", "happy", "happy", "sad", "sad", "surprise", "surprised", "neutral", "neutral");

    private final TraitTable table;
    private final CaptionReader reader;

    public QuestionAnswerer(TraitTable table) {
        this.table = table;
        this.reader = new CaptionReader(new Lexicon(table));
    }

    public QuestionAnswerer() {
        this(TraitTable.standard());
    }

    /** A question with two parts ("How many people are there and are they happy?"): split before the second. */
    private static final java.util.regex.Pattern SECOND_PART = java.util.regex.Pattern.compile(
            "(?i),? and (?=(is|are|does|do|has|have|what|how|who|where|can|was|were)\\b)");

    public Answer ask(ImageAnalysis image, String question) {
        if (!image.ok()) {
            return Answer.cannotTell(question, "error");
        }
        String[] parts = SECOND_PART.split(question.strip(), 2);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            return twoParts(image, question, parts[0], parts[1]);
        }
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ")
                + " ";
        if (q.contains(" how many ")) {
            return count(image, question);
        }
        if (image.faces().isEmpty()) {
            return new Answer(question, "I see no face in this photo, so I can't tell.", false, 0, "count");
        }
        return ask(image, image.faces().get(0), question, q);
    }

    /**
     * Each part answered on its own, in order; a second part about "they" is answered for every face. Supported
     * when both parts are; the confidence is the lower one.
     */
    private Answer twoParts(ImageAnalysis image, String question, String first, String second) {
        Answer a = ask(image, first.strip());
        String secondQ = " " + second.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ") + " ";
        Answer b;
        if (image.faces().size() > 1 && secondQ.contains(" they ")) {
            StringBuilder text = new StringBuilder();
            boolean supported = true;
            double confidence = 1;
            for (int i = 0; i < image.faces().size(); i++) {
                Answer one = ask(image, image.faces().get(i), second.strip().replaceAll("(?i)\\bthey\\b", "he or she"));
                text.append(i == 0 ? "" : " ").append("Face ").append(i + 1).append(": ").append(one.text());
                supported &= one.supported();
                confidence = Math.min(confidence, one.confidence());
            }
            b = new Answer(second, text.toString(), supported, supported ? confidence : 0, "each face");
        } else {
            b = ask(image, second.strip());
        }
        boolean supported = a.supported() && b.supported();
        return new Answer(question, a.text() + " " + b.text(), supported,
                supported ? Math.min(a.confidence(), b.confidence()) : 0, a.topic() + " + " + b.topic());
    }

    private static Answer count(ImageAnalysis image, String question) {
        {
            int n = image.faces().size();
            return new Answer(question, n == 0 ? "I see no face in this photo."
                    : n == 1 ? "There is one face in this photo." : "There are " + n + " faces in this photo.",
                    true, n == 0 ? 0.5 : min(image.faces().stream().mapToDouble(FaceAnalysis::score).toArray()),
                    "count");
        }
    }

    /** A question about one face of the image. */
    public Answer ask(ImageAnalysis image, FaceAnalysis face, String question) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ")
                + " ";
        return ask(image, face, question, q);
    }

    private Answer ask(ImageAnalysis image, FaceAnalysis face, String question, String q) {
        if (q.contains(" how many ")) {
            return count(image, question);
        }
        Measurements m = Measurements.of(face);
        String subject = subject(face);
        String pronoun = pronoun(face);
        if (q.startsWith(" where ")) {
            return new Answer(question, "The face is " + where(image, face) + " (box at " + face.box().x() + ","
                    + face.box().y() + ", " + face.box().width() + "x" + face.box().height() + " pixels).", true,
                    face.score(), "location");
        }
        if (q.contains(" how old ") || q.contains(" what age ") || q.contains(" age ")) {
            AgeValue.Category c = AgeValue.categoryOf(face.age().years());
            return new Answer(question, capital(pronoun) + " " + (pronoun.equals("they") ? "look" : "looks")
                    + " about " + Math.round(face.age().years()) + " years old (" + Math.round(face.age().low())
                    + " to " + Math.round(face.age().high()) + ", " + article(c.name()) + " " + c.name() + "); "
                    + Math.round(100 * face.age().confidence()) + "% confident of the range.", true, face.age().confidence(),
                    "age");
        }
        if (q.contains(" emotion") || q.contains(" feel") || q.contains(" mood") || q.contains(" expression")) {
            String e = EMOTION_WORDS.getOrDefault(face.emotion().dominant(), face.emotion().dominant());
            return new Answer(question, capital(pronoun) + " " + (pronoun.equals("they") ? "look " : "looks ") + e
                    + " (" + percent(face.emotion().confidence()) + ").", true, face.emotion().confidence(),
                    "emotion");
        }
        boolean what = q.startsWith(" what ") || q.startsWith(" which ");
        if (q.contains(" hair") && (q.startsWith(" describe ") || q.contains(" tell me about ")
                || q.contains(" hair like ") || q.contains(" hair look"))) {
            return describeHair(question, m, pronoun);
        }
        if (q.contains(" eye") && what && (q.contains(" colo"))) {
            return whichOf(question, m, "eyes.colour", pronoun, "eye colour");
        }
        if (q.contains(" hair") && what) {
            return whichOf(question, m, "hair.colour", pronoun, "hair colour");
        }
        if (what && (q.contains(" wearing ") || q.contains(" wear ") || q.contains(" have on "))) {
            return wearing(question, m, pronoun);
        }
        if ((q.contains(" ethnicity") || q.contains(" race ")) && (q.startsWith(" what ") || q.startsWith(" which "))) {
            return new Answer(question, capital(pronoun) + " " + (pronoun.equals("they") ? "look " : "looks ")
                    + face.ethnicity().label() + " (" + percent(face.ethnicity().confidence()) + ").", true,
                    face.ethnicity().confidence(), "ethnicity");
        }
        if (q.contains(" gender") || q.contains(" sex ") || q.contains(" man or ") || q.contains(" woman or ")
                || q.contains(" male or ")) {
            return new Answer(question, capital(subject) + " (" + percent(face.gender().confidence()) + ").",
                    true, face.gender().confidence(), "gender");
        }
        return yesNo(question, q, m, pronoun);
    }

    /** Yes/no about the traits the question names, read with the guard's vocabulary. */
    private Answer yesNo(String question, String q, Measurements m, String pronoun) {
        List<Mention> mentions = reader.read(q);
        for (Mention mention : mentions) {
            Optional<TraitDefinition> d = table.find(mention.concept());
            if (d.isEmpty() || d.get().slot() == Slot.AGE) {
                continue;
            }
            if (d.get().slot() == Slot.GENDER && isPronoun(mention.text())) {
                continue; // "is she wearing glasses": the pronoun is not the question
            }
            if (!q.matches("^ (is|are|does|do|did|was|were|has|have|can|could|would|will) .*")) {
                return Answer.cannotTell(question, d.get().concept());
            }
            return answerTrait(question, m, d.get(), mention.negated(), pronoun);
        }
        for (Mention mention : mentions) {
            if (mention.concept().startsWith("unmeasured:") || mention.concept().startsWith("umbrella:")) {
                return Answer.cannotTell(question, mention.concept());
            }
        }
        return Answer.cannotTell(question, "unknown");
    }

    private static boolean isPronoun(String word) {
        return List.of("she", "he", "her", "him", "his", "hers", "herself", "himself").contains(word.strip());
    }

    private Answer answerTrait(String question, Measurements m, TraitDefinition d, boolean negated, String pronoun) {
        Optional<TraitDefinition.Reading> reading = d.read(m);
        if (reading.isEmpty()) {
            return Answer.cannotTell(question, d.concept());
        }
        boolean present = reading.get().present();
        double confidence = reading.get().confidence();
        if (d.slot() == Slot.EXPRESSION) { // an emotion is "present" when it is the dominant one
            String name = d.concept().substring("emotion.".length());
            present = m.face().emotion().dominant().equals(name);
            confidence = present ? m.face().emotion().confidence() : 1 - m.face().emotion().probabilities()
                    .getOrDefault(name, 0.0);
        } else if (d.slot() == Slot.GENDER || d.slot() == Slot.ETHNICITY) {
            String label = d.concept().substring(d.concept().indexOf('.') + 1);
            var l = d.slot() == Slot.GENDER ? m.face().gender() : m.face().ethnicity();
            present = l.label().equals(label);
            confidence = l.confidence();
        } else if (!present && d.group() != null && d.source().startsWith("traits.")) {
            confidence = reading.get().confidence(); // the label decided otherwise with this confidence
        }
        boolean yes = present != negated;
        if (!present && d.slot() == Slot.ETHNICITY) {
            String label = m.face().ethnicity().label();
            return new Answer(question, "No: " + pronoun + (pronoun.equals("they") ? " look " : " looks ") + label
                    + " (" + percent(confidence) + ").", true, confidence, d.concept());
        }
        String what = d.phrases().get(0).replace("{pos} ", "").replace("{pos}", "");
        String detail = present ? statement(d, pronoun, what)
                : d.slot() == Slot.WEARING ? "not wearing " + what
                : d.slot() == Slot.WITH ? "no " + what.replaceFirst("^(a|an) ", "")
                : "not " + what;
        if (!present && d.group() != null) { // say what it is instead: "No: mouth slightly open"
            for (TraitDefinition other : table.definitions()) {
                if (other != d && d.group().equals(other.group()) && other.source().equals(d.source())
                        && other.slot() == d.slot() && other.slot() != Slot.EXPRESSION
                        && other.read(m).map(TraitDefinition.Reading::present).orElse(false)) {
                    detail = statement(other, pronoun, other.phrases().get(0).replace("{pos} ", ""));
                    confidence = other.read(m).get().confidence();
                    break;
                }
            }
        }
        return new Answer(question, (yes ? "Yes" : "No") + ": " + detail + " (" + percent(confidence) + ").", true,
                confidence, d.concept());
    }

    private static String statement(TraitDefinition d, String pronoun, String what) {
        return switch (d.slot()) {
            case GENDER -> article(what) + " " + what;
            case ETHNICITY -> pronoun + (pronoun.equals("they") ? " look " : " looks ") + what;
            case WEARING -> "wearing " + what;
            case STATE, WITH, HAIR -> what + (d.slot() == Slot.HAIR ? " hair" : "");
            default -> what;
        };
    }

    private Answer whichOf(String question, Measurements m, String group, String pronoun, String topic) {
        TraitDefinition best = null;
        double confidence = 0;
        boolean measured = false;
        for (TraitDefinition d : table.definitions()) {
            if (!group.equals(d.group())) {
                continue;
            }
            Optional<TraitDefinition.Reading> r = d.read(m);
            if (r.isEmpty()) {
                continue;
            }
            measured = true;
            if (r.get().present() && r.get().confidence() > confidence) {
                best = d;
                confidence = r.get().confidence();
            }
        }
        if (!measured || best == null) {
            return Answer.cannotTell(question, topic);
        }
        String poss = possessive(pronoun);
        String text = group.equals("eyes.colour")
                ? poss + " eyes are " + best.phrases().get(0).replace(" eyes", "")
                        + (best.concept().equals("light_eyes") ? " (blue, green or grey)" : " (brown or black)")
                : poss + " hair is " + best.phrases().get(0);
        return new Answer(question, text + " (" + percent(confidence) + ").", true, confidence, topic);
    }

    /** Everything measured about the hair: bald, or length, texture and colour, with bangs or a receding hairline. */
    private Answer describeHair(String question, Measurements m, String pronoun) {
        List<TraitDefinition> present = new java.util.ArrayList<>();
        double confidence = 1;
        for (TraitDefinition d : table.definitions()) {
            boolean hair = d.slot() == Slot.HAIR || List.of("bald", "bangs", "receding_hairline").contains(d.concept());
            Optional<TraitDefinition.Reading> r = hair ? d.read(m) : Optional.empty();
            if (r.isPresent() && r.get().present()) {
                present.add(d);
                confidence = Math.min(confidence, r.get().confidence());
            }
        }
        if (present.isEmpty()) {
            return Answer.cannotTell(question, "hair");
        }
        String subject = capital(pronoun) + (pronoun.equals("they") ? " are" : " is");
        String has = capital(pronoun) + (pronoun.equals("they") ? " have" : " has");
        if (present.stream().anyMatch(d -> d.concept().equals("bald"))) {
            return new Answer(question, subject + " bald (" + percent(confidence) + ").", true, confidence, "hair");
        }
        List<String> adjectives = present.stream().filter(d -> d.slot() == Slot.HAIR)
                .sorted(java.util.Comparator.comparingInt(TraitDefinition::rank)).map(d -> d.phrases().get(0)).toList();
        List<String> extras = present.stream().filter(d -> d.slot() != Slot.HAIR)
                .map(d -> d.phrases().get(0).replace("{pos} ", "")).toList();
        String text = adjectives.isEmpty() ? has + " " + joined(extras)
                : has + " " + String.join(" ", adjectives) + " hair" + (extras.isEmpty() ? "" : " with " + joined(extras));
        return new Answer(question, text + " (" + percent(confidence) + ").", true, confidence, "hair");
    }

    /** What the face is measured wearing (glasses, a hat, earrings, a necklace, a necktie, lipstick, make-up). */
    private Answer wearing(String question, Measurements m, String pronoun) {
        List<String> worn = new java.util.ArrayList<>();
        List<String> notWorn = new java.util.ArrayList<>();
        double confidence = 1;
        for (TraitDefinition d : table.definitions()) {
            if (d.slot() != Slot.WEARING) {
                continue;
            }
            Optional<TraitDefinition.Reading> r = d.read(m);
            if (r.isEmpty()) {
                continue;
            }
            (r.get().present() ? worn : notWorn).add(d.phrases().get(0));
            if (r.get().present()) {
                confidence = Math.min(confidence, r.get().confidence());
            }
        }
        if (worn.isEmpty() && notWorn.isEmpty()) {
            return Answer.cannotTell(question, "wearing");
        }
        String verb = pronoun.equals("they") ? " are" : " is";
        if (worn.isEmpty()) {
            return new Answer(question, "Of what I can check (" + joined(notWorn) + "), " + pronoun + verb
                    + " wearing none; I can't see clothes.", true, 0.8, "wearing");
        }
        return new Answer(question, capital(pronoun) + verb + " wearing " + joined(worn) + " ("
                + percent(confidence) + "); I can't tell clothes.", true, confidence, "wearing");
    }

    /** "a, b and c". */
    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String possessive(String pronoun) {
        return pronoun.equals("she") ? "Her" : pronoun.equals("he") ? "His" : "Their";
    }

    static String where(ImageAnalysis image, FaceAnalysis face) {
        double cx = (face.box().x() + face.box().width() / 2.0) / Math.max(1, image.width());
        double cy = (face.box().y() + face.box().height() / 2.0) / Math.max(1, image.height());
        String v = cy < 1 / 3.0 ? "top" : cy < 2 / 3.0 ? "middle" : "bottom";
        String h = cx < 1 / 3.0 ? "left" : cx < 2 / 3.0 ? "centre" : "right";
        if (v.equals("middle") && h.equals("centre")) {
            return "in the centre of the photo";
        }
        return "in the " + (v.equals("middle") ? "" : v + " ") + (h.equals("centre") && !v.equals("middle")
                ? "centre" : h) + (v.equals("middle") ? " middle" : "") + " of the photo";
    }

    static String subject(FaceAnalysis face) {
        boolean young = TraitTable.minor(face.age());
        if (!TraitTable.genderStated(face)) {
            return "I can't tell the gender reliably; it leans " + face.gender().label();
        }
        String noun = face.gender().label().equals("female") ? (young ? "girl" : "woman") : (young ? "boy" : "man");
        return (face.gender().label().equals("female") ? "She" : "He") + " looks like " + article(noun) + " " + noun;
    }

    static String pronoun(FaceAnalysis face) {
        if (!TraitTable.genderStated(face)) {
            return "they";
        }
        return face.gender().label().equals("female") ? "she" : "he";
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    static String percent(double p) {
        return Math.round(100 * p) + "% sure";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double min(double[] v) {
        double m = 1;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
