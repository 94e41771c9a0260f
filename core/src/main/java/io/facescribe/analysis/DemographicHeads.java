package io.facescribe.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.attributes.HeadFiles;

/**
 * Gender, ethnicity, age and emotion from a face's {@link FaceVector}: linear heads trained on frozen
 * network features (see {@code ./facescribe-workshop train demographics}), shipped with their provenance in
 * {@code demographics.json} beside this class. Immutable and thread-safe.
 *
 * <p>Every head standardises the named blocks of the vector with its train split's mean and scale, clips to
 * ±clip, and computes one logit per output, {@code bias + weights · z}. Kinds: {@code logistic} (one output:
 * the probability of {@code classes[0]}); {@code one-vs-rest} (one output per class; probabilities are the
 * sigmoids normalised to sum to one); {@code ordinal} (output k is the logit of "age > cuts[k]"; the
 * survival curve through them gives the median and quantiles).
 */
public final class DemographicHeads {

    public static final String RESOURCE = "demographics.json";
    public static final String FORMAT = "facescribe-demographic-heads/1";

    /** One stored head: weights are base64 of little-endian float32, one string per output. */
    public record Head(String kind, List<String> blocks, String mean, String scale, double clip, List<String> classes,
                       double[] cuts, double[] biases, List<String> weights, Map<String, Object> validation) {
    }

    /** The stored file. */
    public record HeadFile(String format, String vectorVersion, Map<String, Head> heads, Map<String, Object> provenance) {
    }

    /** A head ready to apply. */
    private record Linear(int[] gather, float[] mean, float[] scale, double clip, double[] biases, float[][] weights) {

        double[] logits(float[] v) {
            float[] z = new float[gather.length];
            for (int i = 0; i < z.length; i++) {
                double s = (v[gather[i]] - mean[i]) * (double) scale[i];
                z[i] = (float) Math.max(-clip, Math.min(clip, s));
            }
            double[] out = new double[biases.length];
            for (int k = 0; k < out.length; k++) {
                double s = biases[k];
                float[] w = weights[k];
                for (int i = 0; i < w.length; i++) {
                    s += w[i] * z[i];
                }
                out[k] = s;
            }
            return out;
        }
    }

    private final HeadFile file;
    private final Linear gender;
    private final Linear ethnicity;
    private final Linear age;
    private final Linear emotion;

    public DemographicHeads(HeadFile file) {
        if (!FORMAT.equals(file.format())) {
            throw new IllegalArgumentException("not a demographic head file (format " + file.format() + ")");
        }
        if (!FaceVector.VERSION.equals(file.vectorVersion())) {
            throw new IllegalArgumentException("heads were trained on face vectors " + file.vectorVersion()
                    + " but this FaceScribe computes " + FaceVector.VERSION + "; rebuild them with ./facescribe-workshop train demographics");
        }
        this.file = file;
        this.gender = linear(file, "gender", 1);
        this.ethnicity = linear(file, "ethnicity", Demographics.ETHNICITIES.size());
        this.age = linear(file, "age", file.heads().get("age").cuts().length);
        this.emotion = linear(file, "emotion", Demographics.EMOTIONS.size());
    }

    private static Linear linear(HeadFile file, String task, int outputs) {
        Head h = file.heads().get(task);
        if (h == null) {
            throw new IllegalArgumentException("head file lacks the " + task + " head");
        }
        int[] gather = FaceVector.gather(h.blocks());
        float[] mean = decode(h.mean());
        float[] scale = decode(h.scale());
        if (h.biases().length != outputs || h.weights().size() != outputs || mean.length != gather.length
                || scale.length != gather.length) {
            throw new IllegalArgumentException(task + " head does not match its blocks / outputs");
        }
        float[][] w = new float[outputs][];
        for (int k = 0; k < outputs; k++) {
            w[k] = decode(h.weights().get(k));
            if (w[k].length != gather.length) {
                throw new IllegalArgumentException(task + " head: " + w[k].length + " weights, expected " + gather.length);
            }
        }
        return new Linear(gather, mean, scale, h.clip(), h.biases().clone(), w);
    }

    /** The heads shipped with FaceScribe. */
    public static DemographicHeads shipped() {
        try (InputStream in = DemographicHeads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no shipped demographic heads (" + RESOURCE
                        + "); build them with ./facescribe-workshop train demographics");
            }
            return new DemographicHeads(new ObjectMapper().readValue(in, HeadFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("shipped demographic heads are unreadable", e);
        }
    }

    public static DemographicHeads read(Path path) {
        return new DemographicHeads(HeadFiles.read(path, HeadFile.class, "demographic heads"));
    }

    public void write(Path path) {
        HeadFiles.write(path, file);
    }

    public HeadFile file() {
        return file;
    }

    /** Probability that the face is female. */
    public double femaleProbability(float[] v) {
        double p = sigmoid(gender.logits(v)[0]);
        return "female".equals(file.heads().get("gender").classes().get(0)) ? p : 1 - p;
    }

    /** Probabilities of white, black, asian, indian, other. */
    public double[] ethnicity(float[] v) {
        return normalised(ethnicity.logits(v));
    }

    /** Probabilities of the seven emotions (angry, disgust, fear, happy, sad, surprise, neutral). */
    public double[] emotion(float[] v) {
        return normalised(emotion.logits(v));
    }

    /** P(age > cuts[k]) for every cut, made non-increasing. */
    public double[] survival(float[] v) {
        double[] l = age.logits(v);
        double[] s = new double[l.length];
        double prev = 1;
        for (int k = 0; k < l.length; k++) {
            s[k] = Math.min(prev, sigmoid(l[k]));
            prev = s[k];
        }
        return s;
    }

    /** The age below which the face's age lies with probability q (0 < q < 1), from the survival curve. */
    public double ageQuantile(float[] v, double q) {
        return quantile(file.heads().get("age").cuts(), survival(v), q);
    }

    /** The q-quantile of a survival curve given at the cuts (1 at age 0, 0 at age 100, linear between). */
    public static double quantile(double[] cuts, double[] survival, double q) {
        double level = 1 - q;
        double prevAge = 0;
        double prevS = 1;
        for (int k = 0; k <= cuts.length; k++) {
            double a = k < cuts.length ? cuts[k] : 100;
            double s = k < cuts.length ? survival[k] : 0;
            if (s <= level) {
                return prevS - s < 1e-12 ? a : prevAge + (prevS - level) / (prevS - s) * (a - prevAge);
            }
            prevAge = a;
            prevS = s;
        }
        return 100;
    }

    private static double[] normalised(double[] logits) {
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = sigmoid(logits[k]);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    public static String encode(double[] w) {
        return HeadFiles.encode(w);
    }

    static float[] decode(String base64) {
        return HeadFiles.decode(base64);
    }
}
