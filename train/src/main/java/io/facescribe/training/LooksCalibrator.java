package io.facescribe.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.facescribe.attributes.AttributeClassifier;
import io.facescribe.attributes.AttributeNames;
import io.facescribe.image.ImageDecoder;
import io.facescribe.image.RgbImage;
import io.facescribe.looks.Looks;
import io.facescribe.looks.LooksCalibration;
import io.facescribe.looks.LooksMeasures;
import io.facescribe.looks.LooksReader;
import io.facescribe.looks.LooksTrait;
import io.facescribe.looks.Reading;

/**
 * Builds the looks calibration: quantiles of every measure over the CelebA train faces, the thresholds that need
 * labels (eye colour, hair length) fitted on our own labels, and validation figures on the CelebA validation
 * split — against the CelebA labels where they exist, against our own labels for eye colour, hair length and
 * face shape. Figures of thresholds fitted on our labels are cross-fitted: the labelled faces are halved by id
 * parity, each half is read with thresholds fitted on the other, and the halves are pooled. A value may be
 * stated in descriptions when its precision reaches {@link #PRECISION} over at least {@link #MIN_MEASURED} faces.
 */
public final class LooksCalibrator {

    /** The precision a trait value must reach on validation faces to be stated. */
    public static final double PRECISION = 0.8;
    /** Fewer faces given a value than this: its precision is not judged and it is not stated. */
    public static final int MIN_MEASURED = 10;
    /**
     * The precision label-fitted thresholds keep on the faces they are fitted to: above {@link #PRECISION}, as a
     * margin for faces they were not fitted to (asking instead that the Wilson 95% lower bound reach 0.8 was
     * tried and gave lower cross-fitted figures).
     */
    static final double FIT_PRECISION = 0.9;
    /**
     * The precision the hair-length thresholds keep on the faces they are fitted to: lower than
     * {@link #FIT_PRECISION}, for at 0.9 their cross-fitted precision (short 84%, long 88%) left a margin over
     * {@link #PRECISION} that cost a third of the faces people name a length for.
     */
    static final double HAIR_LENGTH_FIT_PRECISION = 0.85;
    /** Redness of hair above which red is named: this share of train faces lies below it. */
    static final double RED_SHARE = 0.97;
    /** The hair-length regressions' solver limits: converged far below the 4 decimals the weights are kept to. */
    private static final int SOLVER_ITERATIONS = 500;
    private static final double SOLVER_TOLERANCE = 1e-9;

    /** The CelebA faces: the 89×109 crops of the CelebA split. */
    public static final String CELEBA = "celeba";
    /** The name of a set's copies with half the pixels each way. */
    public static final String HALVED = " halved";

    /**
     * One development face with everything the rules and the figures read.
     *
     * @param set which images: {@link #CELEBA}, or a set of other images labelled by us for eye colour (its
     *            {@link #HALVED} copies are only read, for the figures at half the size)
     */
    public record Sample(String id, boolean train, boolean[] labels, LooksMeasures measures,
                         Map<String, Double> attributes, LooksLabels.Row hand, String set) {
        boolean label(String attribute) {
            return labels[AttributeNames.indexOf(attribute)];
        }

        String key() {
            return set + "/" + id;
        }

        boolean celebaValidation() {
            return !train && set.equals(CELEBA);
        }

        /** Another set of images labelled for eye colour, at its own size. */
        boolean other() {
            return !set.equals(CELEBA) && !set.endsWith(HALVED);
        }

        /** Which half of a cross-fit the face is in: a numeric id's parity (CelebA, UTKFace), else its hash's. */
        int half() {
            String stem = id.replace(".jpg", "");
            return !stem.isEmpty() && stem.chars().allMatch(Character::isDigit) ? (stem.charAt(stem.length() - 1) - '0') % 2
                    : Math.floorMod(stem.hashCode(), 2);
        }
    }

    /** What a face's reference accepts: its class name and the trait values that agree with it. */
    public record Reference(String name, Set<String> accepts) {
    }

    private LooksCalibrator() {
    }

