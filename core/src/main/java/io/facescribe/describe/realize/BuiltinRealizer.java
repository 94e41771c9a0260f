package io.facescribe.describe.realize;

import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;

import static io.facescribe.describe.realize.English.join;
import static io.facescribe.describe.realize.English.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The default realizer: English from a bag of traits, with no model and no network. Deterministic per seed.
 * The bag's traits become phrases by their slots ({@link FacePhrases}); a {@link SentencePlan} drawn per caption
 * arranges them, and synonyms make different seeds give different captions. Every trait of the bag is said;
 * nothing else is. Short captions are one or two sentences; long ones give each group of traits its own
 * sentence. Thread-safe.
 */
public final class BuiltinRealizer implements Realizer {

    public enum Length {
        SHORT(List.of(new WithFirstPlan(), new IntroducedPlan(), new PersonThenDetailsPlan(), new WearingFirstPlan())),
        LONG(List.of(new SentencePerGroupPlan()));

        /** The plans a caption of this length is drawn from, equally likely. */
        final List<SentencePlan> plans;

        Length(List<SentencePlan> plans) {
            this.plans = plans;
        }
    }

    private static final long SALT = 0x7EA1_12E5L;

    private final Length length;

    public BuiltinRealizer(Length length) {
        this.length = length;
    }

    public BuiltinRealizer() {
        this(Length.SHORT);
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public String realize(TraitBag bag, long seed) {
        return realize(bag, seed, null);
    }

    /** A caption with this plan (or, when null, a plan drawn for the length), for tests of each plan. */
    String realize(TraitBag bag, long seed, SentencePlan fixed) {
        Random r = new Random(TraitComposer.mix(seed, SALT));
        FacePhrases face = FacePhrases.of(bag, r);
        SentencePlan plan = fixed == null ? plan(face, r) : fixed;
        List<String> sentences = new ArrayList<>(plan.sentences(face, r));
        if (!face.notes().isEmpty() && !plan.saysNotes()) {
            sentences.add("The " + pick(r, List.of("photo", "image", "picture")) + " is " + join(face.notes()));
        }
        return finish(sentences);
    }

    /**
     * One face as a noun phrase, for a caption of several people: "a smiling young woman with long brown hair",
     * "an older man with glasses who looks sad". Says every trait of the bag but the photo notes (a caption of
     * the whole photo says those once), and nothing else; the same bag and seed give the same phrase.
     */
    public String personPhrase(TraitBag bag, long seed) {
        Random r = new Random(TraitComposer.mix(seed, SALT));
        FacePhrases face = FacePhrases.of(bag, r);
        String person = face.person().endsWith(",") ? face.person().substring(0, face.person().length() - 1)
                : face.person();
        StringBuilder sb = new StringBuilder(person);
        List<String> with = face.leadAndWith();
        if (!with.isEmpty()) {
            sb.append(" with ").append(join(with));
        }
        if (!face.wearing().isEmpty()) {
            sb.append(with.isEmpty() ? " wearing " : ", wearing ").append(join(face.wearing()));
        }
        List<String> clauses = new ArrayList<>();
        if (face.emotionRelative() != null) {
            clauses.add(face.emotionRelative());
        }
        if (!face.looks().isEmpty()) {
            clauses.add("looks " + join(face.looks()));
        }
        if (!clauses.isEmpty()) {
            sb.append(person.contains(" who ") ? " and " : " who ").append(join(clauses));
        }
        return sb.toString();
    }

    /**
     * A plan of this length that fits the face; a face with photo notes goes half of the time to a plan that
     * opens with them.
     */
    private SentencePlan plan(FacePhrases face, Random r) {
        List<SentencePlan> plans = length.plans.stream().filter(p -> p.fits(face)).toList();
        if (plans.size() == 1) {
            return plans.get(0);
        }
        SentencePlan plan = pick(r, plans);
        if (!plan.saysNotes() && !face.notes().isEmpty() && r.nextBoolean()) {
            plan = plans.stream().filter(SentencePlan::saysNotes).findFirst().orElse(plan);
        }
        return plan;
    }

    private static String finish(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String t = s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
            sb.append(t.replace(",,", ",")).append('.');
        }
        return sb.toString();
    }
}
