package io.facescribe.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 40 CelebA attributes from a face's {@link AttributeFeatures} vector: one calibrated logistic head per
 * attribute, and one decision threshold per attribute for captions. Immutable and thread-safe; the shipped
 * heads ({@code heads.json} beside this class, rebuilt by {@code ./facescribe-workshop train attributes}) carry their
 * provenance.
 *
 * <p>{@code probability = sigmoid(plattA * (bias + weights · z) + plattB)}, where {@code z} is the
 * concatenation of the named feature blocks the heads were trained on, standardised with the train split's
 * mean and scale and clipped to ±{@link #CLIP}.
 */
public final class AttributeClassifier {

    public static final String RESOURCE = "heads.json";
    public static final String FORMAT = "facescribe-attribute-heads/1";

    /** One attribute's head as stored: weights are base64 of little-endian float32. */
    public record Head(String name, double bias, String weights, double plattA, double plattB, double threshold,
                       double captionThreshold, double precisionTarget, boolean reliable, Map<String, Double> validation) {
    }

    /** The stored file. */
    public record HeadFile(String format, String featureVersion, List<String> blocks, int dimension, String mean,
                           String scale, double clip, List<Head> heads, Map<String, Object> provenance) {
    }

    private final HeadFile file;
    private final int[] gather;
    private final float[][] weights;
    private final float[] mean;
    private final float[] scale;
    private final Map<String, Integer> index = new LinkedHashMap<>(); // filled in the constructor, read-only after

    public AttributeClassifier(HeadFile file) {
        if (!FORMAT.equals(file.format())) {
            throw new IllegalArgumentException("not an attribute head file (format " + file.format() + ")");
        }
        if (!AttributeFeatures.VERSION.equals(file.featureVersion())) {
            throw new IllegalArgumentException("heads were trained on features " + file.featureVersion()
                    + " but this FaceScribe extracts " + AttributeFeatures.VERSION
                    + "; rebuild them with ./facescribe-workshop train attributes");
        }
        this.file = file;
        this.gather = AttributeFeatures.gather(file.blocks());
        if (gather.length != file.dimension()) {
            throw new IllegalArgumentException("head file dimension " + file.dimension() + " != blocks " + gather.length);
        }
        this.mean = decode(file.mean());
        this.scale = decode(file.scale());
        if (mean.length != gather.length || scale.length != gather.length) {
            throw new IllegalArgumentException("standardisation has " + mean.length + "/" + scale.length + " values, expected " + gather.length);
        }
        this.weights = new float[file.heads().size()][];
        for (int h = 0; h < weights.length; h++) {
            Head head = file.heads().get(h);
            weights[h] = decode(head.weights());
            if (weights[h].length != gather.length) {
                throw new IllegalArgumentException(head.name() + ": " + weights[h].length + " weights, expected " + gather.length);
            }
            index.put(head.name(), h);
        }
        if (!index.keySet().containsAll(AttributeNames.ALL)) {
            throw new IllegalArgumentException("head file lacks attributes: expected all of " + AttributeNames.ALL);
        }
    }

    /** The heads shipped with FaceScribe. */
    public static AttributeClassifier shipped() {
        try (InputStream in = AttributeClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no shipped attribute heads (" + RESOURCE
                        + "); build them with ./facescribe-workshop train attributes");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("shipped attribute heads are unreadable", e);
        }
    }

    public static AttributeClassifier read(InputStream in) throws IOException {
        return new AttributeClassifier(new ObjectMapper().readValue(in, HeadFile.class));
    }

    public static AttributeClassifier read(Path path) {
        return new AttributeClassifier(HeadFiles.read(path, HeadFile.class, "attribute heads"));
    }

    public void write(Path path) {
        HeadFiles.write(path, file);
    }

    /** Attribute names in CelebA order. */
    public List<String> names() {
        return AttributeNames.ALL;
    }

    /** Probability of every attribute, in CelebA order, for one face's feature vector. */
    public Map<String, Double> probabilities(float[] features) {
        if (features.length != AttributeFeatures.SIZE) {
            throw new IllegalArgumentException("expected " + AttributeFeatures.SIZE + " features, got " + features.length);
        }
        float[] x = new float[gather.length];
        for (int i = 0; i < gather.length; i++) {
            x[i] = (float) Linear.clip((features[gather[i]] - mean[i]) * (double) scale[i], file.clip());
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : AttributeNames.ALL) {
            int h = index.get(name);
            Head head = file.heads().get(h);
            double logit = head.bias() + Linear.dot(weights[h], x);
            out.put(name, Linear.sigmoid(head.plattA() * logit + head.plattB()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The decision threshold of an attribute (see docs/attributes.md for the rule). */
    public double threshold(String name) {
        return head(name).threshold();
    }

    /**
     * The stricter threshold captions use (precision over recall): at least the decision threshold. See
     * {@link #reliable} for which attributes captions may state at all.
     */
    public double captionThreshold(String name) {
        return Math.max(head(name).threshold(), head(name).captionThreshold());
    }

    /** The attribute's decision: its probability reaches the attribute's decision threshold. */
    public boolean decide(String name, double probability) {
        return probability >= head(name).threshold();
    }

    /** The attributes a caption may state, in CelebA order. */
    public List<String> present(Map<String, Double> probabilities) {
        return AttributeNames.ALL.stream().filter(n -> probabilities.containsKey(n) && decide(n, probabilities.get(n)))
                .toList();
    }

    /**
     * Whether the attribute's caption threshold reached its precision target on the validation split; captions
     * should leave out attributes that did not.
     */
    public boolean reliable(String name) {
        return head(name).reliable();
    }

    public Head head(String name) {
        Integer h = index.get(name);
        if (h == null) {
            throw new IllegalArgumentException("not a CelebA attribute: " + name + " (expected one of " + AttributeNames.ALL + ")");
        }
        return file.heads().get(h);
    }

    @JsonIgnore
    public HeadFile file() {
        return file;
    }

    public Map<String, Object> provenance() {
        return file.provenance();
    }

    /** Standardised features are clipped to this many standard deviations (outliers, other photo domains). */
    public static final double CLIP = 8;


    static String encode(double[] w) {
        return HeadFiles.encode(w);
    }

    static float[] decode(String base64) {
        return HeadFiles.decode(base64);
    }
}