    public static List<Sample> samples(CelebaAttributes data, Map<String, LooksData.Face> faces, AttributeClassifier heads,
                                       LooksLabels labels, Consumer<String> log) {
        ImageDecoder decoder = new ImageDecoder();
        List<Sample> out = new ArrayList<>();
        for (CelebaAttributes.Item item : data.items()) {
            LooksData.Face face = faces.get(item.id());
            if (face == null) {
                continue;
            }
            RgbImage image;
            try {
                image = decoder.decode(item.file()).image();
            } catch (RuntimeException | io.facescribe.image.ImageDecodeException e) {
                log.accept("skipped " + item.file() + ": " + e.getMessage());
                continue;
            }
            out.add(new Sample(item.id(), item.train(), item.labels(), LooksMeasures.of(image, face.mesh(), face.features()),
                    heads.probabilities(face.features()), item.validation() ? labels.rows().get(item.id()) : null, CELEBA));
        }
        return out;
    }

    /**
     * Faces of other images labelled by us for eye colour, each taken whole as one face, as given and halved
     * (set {@code name} and {@code name + HALVED}); they have no CelebA labels.
     */
    public static List<Sample> otherSamples(String name, List<LooksData.Pair> faces, AttributeClassifier heads,
                                            LooksLabels labels) {
        List<Sample> out = new ArrayList<>();
        boolean[] none = new boolean[AttributeNames.ALL.size()];
        for (LooksData.Pair p : faces) {
            LooksLabels.Row hand = labels.rows().get(p.full().id());
            out.add(new Sample(p.full().id(), false, none, LooksMeasures.of(p.fullImage(), p.full().mesh(), p.full().features()),
                    heads.probabilities(p.full().features()), hand, name));
            out.add(new Sample(p.half().id(), false, none, LooksMeasures.of(p.halfImage(), p.half().mesh(), p.half().features()),
                    heads.probabilities(p.half().features()), hand, name + HALVED));
        }
        return out;
    }

    public static LooksCalibration calibrate(List<Sample> samples, AttributeClassifier heads, Map<String, Object> provenance) {
        List<Sample> train = samples.stream().filter(Sample::train).toList();
        List<Sample> validation = samples.stream().filter(Sample::celebaValidation).toList();
        // the faces thresholds are fitted to: the CelebA validation faces and the other sets at their own size
        List<Sample> fitted = samples.stream().filter(s -> s.celebaValidation() || s.other()).toList();
        List<Sample> read = samples.stream().filter(s -> !s.train()).toList();
        Map<String, double[]> quantiles = new LinkedHashMap<>();
        for (String m : LooksMeasures.NAMES) {
            double[] v = train.stream().mapToDouble(s -> s.measures().value(m)).sorted().toArray();
            double[] q = new double[19];
            for (int i = 0; i < q.length; i++) {
                q[i] = round(percentile(v, (i + 1) / 20.0));
            }
            quantiles.put(m, q);
        }
        double red = round(percentile(train.stream().mapToDouble(s -> s.measures().hairRed()).sorted().toArray(), RED_SHARE));
        Map<String, List<String>> everything = new LinkedHashMap<>();
        for (LooksTrait t : LooksTrait.values()) {
            everything.put(t.key(), t.labels());
        }
        // cross-fitted readings of the validation faces (and of the other sets, as given and halved)
        Map<String, Looks> readings = new LinkedHashMap<>();
        for (int half = 0; half < 2; half++) {
            int h = half;
            LooksCalibration c = new LooksCalibration(LooksCalibration.FORMAT, quantiles,
                    thresholds(fitted.stream().filter(s -> s.half() != h).toList(), heads, quantiles, red),
                    everything, List.of(), Map.of(), List.of());
            LooksReader reader = new LooksReader(heads, c);
            for (Sample s : read) {
                if (s.half() == h) {
                    readings.put(s.key(), reader.read(s.measures(), s.attributes()));
                }
            }
        }
        List<LooksCalibration.Figure> figures = new ArrayList<>();
        Map<String, List<String>> stated = new LinkedHashMap<>();
        for (LooksTrait t : LooksTrait.values()) {
            // eye colour: every face we labelled for it; the rest: the CelebA validation faces
            List<LooksCalibration.Figure> rows = figures(t, t == LooksTrait.EYE_COLOUR ? fitted : validation, readings,
                    referenceName(t, fitted));
            figures.addAll(rows);
            stated.put(t.key(), rows.stream().filter(LooksCalibration.Figure::stated).map(LooksCalibration.Figure::value).toList());
        }
        // eye colour by set and size: what the pooled figure is made of, and the same faces with half the pixels
        List<LooksCalibration.Figure> checks = new ArrayList<>();
        for (String set : read.stream().filter(s -> s.hand() != null && s.hand().eyeColour() != null).map(Sample::set)
                .distinct().toList()) {
            List<Sample> of = read.stream().filter(s -> s.set().equals(set)).toList();
            checks.addAll(figures(LooksTrait.EYE_COLOUR, of, readings, setName(set, of)));
        }
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("trainFaces", train.size());
        prov.put("validationFaces", validation.size());
        prov.put("labelledFaces", validation.stream().filter(s -> s.hand() != null).count());
        prov.put("otherLabelledFaces", fitted.stream().filter(Sample::other).count());
        prov.put("statedRule", "precision >= " + PRECISION + " over >= " + MIN_MEASURED + " validation faces given the value");
        return new LooksCalibration(LooksCalibration.FORMAT, quantiles, thresholds(fitted, heads, quantiles, red),
                stated, figures, prov, checks);
    }

