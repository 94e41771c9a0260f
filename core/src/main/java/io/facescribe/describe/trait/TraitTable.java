package io.facescribe.describe.trait;

import static io.facescribe.describe.trait.Slot.EXPRESSION;
import static io.facescribe.describe.trait.Slot.HAIR;
import static io.facescribe.describe.trait.Slot.NOTE;
import static io.facescribe.describe.trait.Slot.STATE;
import static io.facescribe.describe.trait.Slot.WEARING;
import static io.facescribe.describe.trait.Slot.WITH;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.Label;
import io.facescribe.describe.trait.TraitDefinition.Reading;
import io.facescribe.looks.LooksTrait;

/**
 * Every trait the describer knows, as data. The realizer and the guard never name a trait; they read this
 * table. Traits measured today read {@link FaceAnalysis}; the CelebA attributes read
 * {@code attributes.<name>} from {@link Measurements} and stay silent until an attribute classifier fills them.
 * Five CelebA attributes have no entry because a measured value already covers them: {@code male} (gender),
 * {@code young} (age), {@code smiling} (emotion), {@code mouth_slightly_open} (mouth) and {@code blurry} (quality).
 */
public final class TraitTable {

    /**
     * Below this confidence, an adult's gender is not stated (neutral noun and pronouns instead): the threshold
     * {@code ./facescribe train facts} chose for claim precision on every validation set ({@code gender.adult} in
     * {@code facts.json}; 0.6 without one).
     */
    public static final double GENDER_MIN_CONFIDENCE = FactHeads.shipped().claimThreshold("gender.adult", 0.6);
    /**
     * Below this confidence, the gender of a face estimated under {@value #CHILD_YEARS} is not stated ("a young
     * child"): children's faces tell less ({@code gender.child} in {@code facts.json}).
     */
    public static final double CHILD_GENDER_MIN_CONFIDENCE = FactHeads.shipped().claimThreshold("gender.child", 0.6);
    /** Faces estimated younger than this are children for the gender threshold. */
    public static final double CHILD_YEARS = 13;
    /**
     * Below this confidence, no ethnicity is stated unless its own claim threshold ({@code trait.ethnicity.LABEL})
     * says otherwise: the floor {@code ./facescribe train facts} chose ({@code ethnicity} in {@code facts.json}).
     */
    public static final double ETHNICITY_MIN_CONFIDENCE = FactHeads.shipped().claimThreshold("ethnicity", 0.5);
    /** Prefix of the claim thresholds of trait concepts in {@code facts.json} ({@code trait.black_hair}, ...). */
    public static final String CLAIM_PREFIX = "trait.";
    /** Yaw (degrees) from which the head is said to be turned; pitch from which it is tilted up or down. */
    public static final double TURNED_YAW = 25;
    public static final double TILTED_PITCH = 20;
    /** A beard is said when the no_beard head says "not shaven" with at least this confidence. */
    public static final double BEARD_MIN_CONFIDENCE = 0.7;

    private static final TraitTable STANDARD = new TraitTable(build()).withClaimThresholds(FactHeads.shipped().file().claims());

    /**
     * Slots from the most to the least important, for captions that must be cut short: F1 (gender, age,
     * ethnicity) before F2, the hair (91% of Face2Text's descriptions mention it) and the expression first, notes
     * about the photo last.
     */
    private static final List<Slot> IMPORTANCE = List.of(Slot.GENDER, Slot.AGE, Slot.ETHNICITY, HAIR, EXPRESSION,
            WEARING, WITH, Slot.ADJECTIVE, STATE, NOTE);

    /**
     * What people lead with when they describe a face, in order: the gender and an age word ("a young woman"),
     * then the hair (mentioned in 91% of Face2Text's descriptions). Under {@link TraitRules.Lead#PEOPLE} the
     * composer puts these first and the realizer says them first; the other slots follow in a seeded order.
     */
    public static final List<Slot> LEAD = List.of(Slot.GENDER, Slot.AGE, HAIR);

    private final List<TraitDefinition> definitions;
    private final Map<String, TraitDefinition> byConcept;

