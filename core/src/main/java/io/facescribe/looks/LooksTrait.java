package io.facescribe.looks;

import java.util.List;

/**
 * The looks traits: each with its JSON key, its values, its source and its decision rule, stated here in words
 * and in code. Head thresholds are the attribute heads' own ({@code heads.json}): "present" is the stricter
 * caption threshold, "decided" the decision threshold. Quantiles are positions among the CelebA train faces;
 * named thresholds come from {@code looks.json} ({@code ./facescribe-workshop train looks}). Whether descriptions may
 * state a value is decided by its measured precision ({@link LooksCalibration#stated}).
 */
public enum LooksTrait {

    HAIR_COLOUR("hairColour", List.of("black", "brown", "blond", "grey", "red"),
            "Black_Hair, Brown_Hair, Blond_Hair, Gray_Hair; hair pixels for red",
            "the colour head with the highest calibrated probability, when that reaches hairColour (the lowest "
                    + "probability at which the colours named keep 90% precision against the CelebA labels of the faces "
                    + "fitted) and the face is not bald (Bald present); otherwise unknown; red instead of brown or blond "
                    + "when the redness of the hair pixels is above the hairRed threshold (the top 3% of train faces)") {
        @Override
        Reading read(LooksInputs in) {
            if (in.present("Bald")) {
                return reading(Reading.UNKNOWN, in.p("Bald"), in);
            }
            String[] heads = {"Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair"};
            String[] names = {"black", "brown", "blond", "grey"};
            int best = 0;
            for (int i = 1; i < heads.length; i++) {
                best = in.p(heads[i]) > in.p(heads[best]) ? i : best;
            }
            double p = in.p(heads[best]);
            double min = in.threshold("hairColour");
            boolean reddish = in.measures().hairRed() >= in.threshold("hairRed");
            if (reddish && (p < min || best == 1 || best == 2)) {
                return reading("red", in.q("hairRed"), in);
            }
            return p >= min ? reading(names[best], p, in) : reading(Reading.UNKNOWN, 1 - p, in);
        }
    },

    HAIR_LENGTH("hairLength", List.of("bald", "short", "medium", "long"),
            "Bald; selfie person mask and hair pixels around the face; Male",
            "bald when Bald is present; otherwise two logistic scores (fitted to our labels) read the person mask "
                    + "beside the jaw and beside the ears, the likeness of the pixels beside the chin to the hair above "
                    + "the forehead, and the Male probability (in CelebA, as in our labels, most men's hair is short): "
                    + "long when P(long) reaches hairLong and the hair pixels are at least at the 40% point of train "
                    + "faces, short when P(short) reaches hairShort and the hair pixels are at most at the 60% point, "
                    + "medium when both scores are under 0.5, otherwise unknown") {
        @Override
        Reading read(LooksInputs in) {
            if (in.present("Bald")) {
                return reading("bald", in.p("Bald"), in);
            }
            double pLong = hairLengthProbability(in, "hairLong");
            double pShort = hairLengthProbability(in, "hairShort");
            double pixels = in.q("hairPixels");
            if (pLong >= in.threshold("hairLong") && pixels >= 0.4) {
                return reading("long", pLong, in);
            }
            if (pShort >= in.threshold("hairShort") && pixels <= 0.6) {
                return reading("short", pShort, in);
            }
            if (pLong < 0.5 && pShort < 0.5) {
                return reading("medium", 1 - Math.max(pLong, pShort), in);
            }
            return reading(Reading.UNKNOWN, Math.max(pLong, pShort), in);
        }
    },

    HAIR_TEXTURE("hairTexture", List.of("straight", "wavy"), "Straight_Hair, Wavy_Hair",
            "the more probable of Straight_Hair and Wavy_Hair when it is present; otherwise unknown (also when bald)") {
        @Override
        Reading read(LooksInputs in) {
            boolean wavy = in.p("Wavy_Hair") >= in.p("Straight_Hair");
            String head = wavy ? "Wavy_Hair" : "Straight_Hair";
            if (in.present("Bald") || !in.present(head)) {
                return reading(Reading.UNKNOWN, 1 - in.p(head), in);
            }
            return reading(wavy ? "wavy" : "straight", in.p(head), in);
        }
    },

