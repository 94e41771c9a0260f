package io.facescribe.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.ImageDescription;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.trait.AgeValue;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.Lexicon;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

/**
 * Answers questions about a photo from its analysis, and only from it, reading the question with the caption
 * guard's {@link CaptionReader} and the {@link TraitTable}. Every face is asked: "Is anyone smiling?", "Is
 * everyone ...?", "How many women wear glasses?", "Who looks the oldest?", "Who is smiling?"; a question about one
 * face picks it by position ("the man on the left", "in the middle", "second from the right"), by person and
 * pronoun ("the woman", "her"), by age ("the oldest") or by a trait ("the one with glasses"), else takes the
 * largest face, and the answer says which face it means. "Describe her" and "Describe the person on the left"
 * give that face's caption; "Describe the photo" the whole-photo caption. Yes/no answers say the trait in a
 * sentence ("Yes, his mouth is slightly open") and their first word follows the confidence. When the analysis
 * does not measure what is asked, the answer says so. Thread-safe.
 */
public final class QuestionAnswerer {

    private static final Map<String, String> EMOTION_WORDS = Map.of("angry", "angry", "disgust", "disgusted",
            "fear", "afraid", "happy", "happy", "sad", "sad", "surprise", "surprised", "neutral", "neutral");

    private final TraitTable table;
    private final CaptionReader reader;
    /** Writes the caption of "Describe her", "Describe the person on the left", "Describe the photo". */
    private final Describer describer;

    public QuestionAnswerer(TraitTable table) {
        this(table, DescribeOptions.defaults().withRealizer(RealizerChoice.learned()));
    }

    /** @param describe how "Describe her" is captioned (by default the learned realizer: what a person would say) */
    public QuestionAnswerer(TraitTable table, DescribeOptions describe) {
        this.table = table;
        this.reader = new CaptionReader(new Lexicon(table));
        this.describer = Describer.create(describe);
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
        String q = normalized(question);
        FaceNames names = new FaceNames(image);
        if (q.contains(" how many ")) {
            return howMany(image, names, question, q);
        }
        if (image.faces().isEmpty()) {
            return new Answer(question, "I see no face in this photo, so I can't tell.", false, 0, "count");
        }
        if (containsAny(q, ANY_WORDS) || containsAny(q, ALL_WORDS)) {
            Optional<Answer> a = anyOrAll(image, names, question, q, containsAny(q, ALL_WORDS));
            if (a.isPresent()) {
                return a.get();
            }
        }
        if (q.startsWith(" who ") || q.startsWith(" which one ") || q.startsWith(" which person ")) {
            return who(image, names, question, q);
        }
        if (image.faces().size() == 1) {
            return ask(image, image.faces().get(0), question, q);
        }
        if (q.matches("^ (describe|tell me about) (the )?(photo|picture|image|people|everyone|everybody|them|all of them) ?.*")) {
            return wholePhoto(image, question);
        }
        Selection chosen = select(image, names, q);
        Answer a = ask(image, image.faces().get(chosen.index()), question, chosen.rest());
        String about = capital(names.name(chosen.index())) + (chosen.said() ? "" : ", the largest face");
        return new Answer(question, about + ": " + a.text(), a.supported(), a.confidence(), a.topic());
    }

    private static final List<String> ANY_WORDS = List.of("anyone", "anybody", "someone", "somebody", "any of them",
            "any one", "at least one", "any person", "any face");
    private static final List<String> ALL_WORDS = List.of("everyone", "everybody", "all of them", "all the people",
            "all people", "each of them", "every person", "every face", "they all", "all of the people");

    private static boolean containsAny(String q, List<String> words) {
        return words.stream().anyMatch(w -> q.contains(" " + w + " "));
    }

    /** Lower case, letters and digits, single spaces, a space at each end. */
    private static String normalized(String question) {
        return " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip()
                + " ";
    }

    /** Plural person nouns as the lexicon reads them in the singular ("women" is the gender "woman"). */
    private static String singular(String q) {
        return q.replace(" women ", " woman ").replace(" men ", " man ").replace(" girls ", " girl ")
                .replace(" boys ", " boy ").replace(" ladies ", " lady ").replace(" guys ", " guy ")
                .replace(" gentlemen ", " gentleman ").replace(" children ", " child ").replace(" kids ", " kid ")
                .replace(" adults ", " adult ").replace(" teenagers ", " teenager ");
    }

