package io.facescribe.accuracy;

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
import io.facescribe.training.CelebaAttributes;
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

    /** One development face with everything the rules and the figures read. */
    public record Sample(String id, boolean train, boolean[] labels, LooksMeasures measures,
                         Map<String, Double> attributes, LooksLabels.Row hand) {
        boolean label(String attribute) {
            return labels[AttributeNames.indexOf(attribute)];
        }

        int half() {
            return Integer.parseInt(id.replace(".jpg", "")) % 2;
        }
    }

    /** What a face's reference accepts: its class name and the trait values that agree with it. */
    record Reference(String name, Set<String> accepts) {
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
                    heads.probabilities(face.features()), item.validation() ? labels.rows().get(item.id()) : null));
        }
        return out;
    }

    public static LooksCalibration calibrate(List<Sample> samples, AttributeClassifier heads, Map<String, Object> provenance) {
        List<Sample> train = samples.stream().filter(Sample::train).toList();
        List<Sample> validation = samples.stream().filter(s -> !s.train()).toList();
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
        // cross-fitted readings of the validation faces
        Map<String, Looks> read = new LinkedHashMap<>();
        for (int half = 0; half < 2; half++) {
            int h = half;
            LooksCalibration c = new LooksCalibration(LooksCalibration.FORMAT, quantiles,
                    thresholds(validation.stream().filter(s -> s.half() != h).toList(), heads, quantiles, red),
                    everything, List.of(), Map.of());
            LooksReader reader = new LooksReader(heads, c);
            for (Sample s : validation) {
                if (s.half() == h) {
                    read.put(s.id(), reader.read(s.measures(), s.attributes()));
                }
            }
        }
        List<LooksCalibration.Figure> figures = new ArrayList<>();
        Map<String, List<String>> stated = new LinkedHashMap<>();
        for (LooksTrait t : LooksTrait.values()) {
            List<LooksCalibration.Figure> rows = figures(t, validation, read);
            figures.addAll(rows);
            stated.put(t.key(), rows.stream().filter(LooksCalibration.Figure::stated).map(LooksCalibration.Figure::value).toList());
        }
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("trainFaces", train.size());
        prov.put("validationFaces", validation.size());
        prov.put("labelledFaces", validation.stream().filter(s -> s.hand() != null).count());
        prov.put("statedRule", "precision >= " + PRECISION + " over >= " + MIN_MEASURED + " validation faces given the value");
        return new LooksCalibration(LooksCalibration.FORMAT, quantiles, thresholds(validation, heads, quantiles, red),
                stated, figures, prov);
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
        LooksReader reader = new LooksReader(heads, new LooksCalibration(LooksCalibration.FORMAT, quantiles, neutral,
                Map.of(), List.of(), Map.of()));
        LooksCalibration forQuantiles = new LooksCalibration(LooksCalibration.FORMAT, quantiles, neutral, Map.of(), List.of(), Map.of());
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
                eyes.add(new double[] {LooksTrait.eyeScore(s.measures()), eye.equals("light") ? 1 : 0});
            }
            String len = s.hand().hairLength();
            if (len != null && !len.equals("bald") && !looks.get(LooksTrait.HAIR_LENGTH).map(r -> r.label().equals("bald")).orElse(false)) {
                hairX.add(LooksTrait.hairLengthInputs(s.measures(), s.attributes().get("Male")));
                hairY.add(List.of("short", "medium", "long").indexOf(len));
                hairPixels.add(forQuantiles.quantile("hairPixels", s.measures().hairPixels()));
            }
        }
        t.put("hairColour", round(Math.min(1.0, lowestPrecise(colours, 1, FIT_PRECISION))));
        t.put("eyeLight", round(finite(lowestPrecise(eyes, 1))));
        t.put("eyeDark", round(finite(Math.min(highestPrecise(eyes, 0), t.get("eyeLight") - 1e-4))));
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

    /** L2-regularised logistic regression by Newton's method: bias first, then one weight per input. */
    static double[] logistic(List<double[]> x, double[] y, double l2) {
        int d = x.isEmpty() ? 1 : x.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int k = 0; k < x.size(); k++) {
                double[] v = withBias(x.get(k));
                double p = sigmoid(w, x.get(k));
                for (int i = 0; i < d; i++) {
                    g[i] += (p - y[k]) * v[i];
                    for (int j = 0; j < d; j++) {
                        h[i][j] += p * (1 - p) * v[i] * v[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                g[i] += l2 * w[i];
                h[i][i] += l2;
            }
            h[0][0] += 1e-6;
            double[] step = solve(h, g);
            double size = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-8) {
                break;
            }
        }
        return w;
    }

    private static double[] withBias(double[] x) {
        double[] v = new double[x.length + 1];
        v[0] = 1;
        System.arraycopy(x, 0, v, 1, x.length);
        return v;
    }

    static double sigmoid(double[] w, double[] x) {
        double z = w[0];
        for (int i = 0; i < x.length; i++) {
            z += w[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting (small symmetric systems). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
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
    static Reference reference(LooksTrait t, Sample s) {
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

    static List<LooksCalibration.Figure> figures(LooksTrait t, List<Sample> validation, Map<String, Looks> read) {
        List<Reference> refs = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Sample s : validation) {
            Reference r = reference(t, s);
            if (r != null) {
                refs.add(r);
                predicted.add(read.get(s.id()).get(t).map(Reading::label).orElse(Reading.UNKNOWN));
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
            out.add(new LooksCalibration.Figure(t.key(), v, referenceName(t), n, given, num(precision),
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
            if (s.train()) {
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