    RECEDING_HAIRLINE("recedingHairline", "Receding_Hairline"),
    BALD("bald", "Bald"),

    EYE_COLOUR("eyeColour", List.of("light", "dark"), "iris pixels located by the mesh; Eyeglasses",
            "unknown when an eye is under 7 pixels wide, the eyes are not open (lid gap / "
                    + "width under 0.19), Eyeglasses is decided, or the cheeks have almost no colour (a grey image); "
                    + "otherwise the saturation of the iris band (the 20% to 40% darkest pixels between the lids: "
                    + "brown irises are saturated, blue, green and grey ones are not) is dark at or above eyeDark, "
                    + "light at or below eyeLight, unknown between") {
        @Override
        Reading read(LooksInputs in) {
            LooksMeasures m = in.measures();
            if (m.eyeWidth() < MIN_EYE_PIXELS || m.eyeOpenness() < 0.19 || in.decided("Eyeglasses")
                    || m.skinChroma() < MIN_SKIN_CHROMA) {
                return reading(Reading.UNKNOWN, 0.9, in);
            }
            double s = eyeScore(m);
            double light = in.threshold("eyeLight");
            double dark = in.threshold("eyeDark");
            if (s >= dark) {
                return reading("dark", 0.5 + 0.5 * Math.min(1, (s - dark) / 0.2), in);
            }
            if (s <= light) {
                return reading("light", 0.5 + 0.5 * Math.min(1, (light - s) / 0.2), in);
            }
            return reading(Reading.UNKNOWN, 0.5, in);
        }
    },

    NARROW_EYES("narrowEyes", "Narrow_Eyes"),
    EYE_BAGS("eyeBags", "Bags_Under_Eyes"),

    LIPS("lips", List.of("full", "thin", "average"), "Big_Lips; mesh lip height",
            "full when Big_Lips is present; thin when the lip height (both lips, outer to inner edge, / face size) is "
                    + "in the lowest 20% of train faces and Big_Lips is not decided; otherwise average") {
        @Override
        Reading read(LooksInputs in) {
            return bigSmall(in, "Big_Lips", "lipHeight", "full", "thin");
        }
    },

    NOSE("nose", List.of("big", "small", "average"), "Big_Nose; mesh nose width",
            "big when Big_Nose is present; small when the nose width (across the nostrils / face size) is in the "
                    + "lowest 20% of train faces and Big_Nose is not decided; otherwise average") {
        @Override
        Reading read(LooksInputs in) {
            return bigSmall(in, "Big_Nose", "noseWidth", "big", "small");
        }
    },

    POINTY_NOSE("pointyNose", List.of("yes", "no"), "Pointy_Nose; mesh nose-tip depth",
            "yes when Pointy_Nose is present and the nose tip stands out at least as far as on a quarter of train "
                    + "faces; otherwise no") {
        @Override
        Reading read(LooksInputs in) {
            boolean yes = in.present("Pointy_Nose") && in.q("noseTip") >= 0.25;
            return reading(yes ? "yes" : "no", yes ? in.p("Pointy_Nose") : 1 - in.p("Pointy_Nose"), in);
        }
    },

    EYEBROWS("eyebrows", "Bushy_Eyebrows", "thick", "not thick"),
    ARCHED_EYEBROWS("archedEyebrows", "Arched_Eyebrows"),

    FACE_SHAPE("faceShape", List.of("oval", "round", "long", "square"), "mesh face length and jaw width; Chubby, Oval_Face",
            "long when face length / width is in the top 20% of train faces; round when Chubby is present or the "
                    + "face is in the lowest 30% for length and below 60% for jaw width; square when in the lowest half "
                    + "for length and the top 30% for jaw width; otherwise oval") {
        @Override
        Reading read(LooksInputs in) {
            double len = in.q("faceLength");
            double jaw = in.q("jawWidth");
            if (len >= 0.8) {
                return reading("long", len, in);
            }
            if (in.present("Chubby") || (len <= 0.3 && jaw < 0.6)) {
                return reading("round", Math.max(in.p("Chubby"), 1 - len), in);
            }
            if (len <= 0.5 && jaw >= 0.7) {
                return reading("square", jaw, in);
            }
            return reading("oval", Math.max(in.p("Oval_Face"), 0.5), in);
        }
    },