    /** The trait a question is about, the gender and ages it restricts the faces to. */
    private record Reading(TraitDefinition trait, boolean negated, String gender, int low, int high,
                           String unmeasured) {
    }

    private Reading readQuestion(String q) {
        TraitDefinition trait = null;
        boolean negated = false;
        String gender = null;
        int low = -1;
        int high = -1;
        String unmeasured = null;
        for (Mention m : reader.read(singular(q))) {
            if (m.concept().equals("age")) {
                low = m.low();
                high = m.high();
                continue;
            }
            if (m.concept().startsWith("unmeasured:") || m.concept().startsWith("umbrella:")) {
                unmeasured = unmeasured == null ? m.concept() : unmeasured;
                continue;
            }
            Optional<TraitDefinition> d = table.find(m.concept());
            if (d.isEmpty()) {
                continue;
            }
            if (d.get().slot() == Slot.GENDER) {
                if (!isPronoun(m.text())) {
                    gender = m.concept().substring("gender.".length());
                }
                continue;
            }
            if (trait == null) {
                trait = d.get();
                negated = m.negated();
            }
        }
        return new Reading(trait, negated, gender, low, high, unmeasured);
    }

    /** Whether a face is of this gender (measured confidently enough to say) and in this age range. */
    private static boolean matches(FaceAnalysis f, Reading r) {
        if (r.gender() != null && (f.gender() == null || !f.gender().label().equals(r.gender())
                || f.gender().confidence() < TraitTable.GENDER_MIN_CONFIDENCE)) {
            return false;
        }
        return r.low() < 0 || f.age() == null || (f.age().years() >= r.low() && f.age().years() <= r.high());
    }

    /** "How many ...?": faces, faces of a gender or age, or faces with a trait, each one named. */
    private Answer howMany(ImageAnalysis image, FaceNames names, String question, String q) {
        int n = image.faces().size();
        if (n == 0) {
            return new Answer(question, "I see no face in this photo.", true, 0.5, "count");
        }
        Reading r = readQuestion(q);
        double faceScore = min(image.faces().stream().mapToDouble(FaceAnalysis::score).toArray());
        if (r.trait() == null && r.unmeasured() != null) {
            return Answer.cannotTell(question, r.unmeasured());
        }
        List<Integer> group = new java.util.ArrayList<>();
        for (int i : names.leftToRight()) {
            if (matches(image.faces().get(i), r)) {
                group.add(i);
            }
        }
        String kind = r.gender() == null && r.low() < 0 ? "people" : plural(r, group, image);
        if (r.trait() == null) {
            if (r.gender() == null && r.low() < 0) {
                return new Answer(question, n == 1 ? "There is one face in this photo."
                        : "There are " + n + " faces in this photo.", true, faceScore, "count");
            }
            String text = group.isEmpty() ? "There are no " + kind + " among the " + n + " faces in this photo."
                    : (group.size() == 1 ? "There is one " + singularOf(kind) : "There are " + group.size() + " " + kind)
                    + " in this photo: " + named(names, group) + ".";
            return new Answer(question, text, true, faceScore, "count");
        }
        List<Integer> with = new java.util.ArrayList<>();
        double confidence = 1;
        for (int i : group) {
            Optional<Fact> f = fact(Measurements.of(image.faces().get(i)), r.trait());
            if (f.isEmpty()) {
                return Answer.cannotTell(question, r.trait().concept());
            }
            if (f.get().present() != r.negated()) {
                with.add(i);
            }
            confidence = Math.min(confidence, f.get().confidence());
        }
        String of = group.size() == 1 ? "the one " + singularOf(kind) : "the " + group.size() + " " + kind;
        String text;
        if (with.isEmpty()) {
            text = "No one " + (group.size() == n ? "" : "among " + of + " ") + "in this photo "
                    + groupPredicate(r.trait(), !r.negated(), false);
        } else {
            text = count(with.size()) + " of " + of + " " + groupPredicate(r.trait(), !r.negated(), with.size() > 1)
                    + ": " + named(names, with);
        }
        return new Answer(question, capital(text) + " (" + percent(confidence) + ").", true, confidence,
                r.trait().concept());
    }