    /**
     * The named thresholds: hair redness from the train faces; eye colour and hair length fitted to our labels
     * (of the faces given).
     */
    static Map<String, Double> thresholds(List<Sample> labelled, AttributeClassifier heads, Map<String, double[]> quantiles,
                                          double red) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("hairRed", red);
        // a reader with neutral thresholds, to know which faces the rules call unknown or bald before any fitting
        Map<String, Double> neutral = new LinkedHashMap<>(Map.of("hairRed", red, "eyeLight", -1e9, "eyeDark", -2e9,
                "hairLong", 2.0, "hairShort", 2.0, "hairColour", 0.0));
        for (String name : List.of("hairLong", "hairShort")) {
            neutral.put(name + ".bias", 0.0);
            LooksTrait.HAIR_LENGTH_INPUTS.forEach(i -> neutral.put(name + "." + i, 0.0));
        }
        LooksCalibration forQuantiles = new LooksCalibration(LooksCalibration.FORMAT, quantiles, neutral, Map.of(), List.of(),
                Map.of(), List.of());
        LooksReader reader = new LooksReader(heads, forQuantiles);
        List<double[]> eyes = new ArrayList<>(); // score, 1 = light
        List<double[]> hairX = new ArrayList<>();
        List<Integer> hairY = new ArrayList<>(); // 0 short, 1 medium, 2 long
        List<Double> hairPixels = new ArrayList<>();
        List<double[]> colours = new ArrayList<>(); // the best colour head's probability, 1 = the face's one CelebA colour
        for (Sample s : labelled) {
            Reference colour = reference(LooksTrait.HAIR_COLOUR, s);
            Reading read = colour == null ? null : reader.read(s.measures(), s.attributes()).get(LooksTrait.HAIR_COLOUR).orElse(null);
            if (read != null && read.known() && !read.label().equals("red")) {
                colours.add(new double[] {read.confidence(), colour.accepts().contains(read.label()) ? 1 : 0});
            }
            if (s.hand() == null) {
                continue;
            }
            Looks looks = reader.read(s.measures(), s.attributes());
            String eye = s.hand().eyeColour();
            if (eye != null && looks.get(LooksTrait.EYE_COLOUR).map(Reading::known).orElse(false)) {
                eyes.add(new double[] {LooksTrait.eyeScore(s.measures()), eye.equals("dark") ? 1 : 0});
            }
            String len = s.hand().hairLength();
            if (len != null && !len.equals("bald") && !looks.get(LooksTrait.HAIR_LENGTH).map(r -> r.label().equals("bald")).orElse(false)) {
                hairX.add(LooksTrait.hairLengthInputs(s.measures(), s.attributes().get("Male")));
                hairY.add(List.of("short", "medium", "long").indexOf(len));
                hairPixels.add(forQuantiles.quantile("hairPixels", s.measures().hairPixels()));
            }
        }
        t.put("hairColour", round(Math.min(1.0, lowestPrecise(colours, 1, FIT_PRECISION))));
        t.put("eyeDark", round(finite(lowestPrecise(eyes, 1))));
        t.put("eyeLight", round(finite(Math.min(highestPrecise(eyes, 0), t.get("eyeDark") - 1e-4))));
        for (String name : List.of("hairLong", "hairShort")) {
            int cls = name.equals("hairLong") ? 2 : 0;
            double[] y = hairY.stream().mapToDouble(c -> c == cls ? 1 : 0).toArray();
            double[] w = logistic(hairX, y, 1.0);
            t.put(name + ".bias", round(w[0]));
            for (int i = 0; i < LooksTrait.HAIR_LENGTH_INPUTS.size(); i++) {
                t.put(name + "." + LooksTrait.HAIR_LENGTH_INPUTS.get(i), round(w[i + 1]));
            }
            List<double[]> scored = new ArrayList<>();
            for (int k = 0; k < hairX.size(); k++) {
                boolean gate = cls == 2 ? hairPixels.get(k) >= 0.4 : hairPixels.get(k) <= 0.6;
                if (gate) {
                    scored.add(new double[] {sigmoid(w, hairX.get(k)), y[k]});
                }
            }
            t.put(name, round(Math.min(1.0, lowestPrecise(scored, 1, HAIR_LENGTH_FIT_PRECISION))));
        }
        return t;
    }

    /**
     * L2-regularised logistic regression, bias first, then one weight per input: minimises
     * {@code sum(log-loss) + l2/2 * |w|^2} (the bias not penalised) with the train module's one solver
     * ({@link BatchLogisticRegression}, whose loss is the mean: its lambda is {@code l2 / n}).
     */
    static double[] logistic(List<double[]> x, double[] y, double l2) {
        if (x.isEmpty()) {
            return new double[1];
        }
        int n = x.size();
        float[][] rows = new float[n][];
        boolean[] labels = new boolean[n];
        for (int k = 0; k < n; k++) {
            double[] v = x.get(k);
            rows[k] = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                rows[k][i] = (float) v[i];
            }
            labels[k] = y[k] >= 0.5;
        }
        LogisticRegression.Model m = BatchLogisticRegression.fit(rows, new boolean[][] {labels}, new double[] {l2 / n},
                SOLVER_ITERATIONS, SOLVER_TOLERANCE)[0];
        double[] w = new double[m.weights().length + 1];
        w[0] = m.bias();
        System.arraycopy(m.weights(), 0, w, 1, m.weights().length);
        return w;
    }

    static double sigmoid(double[] w, double[] x) {
        double z = w[0];
        for (int i = 0; i < x.length; i++) {
            z += w[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Never / always: a threshold no score reaches stays finite in JSON. */
    private static double finite(double t) {
        return Math.max(-1e9, Math.min(1e9, t));
    }

    /** Lowest t such that faces scoring >= t are class {@code cls} with precision >= FIT_PRECISION (at least 5). */
    static double lowestPrecise(List<double[]> scored, int cls) {
        return lowestPrecise(scored, cls, FIT_PRECISION);
    }

    /** Lowest t such that faces scoring >= t are class {@code cls} with this precision (at least 5). */
    static double lowestPrecise(List<double[]> scored, int cls, double precision) {
        double[] candidates = scored.stream().mapToDouble(x -> x[0]).sorted().toArray();
        for (double t : candidates) {
            int n = 0, right = 0;
            for (double[] x : scored) {
                if (x[0] >= t) {
                    n++;
                    right += x[1] == cls ? 1 : 0;
                }
            }
            if (n >= 5 && right >= precision * n) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Highest t such that faces scoring <= t are class {@code cls}, as {@link #lowestPrecise} asks. */
    static double highestPrecise(List<double[]> scored, int cls) {
        double[] candidates = scored.stream().mapToDouble(x -> x[0]).sorted().toArray();
        for (int i = candidates.length - 1; i >= 0; i--) {
            double t = candidates[i];
            int n = 0, right = 0;
            for (double[] x : scored) {
                if (x[0] <= t) {
                    n++;
                    right += x[1] == cls ? 1 : 0;
                }
            }
            if (n >= 5 && right >= FIT_PRECISION * n) {
                return t;
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    /** What a validation face's labels say about a trait (null: nothing). */
    public static Reference reference(LooksTrait t, Sample s) {
        LooksLabels.Row hand = s.hand();
        switch (t) {
            case HAIR_COLOUR: {
                String[] heads = {"Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair"};
                String[] names = {"black", "brown", "blond", "grey"};
                String only = null;
                for (int i = 0; i < heads.length; i++) {
                    if (s.label(heads[i])) {
                        if (only != null) {
                            return null;
                        }
                        only = names[i];
                    }
                }
                return only == null || s.label("Bald") ? null : new Reference(only, Set.of(only));
            }
            case HAIR_TEXTURE:
                if (s.label("Straight_Hair") == s.label("Wavy_Hair")) {
                    return null;
                }
                return s.label("Wavy_Hair") ? new Reference("wavy", Set.of("wavy")) : new Reference("straight", Set.of("straight"));
            case HAIR_LENGTH:
                return hand == null || hand.hairLength() == null ? null : new Reference(hand.hairLength(), Set.of(hand.hairLength()));
            case EYE_COLOUR:
                return hand == null || hand.eyeColour() == null ? null : new Reference(hand.eyeColour(), Set.of(hand.eyeColour()));
            case FACE_SHAPE:
                return hand == null || hand.faceShape() == null ? null : new Reference(hand.faceShape(), Set.of(hand.faceShape()));
            case LIPS:
                return s.label("Big_Lips") ? new Reference("Big_Lips", Set.of("full")) : new Reference("not Big_Lips", Set.of("thin", "average"));
            case NOSE:
                return s.label("Big_Nose") ? new Reference("Big_Nose", Set.of("big")) : new Reference("not Big_Nose", Set.of("small", "average"));
            case POINTY_NOSE:
                return yesNo(s.label("Pointy_Nose"), t);
            case BEARD:
                return yesNo(!s.label("No_Beard"), t);
            default:
                return t.head() == null ? null : yesNo(s.label(t.head()), t);
        }
    }

    private static Reference yesNo(boolean yes, LooksTrait t) {
        String v = t.labels().get(yes ? 0 : 1);
        return new Reference(v, Set.of(v));
    }

    static String referenceName(LooksTrait t, List<Sample> fitted) {
        if (t == LooksTrait.EYE_COLOUR) {
            return "our own labels: " + fitted.stream().map(Sample::set).distinct().map(set -> setName(set,
                    fitted.stream().filter(s -> s.set().equals(set)).toList())).collect(java.util.stream.Collectors.joining(", "));
        }
        return referenceName(t);
    }

    /** A set as the figures name it: which images, how large, with the median eye width in pixels. */
    static String setName(String set, List<Sample> of) {
        double[] widths = of.stream().mapToDouble(s -> s.measures().eyeWidth()).sorted().toArray();
        String what = set.equals(CELEBA) ? "CelebA validation 89×109" : set;
        return String.format(java.util.Locale.ROOT, "%s (eyes %.0f px)", what, percentile(widths, 0.5));
    }

    static String referenceName(LooksTrait t) {
        return switch (t) {
            case HAIR_COLOUR -> "CelebA Black/Brown/Blond/Gray_Hair (faces with exactly one)";
            case HAIR_TEXTURE -> "CelebA Straight_Hair / Wavy_Hair (faces with exactly one)";
            case HAIR_LENGTH, EYE_COLOUR, FACE_SHAPE -> "our own labels";
            case LIPS -> "CelebA Big_Lips";
            case NOSE -> "CelebA Big_Nose";
            case POINTY_NOSE -> "CelebA Pointy_Nose";
            case BEARD -> "CelebA No_Beard (negated)";
            default -> "CelebA " + t.head();
        };
    }

    static List<LooksCalibration.Figure> figures(LooksTrait t, List<Sample> validation, Map<String, Looks> read,
                                                 String referenceName) {
        List<Reference> refs = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Sample s : validation) {
            Reference r = reference(t, s);
            if (r != null) {
                refs.add(r);
                predicted.add(read.get(s.key()).get(t).map(Reading::label).orElse(Reading.UNKNOWN));
            }
        }
        int n = refs.size();
        int known = 0, right = 0;
        Map<String, int[]> perClass = new LinkedHashMap<>(); // class -> {known, right}
        for (int i = 0; i < n; i++) {
            String p = predicted.get(i);
            Reference r = refs.get(i);
            int[] c = perClass.computeIfAbsent(r.name(), k -> new int[2]);
            if (!p.equals(Reading.UNKNOWN)) {
                known++;
                c[0]++;
                if (r.accepts().contains(p)) {
                    right++;
                    c[1]++;
                }
            }
        }
        double accuracy = ratio(right, known);
        double balanced = perClass.values().stream().filter(c -> c[0] > 0).mapToDouble(c -> ratio(c[1], c[0])).average().orElse(Double.NaN);
        double coverage = ratio(known, n);
        Set<String> values = new LinkedHashSet<>(t.labels());
        values.addAll(List.of("average"));
        List<LooksCalibration.Figure> out = new ArrayList<>();
        for (String v : values) {
            if (v.equals("average") && !(t == LooksTrait.LIPS || t == LooksTrait.NOSE)) {
                continue;
            }
            int given = 0, agree = 0, truly = 0, found = 0;
            for (int i = 0; i < n; i++) {
                boolean g = predicted.get(i).equals(v);
                Reference r = refs.get(i);
                boolean only = r.accepts().equals(Set.of(v));
                given += g ? 1 : 0;
                agree += g && r.accepts().contains(v) ? 1 : 0;
                truly += only ? 1 : 0;
                found += only && g ? 1 : 0;
            }
            double precision = ratio(agree, given);
            boolean stated = given >= MIN_MEASURED && precision >= PRECISION && !v.equals("average");
            out.add(new LooksCalibration.Figure(t.key(), v, referenceName, n, given, num(precision),
                    num(ratio(found, truly)), num(accuracy), num(balanced), num(coverage), stated));
        }
        return out;
    }

    /** Validation faces as TSV: id, measures, the attributes the rules read, CelebA labels of those, our labels. */
    public static String tsv(List<Sample> samples) {
        List<String> attrs = List.of("Bald", "Black_Hair", "Brown_Hair", "Blond_Hair", "Gray_Hair", "Eyeglasses", "Big_Lips",
                "Big_Nose", "Pointy_Nose", "Chubby", "Oval_Face", "Male");
        StringBuilder sb = new StringBuilder("id");
        LooksMeasures.NAMES.forEach(m -> sb.append('\t').append(m));
        attrs.forEach(a -> sb.append("\tp_").append(a));
        attrs.forEach(a -> sb.append("\ty_").append(a));
        sb.append("\teye\thair\tshape\n");
        for (Sample s : samples) {
            if (!s.celebaValidation()) {
                continue;
            }
            sb.append(s.id());
            LooksMeasures.NAMES.forEach(m -> sb.append('\t').append((float) s.measures().value(m)));
            attrs.forEach(a -> sb.append('\t').append((float) s.attributes().get(a).doubleValue()));
            attrs.forEach(a -> sb.append('\t').append(s.label(a) ? 1 : 0));
            LooksLabels.Row h = s.hand();
            sb.append('\t').append(h == null ? "" : h.eyeColour()).append('\t').append(h == null ? "" : h.hairLength())
                    .append('\t').append(h == null ? "" : h.faceShape()).append('\n');
        }
        return sb.toString();
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : round(v);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : v;
    }

    static String describe(double[] a) {
        return Arrays.toString(a);
    }
}