    DOUBLE_CHIN("doubleChin", "Double_Chin"),
    HIGH_CHEEKBONES("highCheekbones", "High_Cheekbones"),
    PALE_SKIN("paleSkin", "Pale_Skin"),
    STUBBLE("stubble", "5_o_Clock_Shadow"),

    BEARD("beard", List.of("yes", "no"), "No_Beard",
            "yes when No_Beard is not decided (its probability under its decision threshold); otherwise no") {
        @Override
        Reading read(LooksInputs in) {
            boolean beard = !in.decided("No_Beard");
            return reading(beard ? "yes" : "no", beard ? 1 - in.p("No_Beard") : in.p("No_Beard"), in);
        }
    },

    GOATEE("goatee", "Goatee"),
    MOUSTACHE("moustache", "Mustache"),
    SIDEBURNS("sideburns", "Sideburns");

    /** Narrower eyes than this (image pixels, corner to corner) leave too few iris pixels for a colour. */
    public static final double MIN_EYE_PIXELS = 7;
    /** Cheeks with less colour than this (max − min channel, 0..1) mean a grey image. */
    public static final double MIN_SKIN_CHROMA = 0.03;

    private final String key;
    private final List<String> values;
    private final String source;
    private final String rule;
    private final String head;

    LooksTrait(String key, List<String> values, String source, String rule) {
        this.key = key;
        this.values = values;
        this.source = source;
        this.rule = rule;
        this.head = null;
    }

    /** A trait one CelebA head decides: yes when the attribute is present (caption threshold). */
    LooksTrait(String key, String head) {
        this(key, head, "yes", "no");
    }

    LooksTrait(String key, String head, String yes, String no) {
        this.key = key;
        this.values = List.of(yes, no);
        this.source = head;
        this.rule = yes + " when " + head + " is present (its caption threshold), otherwise " + no;
        this.head = head;
    }

    /** The reading of one face. */
    Reading read(LooksInputs in) {
        boolean yes = in.present(head);
        return reading(values.get(yes ? 0 : 1), yes ? in.p(head) : 1 - in.p(head), in);
    }

    Reading reading(String label, double confidence, LooksInputs in) {
        return new Reading(label, confidence, source, in.calibration().stated(key, label));
    }

    /** The inputs of the hair-length scores, in the order of their weights (see {@link #HAIR_LENGTH}). */
    public static final List<String> HAIR_LENGTH_INPUTS = List.of("chin", "ears", "like", "male");

    public static double[] hairLengthInputs(LooksMeasures m, double male) {
        return new double[] {m.hairBesideChin(), m.hairBesideEars(), m.hairLikeTop(), male};
    }

    /** P(long) or P(short): a logistic score whose weights are {@code name.bias}, {@code name.chin}, … */
    static double hairLengthProbability(LooksInputs in, String name) {
        double[] x = hairLengthInputs(in.measures(), in.p("Male"));
        double z = in.threshold(name + ".bias");
        for (int i = 0; i < x.length; i++) {
            z += in.threshold(name + "." + HAIR_LENGTH_INPUTS.get(i)) * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Score of eye darkness: the iris band's saturation (see {@link #EYE_COLOUR}); higher is darker. */
    public static double eyeScore(LooksMeasures m) {
        return m.irisSaturation();
    }

    /** Big when the head is present, small when the measure is in the lowest 20% and the head not decided. */
    Reading bigSmall(LooksInputs in, String head, String measure, String big, String small) {
        if (in.present(head)) {
            return reading(big, in.p(head), in);
        }
        double q = in.q(measure);
        if (q <= 0.2 && !in.decided(head)) {
            return reading(small, 1 - q, in);
        }
        return reading("average", 1 - in.p(head), in);
    }

    public String key() {
        return key;
    }

    /** The values a reading may take (besides unknown). */
    public List<String> labels() {
        return values;
    }

    public String source() {
        return source;
    }

    /** The decision rule in words. */
    public String rule() {
        return rule;
    }

    /** The CelebA attribute that alone decides this trait, or null. */
    public String head() {
        return head;
    }
}
