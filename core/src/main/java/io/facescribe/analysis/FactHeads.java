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
 * One calibrated estimate per fact that two sources measure: a small logistic head over the outputs of the
 * heads that measure it (the gender head and the {@code Male} attribute; the {@code Smiling} attribute and the
 * emotion head's happy), fitted on every labelled set that has the fact and in every framing (see
 * {@code ./facescribe train facts}). Shipped in {@code facts.json} beside this class with its provenance and
 * validation figures; {@link FactReader} applies it. Immutable and thread-safe.
 *
 * <p>Inputs, by name: {@code gender} the gender head's logit of male; {@code Male}, {@code Smiling} (any
 * attribute) the attribute head's calibrated logit; {@code happy} the logit of the emotion head's P(happy);
 * {@code happyNet} the emotion network's own log-probability of happy; {@code child} P(age &lt; 13) from the age
 * head; {@code a*b} a product of two inputs. Every input is clipped to ±{@value #CLIP}.
 */
public final class FactHeads {

    public static final String RESOURCE = "facts.json";
    public static final String FORMAT = "facescribe-fact-heads/1";
    public static final double CLIP = 12;

    /** One fact: P(fact) = sigmoid(bias + weights · inputs). */
    public record Fact(List<String> inputs, double[] weights, double bias, Map<String, Object> validation) {
    }

    /**
     * The stored file.
     *
     * @param claims the confidence from which captions state a fact ({@code gender.adult}, {@code gender.child},
     *               {@code ethnicity}), chosen for claim precision on the validation sets (see the provenance)
     */
    public record File(String format, Map<String, Fact> facts, Map<String, Double> claims, Map<String, Object> provenance) {
        public File {
            claims = claims == null ? Map.of() : Map.copyOf(claims);
        }
    }

    private final File file;

    public FactHeads(File file) {
        if (!FORMAT.equals(file.format())) {
            throw new IllegalArgumentException("not a fact head file (format " + file.format() + ")");
        }
        file.facts().forEach((name, f) -> {
            if (f.inputs().size() != f.weights().length) {
                throw new IllegalArgumentException(name + ": " + f.weights().length + " weights for " + f.inputs().size() + " inputs");
            }
        });
        this.file = file;
    }

    /** The shipped heads, or none (an empty file) when the resource is absent. */
    public static FactHeads shipped() {
        try (InputStream in = FactHeads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return none();
            }
            return new FactHeads(new ObjectMapper().readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("shipped fact heads are unreadable", e);
        }
    }

    public static FactHeads none() {
        return new FactHeads(new File(FORMAT, Map.of(), Map.of(), Map.of()));
    }

    public static FactHeads read(Path path) {
        return new FactHeads(HeadFiles.read(path, File.class, "fact heads"));
    }

    public void write(Path path) {
        HeadFiles.write(path, file);
    }

    public File file() {
        return file;
    }

    /** The confidence from which captions state this claim, or {@code fallback} when the file has none. */
    public double claimThreshold(String claim, double fallback) {
        return file.claims().getOrDefault(claim, fallback);
    }

    public boolean has(String fact) {
        return file.facts().containsKey(fact);
    }

    /** P(fact), the inputs named by the head read through {@code input}. */
    public double probability(String fact, java.util.function.ToDoubleFunction<String> input) {
        Fact f = file.facts().get(fact);
        double s = f.bias();
        for (int i = 0; i < f.weights().length; i++) {
            s += f.weights()[i] * value(f.inputs().get(i), input);
        }
        return 1 / (1 + Math.exp(-s));
    }

    /** One named input, clipped; {@code a*b} the product of two. */
    public static double value(String name, java.util.function.ToDoubleFunction<String> input) {
        int star = name.indexOf('*');
        return star < 0 ? clip(input.applyAsDouble(name))
                : clip(input.applyAsDouble(name.substring(0, star))) * clip(input.applyAsDouble(name.substring(star + 1)));
    }

    static double clip(double x) {
        return Math.max(-CLIP, Math.min(CLIP, x));
    }

    /** The logit of a probability, kept finite. */
    public static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }
}