    private static String count(int n) {
        return n < 11 ? List.of("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                .get(n) : Integer.toString(n);
    }

    /** The plural noun for the faces a question counts: "women", "men", "children", ... */
    private static String plural(Reading r, List<Integer> group, ImageAnalysis image) {
        if (r.gender() != null) {
            boolean young = r.high() >= 0 && r.high() < 18;
            return r.gender().equals("female") ? (young ? "girls" : "women") : (young ? "boys" : "men");
        }
        return r.high() >= 0 && r.high() <= 13 ? "children" : r.low() >= 18 ? "adults" : "people";
    }

    private static String singularOf(String plural) {
        return switch (plural) {
            case "women" -> "woman";
            case "men" -> "man";
            case "girls" -> "girl";
            case "boys" -> "boy";
            case "children" -> "child";
            case "adults" -> "adult";
            default -> "person";
        };
    }

    /** "the woman on the left (face #2) and the man on the right (face #1)". */
    private static String named(FaceNames names, List<Integer> faces) {
        return joined(faces.stream().map(names::name).toList());
    }

    /** "Is anyone ...?", "Is everyone ...?": every face asked, each one that decides the answer named. */
    private Optional<Answer> anyOrAll(ImageAnalysis image, FaceNames names, String question, String q, boolean all) {
        Reading r = readQuestion(q);
        if (r.trait() == null) {
            return r.unmeasured() == null ? Optional.empty() : Optional.of(Answer.cannotTell(question, r.unmeasured()));
        }
        List<Integer> yes = new java.util.ArrayList<>();
        List<Integer> no = new java.util.ArrayList<>();
        Map<Integer, Double> sure = new java.util.HashMap<>();
        for (int i : names.leftToRight()) {
            if (!matches(image.faces().get(i), r)) {
                continue;
            }
            Optional<Fact> f = fact(Measurements.of(image.faces().get(i)), r.trait());
            if (f.isEmpty()) {
                return Optional.of(Answer.cannotTell(question, r.trait().concept()));
            }
            (f.get().present() != r.negated() ? yes : no).add(i);
            sure.put(i, f.get().confidence());
        }
        if (yes.isEmpty() && no.isEmpty()) {
            return Optional.empty();
        }
        boolean present = !r.negated();
        boolean answer = all ? no.isEmpty() : !yes.isEmpty();
        // the answer is as sure as the faces that decide it: the surest "yes" for anyone, every face otherwise
        double confidence = !all && answer ? yes.stream().mapToDouble(sure::get).max().orElse(0)
                : all && !answer ? no.stream().mapToDouble(sure::get).max().orElse(0)
                : sure.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        String text;
        if (all) {
            text = answer ? (yes.size() == 1 ? named(names, yes) + " " + groupPredicate(r.trait(), present, false)
                    : (yes.size() == 2 ? "both people " : "all " + count(yes.size()) + " people ")
                    + groupPredicate(r.trait(), present, true))
                    : named(names, no) + " " + groupPredicate(r.trait(), !present, no.size() > 1);
        } else {
            text = answer ? named(names, yes) + " " + groupPredicate(r.trait(), present, yes.size() > 1)
                    : "nobody " + groupPredicate(r.trait(), present, false);
        }
        return Optional.of(new Answer(question, hedged(answer, confidence, text), true, confidence,
                r.trait().concept()));
    }

    /** "Who looks the oldest?", "Who is smiling?", "Who wears glasses?". */
    private Answer who(ImageAnalysis image, FaceNames names, String question, String q) {
        if (q.contains(" oldest ") || q.contains(" youngest ") || q.contains(" older ") || q.contains(" younger ")) {
            boolean oldest = q.contains(" oldest ") || q.contains(" older ");
            int best = superlative(image, names.leftToRight(), oldest);
            FaceAnalysis f = image.faces().get(best);
            String text = capital(names.name(best)) + " looks the " + (oldest ? "oldest" : "youngest")
                    + (image.faces().size() == 1 ? " (the only face)" : "") + ", about " + Math.round(f.age().years())
                    + " years old (" + Math.round(f.age().low()) + " to " + Math.round(f.age().high()) + ").";
            return new Answer(question, text, true, f.age().confidence(), "age");
        }
        Reading r = readQuestion(q);
        if (r.trait() == null) {
            return r.unmeasured() != null ? Answer.cannotTell(question, r.unmeasured())
                    : Answer.cannotTell(question, "unknown");
        }
        List<Integer> yes = new java.util.ArrayList<>();
        double confidence = 1;
        for (int i : names.leftToRight()) {
            if (!matches(image.faces().get(i), r)) {
                continue;
            }
            Optional<Fact> f = fact(Measurements.of(image.faces().get(i)), r.trait());
            if (f.isEmpty()) {
                return Answer.cannotTell(question, r.trait().concept());
            }
            if (f.get().present() != r.negated()) {
                yes.add(i);
            }
            confidence = Math.min(confidence, f.get().confidence());
        }
        String text = yes.isEmpty() ? "No one " + groupPredicate(r.trait(), !r.negated(), false)
                : capital(named(names, yes)) + " " + groupPredicate(r.trait(), !r.negated(), yes.size() > 1);
        return new Answer(question, text + " (" + percent(confidence) + ").", true, confidence, r.trait().concept());
    }

    private static int superlative(ImageAnalysis image, List<Integer> among, boolean oldest) {
        int best = among.get(0);
        for (int i : among) {
            double a = image.faces().get(i).age().years();
            double b = image.faces().get(best).age().years();
            if (oldest ? a > b : a < b) {
                best = i;
            }
        }
        return best;
    }

    /** Which face a question is about, and the question without the words that chose it. */
    private record Selection(int index, String rest, boolean said) {
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile(
            " (?:(?:on|to|at) )?(?:the )?(?:(far|very) )?(left|right|middle|centre|center)(?: one| side)?(?: of (?:the )?(?:photo|picture|image))? ");
    private static final java.util.regex.Pattern RANKED = java.util.regex.Pattern.compile(
            " (?:the )?(second|third|fourth|fifth|sixth|seventh) (?:one |person |face )?from the (left|right) ");
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            " (?:the|this|that) (woman|lady|girl|man|gentleman|guy|boy|person|one|child|kid|face)(?: (?:who is|who s|that is))? ");

    private Selection select(ImageAnalysis image, FaceNames names, String q) {
        List<Integer> candidates = new java.util.ArrayList<>(names.leftToRight());
        String rest = q;
        boolean said = false;
        String gender = null;
        java.util.regex.Matcher person = PERSON.matcher(rest);
        if (person.find()) {
            String noun = person.group(1);
            gender = List.of("woman", "lady", "girl").contains(noun) ? "female"
                    : List.of("man", "gentleman", "guy", "boy").contains(noun) ? "male" : null;
            rest = rest.substring(0, person.start()) + " " + rest.substring(person.end());
        } else if (rest.matches(".* (she|her|hers|herself) .*")) {
            gender = "female";
        } else if (rest.matches(".* (he|him|his|himself) .*")) {
            gender = "male";
        }
        if (gender != null) {
            String g = gender;
            List<Integer> of = candidates.stream().filter(i -> {
                FaceAnalysis f = image.faces().get(i);
                return f.gender() != null && f.gender().label().equals(g)
                        && f.gender().confidence() >= TraitTable.GENDER_MIN_CONFIDENCE;
            }).toList();
            if (!of.isEmpty()) {
                said |= of.size() < candidates.size();
                candidates = new java.util.ArrayList<>(of);
            }
        }
        // "the one with glasses", "the man wearing a hat"
        java.util.regex.Matcher with = java.util.regex.Pattern.compile(
                " (with|wearing|in) (.+?) (?=(is|are|does|do|look|looks|feel|feels|seem|seems|smiling|and)\\b|$)").matcher(rest);
        if (person.find(0) && with.find()) {
            Reading r = readQuestion(" is " + with.group(2) + " ");
            if (r.trait() != null) {
                List<Integer> having = candidates.stream().filter(i -> fact(Measurements.of(image.faces().get(i)),
                        r.trait()).map(f -> f.present() != r.negated()).orElse(false)).toList();
                if (!having.isEmpty()) {
                    candidates = new java.util.ArrayList<>(having);
                    said = true;
                    rest = rest.substring(0, with.start()) + " " + rest.substring(with.end());
                }
            }
        }
        for (String s : List.of("oldest", "youngest")) {
            if (rest.contains(" " + s + " ")) {
                int best = superlative(image, candidates, s.equals("oldest"));
                return new Selection(best, rest.replaceAll(" (the )?" + s + "( one| person)? ", " "), true);
            }
        }
        java.util.regex.Matcher ranked = RANKED.matcher(rest);
        if (ranked.find()) {
            int rank = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
                    .indexOf(ranked.group(1));
            List<Integer> c = candidates;
            int pick = c.get(Math.min(c.size() - 1, ranked.group(2).equals("left") ? rank : c.size() - 1 - rank));
            return new Selection(pick, rest.substring(0, ranked.start()) + " " + rest.substring(ranked.end()), true);
        }
        java.util.regex.Matcher position = POSITION.matcher(rest);
        if (position.find()) {
            String side = position.group(2);
            int pick = side.equals("left") ? candidates.get(0) : side.equals("right")
                    ? candidates.get(candidates.size() - 1) : candidates.size() == names.size() ? names.middle()
                    : candidates.get(candidates.size() / 2);
            return new Selection(pick, rest.substring(0, position.start()) + " " + rest.substring(position.end()), true);
        }
        int largest = candidates.stream().mapToInt(Integer::intValue).min().orElse(0);
        return new Selection(largest, rest, said);
    }

    /** "Describe the photo": the whole-photo caption. */
    private Answer wholePhoto(ImageAnalysis image, String question) {
        ImageDescription d = describer.describe(image);
        return new Answer(question, d.photoCaption(), true, min(image.faces().stream()
                .mapToDouble(FaceAnalysis::score).toArray()), "photo");
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
        if ((q.startsWith(" describe ") || q.startsWith(" tell me about ") || q.contains(" look like "))
                && !q.contains(" hair")) {
            return new Answer(question, describer.describe(face).caption(), true, face.score(), "caption");
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
                    + ethnicityWord(face.ethnicity().label()) + " (" + percent(face.ethnicity().confidence()) + ").", true,
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

    /**
     * Whether the face has the trait and how sure the analysis is; for a trait of a group of states (the mouth
     * closed, slightly open or open), the state it has instead. Empty when the analysis does not measure it.
     */
    private record Fact(boolean present, double confidence, TraitDefinition instead) {
    }

    private Optional<Fact> fact(Measurements m, TraitDefinition d) {
        Optional<TraitDefinition.Reading> reading = d.read(m);
        if (reading.isEmpty()) {
            return Optional.empty();
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
        }
        TraitDefinition instead = null;
        if (!present && d.group() != null && d.slot() != Slot.EXPRESSION) {
            for (TraitDefinition other : table.definitions()) {
                if (other != d && d.group().equals(other.group()) && other.source().equals(d.source())
                        && other.slot() == d.slot()) {
                    Optional<TraitDefinition.Reading> r = other.read(m);
                    if (r.isPresent() && r.get().present()) {
                        instead = other;
                        confidence = r.get().confidence();
                        break;
                    }
                }
            }
        }
        return Optional.of(new Fact(present, confidence, instead));
    }

    private Answer answerTrait(String question, Measurements m, TraitDefinition d, boolean negated, String pronoun) {
        Optional<Fact> f = fact(m, d);
        if (f.isEmpty()) {
            return Answer.cannotTell(question, d.concept());
        }
        Fact fact = f.get();
        boolean yes = fact.present() != negated;
        String said;
        if (d.slot() == Slot.NOTE) {
            said = "the photo is " + (fact.present() ? "" : "not ") + d.phrases().get(0);
        } else if (!fact.present() && d.slot() == Slot.ETHNICITY) {
            said = pronoun + (pronoun.equals("they") ? " look " : " looks ")
                    + ethnicityWord(m.face().ethnicity().label());
        } else if (!fact.present() && fact.instead() != null) {
            said = clause(fact.instead(), true, pronoun);
        } else {
            said = clause(d, fact.present(), pronoun);
        }
        return new Answer(question, hedged(yes, fact.confidence(), said), true, fact.confidence(), d.concept());
    }

    /** An ethnicity as the trait table writes it ("Asian", "Black", "white"). */
    private String ethnicityWord(String label) {
        return table.find("ethnicity." + label).map(d -> d.phrases().get(0))
                .orElse("neither white, Black, Asian nor Indian");
    }

    /**
     * The answer's opening word follows the confidence: "Yes, ..." / "No, ..." when sure (80% or more),
     * "Probably: ..." / "Probably not: ..." from 60%, "Perhaps: ..., but I'm only 35% sure." below.
     */
    static String hedged(boolean yes, double confidence, String said) {
        if (confidence >= 0.8) {
            return (yes ? "Yes, " : "No, ") + said + " (" + percent(confidence) + ").";
        }
        if (confidence >= 0.6) {
            return (yes ? "Probably: " : "Probably not: ") + said + " (" + percent(confidence) + ").";
        }
        return (yes ? "Perhaps: " : "Perhaps not: ") + said + ", but I'm only " + Math.round(100 * confidence)
                + "% sure.";
    }

    /** Whether the noun of a state phrase takes a plural verb ("her eyes are closed"). */
    private static boolean pluralNoun(String noun) {
        return noun.endsWith("s") || noun.equals("teeth");
    }

    /**
     * A trait said of one face with its pronoun, whether it has it or not: "she is smiling", "he is not wearing
     * glasses", "his mouth is slightly open", "she has long hair", "he is clean-shaven".
     */
    String clause(TraitDefinition d, boolean present, String pronoun) {
        boolean they = pronoun.equals("they");
        String poss = pronoun.equals("she") ? "her" : pronoun.equals("he") ? "his" : "their";
        String phrase = d.phrases().get(0);
        if (d.slot() == Slot.STATE && phrase.startsWith("{pos} ")) {
            String[] w = phrase.substring("{pos} ".length()).split(" ", 2);
            String be = pluralNoun(w[0]) ? "are" : "is";
            return poss + " " + w[0] + " " + be + (present ? " " : " not ") + (w.length > 1 ? w[1] : "");
        }
        return pronoun + " " + predicate(d, present, they, poss);
    }

    /** A trait said of a named face or faces: "is smiling", "are wearing glasses", "has their mouth slightly open". */
    private static String groupPredicate(TraitDefinition d, boolean present, boolean plural) {
        return predicate(d, present, plural, "their");
    }

    private static String predicate(TraitDefinition d, boolean present, boolean plural, String poss) {
        String be = plural ? "are" : "is";
        String have = plural ? "have" : "has";
        String dont = plural ? "do not have" : "does not have";
        String not = present ? " " : " not ";
        String phrase = d.phrases().get(0).replace("{pos}", poss);
        return switch (d.slot()) {
            case EXPRESSION, ADJECTIVE, NOTE, AGE -> be + not + phrase;
            case WEARING -> be + not + "wearing " + phrase;
            case GENDER -> be + not + "a " + phrase;
            case ETHNICITY -> (present ? (plural ? "look " : "looks ") : (plural ? "do not look " : "does not look "))
                    + phrase;
            case HAIR -> (present ? have + " " : dont + " ") + phrase + " hair";
            case STATE -> (present ? have + " " : dont + " ") + phrase;
            case WITH -> d.concept().equals("no_beard") ? be + not + "clean-shaven"
                    : (present ? have + " " : dont + " ") + phrase;
        };
    }

    private Answer whichOf(String question, Measurements m, String group, String pronoun, String topic) {
        // the value a caption states (sure enough for its claim threshold; the more specific one, as the composer
        // keeps it: by priority, then confidence), else the most probable present one
        TraitDefinition best = null;
        TraitDefinition.Reading bestReading = null;
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
            if (r.get().present() && (best == null || better(d, r.get(), best, bestReading))) {
                best = d;
                bestReading = r.get();
            }
        }
        double confidence = bestReading == null ? 0 : bestReading.confidence();
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

    /** Whether a present value beats another for the answer: stated first, then priority, then confidence. */
    private static boolean better(TraitDefinition d, TraitDefinition.Reading r, TraitDefinition best, TraitDefinition.Reading b) {
        if (r.stated() != b.stated()) {
            return r.stated();
        }
        if (d.priority() != best.priority()) {
            return d.priority() > best.priority();
        }
        return r.confidence() > b.confidence();
    }

    /** Everything measured about the hair: bald, or length, texture and colour, with bangs or a receding hairline. */
    private Answer describeHair(String question, Measurements m, String pronoun) {
        List<TraitDefinition> present = new java.util.ArrayList<>();
        double confidence = 1;
        for (TraitDefinition d : table.definitions()) {
            boolean hair = d.slot() == Slot.HAIR || List.of("bald", "bangs", "receding_hairline").contains(d.concept());
            Optional<TraitDefinition.Reading> r = hair ? d.read(m) : Optional.empty();
            boolean colourTaken = "hair.colour".equals(d.group()) && present.stream().anyMatch(p -> "hair.colour".equals(p.group()));
            if (r.isPresent() && r.get().stated() && !colourTaken) { // as a caption states it: one colour, sure enough
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
            confidence = Math.min(confidence, r.get().confidence());
        }
        if (worn.isEmpty() && notWorn.isEmpty()) {
            return Answer.cannotTell(question, "wearing");
        }
        String verb = pronoun.equals("they") ? " are" : " is";
        if (worn.isEmpty()) {
            return new Answer(question, capital(pronoun) + verb + " not wearing " + joinedOr(notWorn) + " ("
                    + percent(confidence) + ").", true, confidence, "wearing");
        }
        return new Answer(question, capital(pronoun) + verb + " wearing " + joined(worn) + " ("
                + percent(confidence) + ").", true, confidence, "wearing");
    }

    /** "a, b or c". */
    private static String joinedOr(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
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