    public TraitTable(List<TraitDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        Map<String, TraitDefinition> map = new LinkedHashMap<>();
        for (TraitDefinition d : definitions) {
            if (map.put(d.concept(), d) != null) {
                throw new IllegalArgumentException("two definitions for " + d.concept());
            }
        }
        this.byConcept = Collections.unmodifiableMap(map);
    }

    public static TraitTable standard() {
        return STANDARD;
    }

    public List<TraitDefinition> definitions() {
        return definitions;
    }

    public TraitDefinition get(String concept) {
        TraitDefinition d = byConcept.get(concept);
        if (d == null) {
            throw new IllegalArgumentException("no trait " + concept);
        }
        return d;
    }

    public Optional<TraitDefinition> find(String concept) {
        return Optional.ofNullable(byConcept.get(concept));
    }

    /**
     * Traits from the most to the least important: F1 before F2, then by slot ({@link #IMPORTANCE}), a second
     * emotion after every other F2 trait, then in table order.
     */
    public Comparator<Trait> importance() {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            order.put(definitions.get(i).concept(), i);
        }
        return Comparator.comparing(Trait::category)
                .thenComparing(Trait::secondary)
                .thenComparingInt(t -> IMPORTANCE.indexOf(t.slot()))
                .thenComparingInt(t -> order.getOrDefault(t.concept(), Integer.MAX_VALUE));
    }

    /**
     * Where a trait comes in what people lead with ({@link #LEAD}): its slot's place there, hair adjectives by
     * rank (length, texture, colour); every other trait after them (equal, so a stable sort keeps their order).
     */
    public Comparator<Trait> lead() {
        return Comparator.comparingInt((Trait t) -> LEAD.contains(t.slot()) ? LEAD.indexOf(t.slot()) : LEAD.size())
                .thenComparingInt(t -> t.slot() == HAIR ? t.definition().rank() : 0);
    }

    /** Whether people lead with this trait ({@link #LEAD}). */
    public static boolean leads(Trait t) {
        return LEAD.contains(t.slot());
    }

    /**
     * Every name {@link #resolve} takes: each concept ({@code eyeglasses}, {@code emotion.happy}), each group
     * ({@code hair.colour}, {@code ethnicity}) and each family of dotted concepts ({@code emotion}, {@code pose}).
     */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (TraitDefinition d : definitions) {
            names.add(d.concept());
            if (d.group() != null) {
                names.add(d.group());
            }
            if (d.concept().contains(".")) {
                names.add(d.concept().substring(0, d.concept().indexOf('.')));
            }
        }
        return names;
    }

    /**
     * The concepts these names stand for (see {@link #names}).
     *
     * @throws IllegalArgumentException naming the unknown names and listing the valid ones
     */
    public Set<String> resolve(Collection<String> names) {
        Set<String> concepts = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : names) {
            String name = raw.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            int before = concepts.size();
            boolean known = false;
            for (TraitDefinition d : definitions) {
                if (d.concept().equals(name) || name.equals(d.group()) || d.concept().startsWith(name + ".")) {
                    concepts.add(d.concept());
                    known = true;
                }
            }
            if (!known && concepts.size() == before) {
                unknown.add(raw.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown trait" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; valid names: " + String.join(", ", names()));
        }
        return concepts;
    }

    /**
     * A copy whose definitions state a trait only from its claim threshold: {@code trait.CONCEPT} of {@code claims}
     * (as {@code ./facescribe-workshop train claims} writes them into {@code facts.json}); the others keep theirs.
     */
    public TraitTable withClaimThresholds(Map<String, Double> claims) {
        List<TraitDefinition> out = new ArrayList<>();
        for (TraitDefinition d : definitions) {
            Double t = claims.get(CLAIM_PREFIX + d.concept());
            out.add(t == null ? d : d.withClaimThreshold(t));
        }
        return new TraitTable(out);
    }

    /** A copy that states every present trait: no claim thresholds (what {@code train claims} chooses them from). */
    public TraitTable ungated() {
        return new TraitTable(definitions.stream().map(d -> d.withClaimThreshold(0)).toList());
    }

    /** The confidence from which this concept is stated (0 when any present reading is). */
    public double claimThreshold(String concept) {
        return find(concept).map(TraitDefinition::claimThreshold).orElse(0.0);
    }

    /** A copy with more definitions (e.g. a new attribute), keeping this table's order first. */
    public TraitTable with(List<TraitDefinition> more) {
        List<TraitDefinition> all = new ArrayList<>(definitions);
        all.addAll(more);
        return new TraitTable(all);
    }

    private static Function<Measurements, Optional<Reading>> label(Function<FaceAnalysis, Label> get, String value,
                                                                   double minConfidence) {
        return m -> {
            Label l = get.apply(m.face());
            if (l == null) {
                return Optional.empty();
            }
            boolean present = value.equals(l.label()) && l.confidence() >= minConfidence;
            return Optional.of(new Reading(present, l.confidence()));
        };
    }

    /** A gender: stated from its claim threshold ({@link #genderStated}). */
    private static Function<Measurements, Optional<Reading>> gender(String value) {
        return m -> {
            Label l = m.face().gender();
            if (l == null) {
                return Optional.empty();
            }
            return Optional.of(new Reading(value.equals(l.label()) && genderStated(m.face()), l.confidence()));
        };
    }

    /**
     * Whether the face's gender is sure enough to be said: its confidence reaches {@link #GENDER_MIN_CONFIDENCE},
     * or {@link #CHILD_GENDER_MIN_CONFIDENCE} for a face estimated under {@link #CHILD_YEARS}. Captions, tags and
     * answers all ask this.
     */
    public static boolean genderStated(FaceAnalysis face) {
        if (face.gender() == null) {
            return false;
        }
        boolean child = face.age() != null && face.age().years() < CHILD_YEARS;
        return face.gender().confidence() >= (child ? CHILD_GENDER_MIN_CONFIDENCE : GENDER_MIN_CONFIDENCE);
    }

    /**
     * Whether a face may be called a girl or a boy: the age estimate is under 18 and so is the top of its range
     * (an uncertain adult is called a young woman or man, not a girl).
     */
    public static boolean minor(io.facescribe.analysis.Age age) {
        return age != null && age.years() < 18 && age.high() < 18;
    }

    private static Function<Measurements, Optional<Reading>> emotion(String name) {
        return m -> m.face().emotion() == null ? Optional.empty()
                : Optional.of(new Reading(true, m.face().emotion().probabilities().getOrDefault(name, 0.0)));
    }

    private static List<TraitDefinition> build() {
        List<TraitDefinition> t = new ArrayList<>();
        // F1: age, gender, ethnicity
        t.add(TraitDefinition.of("age", "age", Slot.AGE,
                m -> m.face().age() == null ? Optional.empty()
                        : Optional.of(new Reading(true, m.face().age().confidence()))).f1().build());
        t.add(TraitDefinition.of("gender.female", "gender", Slot.GENDER,
                        gender("female")).f1().group("gender")
                .phrases("woman", "lady").nouns("girl")
                .synonyms("female", "she", "her", "hers", "herself", "feminine", "young lady", "gal").build());
        t.add(TraitDefinition.of("gender.male", "gender", Slot.GENDER,
                        gender("male")).f1().group("gender")
                .phrases("man", "gentleman").nouns("boy")
                .synonyms("male", "he", "him", "his", "himself", "guy", "masculine", "fellow", "dude").build());
        t.add(ethnicity("white", "white").synonyms("caucasian", "european").build());
        t.add(ethnicity("black", "Black").synonyms("african american", "african").build());
        t.add(ethnicity("asian", "Asian").synonyms("east asian").build());
        t.add(ethnicity("indian", "Indian").synonyms("south asian").build());

        // F2 measured today: expression
        t.add(expression("happy").phrases("smiling").nouns("a smile", "a happy smile", "a cheerful smile")
                .synonyms("happy", "cheerful", "joyful", "smile", "smiles", "smiled", "grin", "grinning", "joy",
                        "happiness", "beaming", "delighted").build());
        t.add(expression("sad").phrases("sad", "unhappy").nouns("a sad expression", "a sad look")
                .synonyms("sadness", "sorrowful", "downcast", "gloomy", "melancholy", "upset").build());
        t.add(expression("angry").phrases("angry").nouns("an angry expression", "an angry look")
                .synonyms("anger", "frowning", "frown", "irritated", "furious", "annoyed", "mad").build());
        t.add(expression("disgust").phrases("disgusted").nouns("a disgusted expression", "a look of disgust")
                .synonyms("disgust", "repulsed", "grossed out").build());
        t.add(expression("fear").phrases("fearful", "frightened", "scared")
                .nouns("a fearful expression", "a frightened look")
                .synonyms("fear", "afraid", "anxious", "terrified", "worried").build());
        t.add(expression("surprise").phrases("surprised", "astonished")
                .nouns("a surprised expression", "a look of surprise")
                .synonyms("surprise", "amazed", "shocked", "startled").build());
        t.add(expression("neutral").phrases("calm", "composed")
                .nouns("a neutral expression", "a calm expression", "a straight face")
                .synonyms("neutral", "expressionless", "blank expression", "serious", "relaxed", "impassive",
                        "stoic").build());

        // F2 measured today: eyes, mouth, teeth (labels decided by the analysis' own thresholds)
        t.add(state("eyes.open", "traits.eyes", label(f -> f.traits().eyes(), "open", 0), "eyes").ordinary()
                .phrases("{pos} eyes open").nouns("open eyes")
                .synonyms("eyes are open", "eyes wide open", "open eyed").build());
        t.add(state("eyes.partly_closed", "traits.eyes", label(f -> f.traits().eyes(), "partly closed", 0), "eyes")
                .phrases("{pos} eyes half closed", "{pos} eyes partly closed").nouns("half-closed eyes")
                .synonyms("partly closed eyes", "eyes are half closed", "eyes half shut", "squinting", "squint",
                        "heavy lidded", "droopy eyes", "eyes partially closed").build());
        t.add(state("eyes.closed", "traits.eyes", label(f -> f.traits().eyes(), "closed", 0), "eyes")
                .phrases("{pos} eyes closed", "{pos} eyes shut").nouns("closed eyes")
                .synonyms("eyes are closed", "eyes are shut", "shut eyes").build());
        t.add(state("mouth.closed", "traits.mouth", label(f -> f.traits().mouth(), "closed", 0), "mouth").ordinary()
                .phrases("{pos} mouth closed").nouns("a closed mouth")
                .synonyms("lips closed", "lips together", "closed lips", "lips pressed together", "mouth is closed",
                        "lips sealed").build());
        t.add(state("mouth.slightly_open", "traits.mouth", label(f -> f.traits().mouth(), "slightly open", 0),
                "mouth").phrases("{pos} mouth slightly open", "{pos} lips slightly parted")
                .nouns("a slightly open mouth", "slightly parted lips")
                .synonyms("mouth is slightly open", "mouth slightly opened", "lips parted slightly", "mouth ajar",
                        "parted lips", "lips parted", "lips apart", "slightly opened mouth").build());
        t.add(state("mouth.open", "traits.mouth", label(f -> f.traits().mouth(), "open", 0), "mouth")
                .phrases("{pos} mouth open").nouns("an open mouth")
                .synonyms("mouth wide open", "mouth is open", "open mouthed", "mouth opened", "wide open mouth",
                        "opened mouth").build());
        t.add(state("teeth.visible", "traits.teeth", label(f -> f.traits().teeth(), "visible", 0), "teeth")
                .phrases("{pos} teeth showing", "{pos} teeth visible").nouns("visible teeth")
                .synonyms("showing teeth", "teeth show", "teeth are visible", "teeth are showing", "toothy",
                        "teeth visible", "showing teeth", "teeth exposed", "bared teeth")
                .negations("no teeth showing", "teeth not visible", "teeth are not visible", "without showing teeth")
                .build());

        // F2 measured today: head pose
        t.add(state("pose.turned", "pose", m -> pose(m, Math.abs(m.face().pose().yaw()) >= TURNED_YAW), "pose.yaw")
                .phrases("{pos} head turned to one side", "{pos} face turned to the side", "looking to one side")
                .excludes("pose.pitch")
                .synonyms("head turned", "turned to the side", "in profile", "looking away", "looking sideways",
                        "turned away", "head is turned", "face turned", "three quarter view").build());
        t.add(state("pose.up", "pose", m -> pose(m, m.face().pose().pitch() >= TILTED_PITCH), "pose.pitch")
                .phrases("{pos} head tilted up", "{pos} chin raised")
                .synonyms("head tilted back", "looking up", "head raised", "chin up", "head tilted upward",
                        "chin lifted", "head is tilted up").build());
        t.add(state("pose.down", "pose", m -> pose(m, m.face().pose().pitch() <= -TILTED_PITCH), "pose.pitch")
                .phrases("{pos} head tilted down", "{pos} head lowered")
                .synonyms("looking down", "head bowed", "chin down", "head down", "head tilted downward",
                        "head is tilted down", "chin lowered").build());

        // notes about the photo
        t.add(TraitDefinition.of("photo.blurry", "quality.blurry", NOTE,
                        m -> Optional.of(new Reading(m.face().quality().blurry(),
                                m.face().quality().blurryConfidence())))
                .phrases("blurry").synonyms("blurred", "out of focus", "unsharp", "fuzzy", "blur").build());
        t.add(TraitDefinition.of("photo.black_and_white", "quality.blackAndWhite", NOTE,
                        m -> Optional.of(new Reading(m.face().quality().blackAndWhite(),
                                m.face().quality().blackAndWhiteConfidence())))
                .phrases("black and white").synonyms("black-and-white", "monochrome", "grayscale", "greyscale",
                        "monochromatic", "b w").build());

        // CelebA attributes: not measured yet; each starts to speak as soon as attributes.<name> is filled
        t.add(TraitDefinition.attribute("5_o_clock_shadow", WITH).phrases("stubble", "a five o'clock shadow")
                .synonyms("stubbly", "unshaven", "5 o'clock shadow", "designer stubble", "five o clock shadow")
                .excludes("no_beard").build());
        t.add(TraitDefinition.attribute("arched_eyebrows", WITH).phrases("arched eyebrows")
                .synonyms("arched brows", "arching eyebrows", "arched eyebrow").build());
        t.add(TraitDefinition.attribute("attractive", Slot.ADJECTIVE).rank(1).phrases("attractive", "good-looking")
                .synonyms("beautiful", "handsome", "pretty", "gorgeous", "lovely", "good looking").sensitive().build());
        t.add(TraitDefinition.attribute("bags_under_eyes", WITH).phrases("bags under {pos} eyes")
                .synonyms("eye bags", "puffy eyes", "under eye bags", "bags under the eyes").build());
        t.add(TraitDefinition.attribute("bald", Slot.ADJECTIVE).rank(3).phrases("bald").nouns("a bald head")
                .synonyms("balding", "shaved head", "hairless").priority(1)
                .excludes("hair.colour", "hair.texture", "hair.length", "bangs", "receding_hairline").build());
        t.add(TraitDefinition.attribute("bangs", WITH).phrases("bangs").synonyms("fringe").build());
        t.add(TraitDefinition.attribute("big_lips", WITH).phrases("full lips", "big lips")
                .synonyms("plump lips", "thick lips", "large lips", "full lipped").build());
        t.add(TraitDefinition.attribute("big_nose", WITH).phrases("a big nose", "a large nose")
                .synonyms("prominent nose", "big nosed").build());
        // hair colour: one multi-class reading (looks.hairColour) when the looks were measured, else the heads
        t.add(hairColour("black_hair", "black").synonyms("jet black", "raven").build());
        t.add(hairColour("blond_hair", "blond").nouns("blonde", "blond", "fair haired")
                .synonyms("golden", "fair", "platinum").build());
        t.add(hairColour("brown_hair", "brown").nouns("brunette").synonyms("chestnut").build());
        t.add(hairColour("gray_hair", "gray", "grey").nouns("gray haired", "grey haired", "greying", "graying")
                .synonyms("silver", "white", "salt and pepper").build());
        // the coarser true word when neither black nor brown is sure enough to be stated: said only when no other
        // colour is (lowest priority of the group)
        t.add(TraitDefinition.of("dark_hair", "looks.hairColour", HAIR, TraitTable::darkHair)
                .rank(3).phrases("dark").nouns("dark haired").synonyms("brunet").priority(-1)
                .group("hair.colour").build());
        t.add(TraitDefinition.of("red_hair", "looks.hairColour", HAIR, looks(LooksTrait.HAIR_COLOUR, "red"))
                .rank(3).phrases("red", "auburn").nouns("redhead", "red haired")
                .synonyms("ginger", "copper", "strawberry blond", "strawberry blonde").group("hair.colour").build());
        // hair length (looks.hairLength; "bald" is the attribute below)
        t.add(TraitDefinition.of("short_hair", "looks.hairLength", HAIR, looks(LooksTrait.HAIR_LENGTH, "short"))
                .rank(1).phrases("short").synonyms("cropped", "close cropped", "crew cut", "buzz cut", "short haired")
                .group("hair.length").build());
        t.add(TraitDefinition.of("medium_hair", "looks.hairLength", HAIR, looks(LooksTrait.HAIR_LENGTH, "medium"))
                .rank(1).phrases("medium-length", "shoulder-length")
                .synonyms("medium length", "shoulder length", "chin length", "mid length").group("hair.length").build());
        t.add(TraitDefinition.of("long_hair", "looks.hairLength", HAIR, looks(LooksTrait.HAIR_LENGTH, "long"))
                .rank(1).phrases("long").synonyms("long haired", "flowing").group("hair.length").build());
        // eye colour (looks.eyeColour)
        t.add(TraitDefinition.of("light_eyes", "looks.eyeColour", WITH, looks(LooksTrait.EYE_COLOUR, "light"))
                .phrases("light eyes", "pale eyes").synonyms("blue eyes", "green eyes", "grey eyes", "gray eyes",
                        "light blue eyes", "blue eyed", "green eyed").group("eyes.colour").build());
        t.add(TraitDefinition.of("dark_eyes", "looks.eyeColour", WITH, looks(LooksTrait.EYE_COLOUR, "dark"))
                .phrases("dark eyes").synonyms("brown eyes", "dark brown eyes", "brown eyed", "dark eyed")
                .group("eyes.colour").build());
        // shape: what the looks add to the heads (thin lips, a small nose, a face shape)
        t.add(TraitDefinition.of("thin_lips", "looks.lips", WITH, looks(LooksTrait.LIPS, "thin"))
                .phrases("thin lips").synonyms("narrow lips", "thin lipped").excludes("big_lips").build());
        t.add(TraitDefinition.of("small_nose", "looks.nose", WITH, looks(LooksTrait.NOSE, "small"))
                .phrases("a small nose").synonyms("little nose", "small nosed", "button nose")
                .excludes("big_nose").build());
        t.add(TraitDefinition.of("round_face", "looks.faceShape", WITH, looks(LooksTrait.FACE_SHAPE, "round"))
                .phrases("a round face").synonyms("round faced", "round shaped face").group("face.shape").build());
        t.add(TraitDefinition.of("long_face", "looks.faceShape", WITH, looks(LooksTrait.FACE_SHAPE, "long"))
                .phrases("a long face").synonyms("long faced", "narrow face").group("face.shape").build());
        t.add(TraitDefinition.of("square_face", "looks.faceShape", WITH, looks(LooksTrait.FACE_SHAPE, "square"))
                .phrases("a square face").synonyms("square jaw", "square jawed", "strong jaw", "angular face")
                .group("face.shape").build());
        t.add(TraitDefinition.attribute("bushy_eyebrows", WITH).phrases("bushy eyebrows")
                .synonyms("thick eyebrows", "bushy brows", "thick brows", "heavy eyebrows").build());
        t.add(TraitDefinition.attribute("chubby", Slot.ADJECTIVE).rank(2).phrases("chubby")
                .synonyms("plump", "chubby cheeked", "round faced", "overweight").build());
        t.add(TraitDefinition.attribute("double_chin", WITH).phrases("a double chin").build());
        t.add(TraitDefinition.attribute("eyeglasses", WEARING).phrases("glasses", "eyeglasses")
                .synonyms("spectacles", "bespectacled", "specs", "eyeglass")
                .negations("no glasses", "without glasses", "no eyeglasses", "not wearing glasses").build());
        t.add(TraitDefinition.attribute("goatee", WITH).phrases("a goatee").synonyms("goatee beard")
                .excludes("no_beard").build());
        t.add(TraitDefinition.attribute("heavy_makeup", WEARING).phrases("heavy make-up", "heavy makeup")
                .synonyms("lots of make up", "lots of makeup", "thick make up", "full makeup", "heavy make up",
                        "full make up", "heavily made up").build());
        t.add(TraitDefinition.attribute("high_cheekbones", WITH).phrases("high cheekbones")
                .synonyms("prominent cheekbones", "defined cheekbones", "high cheek bones").build());
        t.add(TraitDefinition.attribute("mustache", WITH).phrases("a mustache", "a moustache")
                .synonyms("mustached", "moustached", "mustache", "moustache").excludes("no_beard").build());
        t.add(TraitDefinition.attribute("narrow_eyes", WITH).phrases("narrow eyes")
                .synonyms("small eyes", "narrow set eyes").build());
        // a beard: the no_beard head read the other way, said when it is sure enough that the face is not shaven
        t.add(TraitDefinition.of("beard", "attributes.no_beard", WITH, m -> m.attribute("attributes.no_beard")
                        .map(a -> new Reading(!a.present() && a.confidence() >= BEARD_MIN_CONFIDENCE, a.confidence())))
                .phrases("a beard").synonyms("bearded", "full beard", "a full beard")
                .onlyFor("male").excludes("no_beard", "5_o_clock_shadow", "goatee").build());
        t.add(TraitDefinition.attribute("no_beard", WITH).phrases("no beard", "a clean-shaven face")
                .synonyms("clean shaven", "beardless", "without a beard", "without beard", "shaved face")
                .onlyFor("male").excludes("5_o_clock_shadow", "goatee", "mustache", "beard").build());
        t.add(TraitDefinition.attribute("oval_face", WITH).phrases("an oval face")
                .synonyms("oval shaped face", "oval faced").group("face.shape").build());
        t.add(TraitDefinition.attribute("pale_skin", WITH).phrases("pale skin", "fair skin")
                .synonyms("pale skinned", "fair skinned", "pale complexion", "light skin", "pale").build());
        t.add(TraitDefinition.attribute("pointy_nose", WITH).phrases("a pointy nose", "a pointed nose")
                .synonyms("sharp nose").build());
        t.add(TraitDefinition.attribute("receding_hairline", WITH).phrases("a receding hairline")
                .synonyms("receding hair", "thinning hair", "receding hair line").build());
        t.add(TraitDefinition.attribute("rosy_cheeks", WITH).phrases("rosy cheeks")
                .synonyms("flushed cheeks", "red cheeks", "pink cheeks", "ruddy cheeks").build());
        t.add(TraitDefinition.attribute("sideburns", WITH).phrases("sideburns").synonyms("side burns").build());
        t.add(hair("straight_hair", "straight").rank(2).group("hair.texture").build());
        t.add(hair("wavy_hair", "wavy").rank(2).synonyms("wavey").group("hair.texture").build());
        t.add(TraitDefinition.attribute("wearing_earrings", WEARING).phrases("earrings")
                .synonyms("earring", "ear rings").build());
        t.add(TraitDefinition.attribute("wearing_hat", WEARING).phrases("a hat")
                .synonyms("hat", "cap", "beanie", "headwear", "fedora").build());
        t.add(TraitDefinition.attribute("wearing_lipstick", WEARING).phrases("lipstick")
                .synonyms("lip stick", "lip colour", "lip color", "painted lips").build());
        t.add(TraitDefinition.attribute("wearing_necklace", WEARING).phrases("a necklace")
                .synonyms("necklace", "pendant").build());
        t.add(TraitDefinition.attribute("wearing_necktie", WEARING).phrases("a tie", "a necktie")
                .synonyms("necktie", "neck tie", "tie").build());
        return t;
    }

    private static Optional<Reading> pose(Measurements m, boolean present) {
        return m.face().pose() == null ? Optional.empty()
                : Optional.of(new Reading(present, m.face().pose().confidence()));
    }

    private static TraitDefinition.Builder ethnicity(String label, String word) {
        return TraitDefinition.of("ethnicity." + label, "ethnicity",
                        Slot.ETHNICITY, TraitTable.label(FaceAnalysis::ethnicity, label, ETHNICITY_MIN_CONFIDENCE))
                .f1().group("ethnicity").sensitive().phrases(word);
    }

    private static TraitDefinition.Builder expression(String name) {
        return TraitDefinition.of("emotion." + name, "emotion", EXPRESSION, emotion(name)).group("emotion");
    }

    private static TraitDefinition.Builder state(String concept, String source,
                                                 Function<Measurements, Optional<Reading>> reader, String group) {
        return TraitDefinition.of(concept, source, STATE, reader).group(group);
    }

    /**
     * A looks value: present when the face's looks reading has this label and may be stated; absent (with the
     * reading's confidence) when it has another label that may be stated; not measured otherwise (unknown, or a
     * value whose precision is too low to say either way).
     */
    static Function<Measurements, Optional<Reading>> looks(LooksTrait trait, String value) {
        return m -> m.look(trait).flatMap(r -> {
            if (!r.known() || !r.stated()) {
                return Optional.empty();
            }
            return Optional.of(new Reading(r.label().equals(value), r.confidence()));
        });
    }

    /** A hair colour: from the looks' one reading when measured, else from its CelebA head. */
    private static TraitDefinition.Builder hairColour(String name, String... adjectives) {
        String value = name.equals("gray_hair") ? "grey" : name.substring(0, name.indexOf('_'));
        Function<Measurements, Optional<Reading>> fromLooks = looks(LooksTrait.HAIR_COLOUR, value);
        TraitDefinition.Builder head = hair(name, adjectives);
        Function<Measurements, Optional<Reading>> fromHead = head.build().reader();
        return TraitDefinition.of(name, "looks.hairColour", HAIR,
                        m -> m.face().looks() != null ? fromLooks.apply(m) : fromHead.apply(m))
                .rank(3).phrases(adjectives).group("hair.colour");
    }

    /**
     * Dark hair: black or brown. Present when the face's hair colour (the looks' reading, stated or not, else the
     * most probable colour head) is black or brown; its confidence is P(black) + P(brown) from the two heads (at least the looks' confidence).
     */
    static Optional<Reading> darkHair(Measurements m) {
        Map<String, Double> a = m.face().attributes();
        Double black = a.get("Black_Hair");
        Double brown = a.get("Brown_Hair");
        if (black == null || brown == null) {
            return Optional.empty();
        }
        String colour;
        double p = Math.min(1, black + brown);
        if (m.face().looks() != null) {
            Optional<io.facescribe.looks.Reading> r = m.look(LooksTrait.HAIR_COLOUR);
            if (r.isEmpty() || !r.get().known()) {
                return Optional.empty();
            }
            colour = r.get().label();
            p = Math.max(p, colour.equals("black") || colour.equals("brown") ? r.get().confidence() : 0);
        } else {
            colour = java.util.stream.Stream.of("Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair")
                    .filter(a::containsKey).max(Comparator.comparingDouble(a::get)).orElse("");
            colour = colour.isEmpty() ? "" : colour.substring(0, colour.indexOf('_')).toLowerCase(java.util.Locale.ROOT);
        }
        boolean dark = colour.equals("black") || colour.equals("brown");
        return Optional.of(new Reading(dark, dark ? p : 1 - p));
    }

    private static TraitDefinition.Builder hair(String name, String... adjectives) {
        return TraitDefinition.attribute(name, HAIR).phrases(adjectives);
    }
}
