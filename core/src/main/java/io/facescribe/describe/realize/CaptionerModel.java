package io.facescribe.describe.realize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What the learned realizer knows about how people describe faces, counted from human descriptions read back
 * into traits by the caption reader (trained by {@code ./facescribe-workshop train captioner}; shipped as
 * {@code captioner.json} with its provenance). It holds statistics and phrases of a few words, never a whole
 * description.
 *
 * @param mention   per concept ({@code age} for the age): how likely a person is to say it when it is there
 * @param position  per concept: where in a description it is said on average (0 first, 1 last)
 * @param frames    per concept ({@code hair} for the hair phrase): how often it is said in each {@link PhrasePosition}
 * @param phrases   per "concept FRAME": the words people use for it there, with counts; {@code {pos}} is
 *                  her/his/their
 * @param hairWords per hair concept: the adjectives people put before "hair" for it
 * @param ageWords  words people use for an age, with the years the caption reader takes them to allow
 * @param nouns     per gender ({@code female}, {@code male}): the nouns people use for the person
 * @param openings  how the first sentence begins ("a", "this", "the")
 * @param settings  how the plan is drawn
 * @param provenance data fingerprint, counts, hyper-parameters, validation figures, the command
 */
public record CaptionerModel(Map<String, Double> mention, Map<String, Double> position,
                             Map<String, Map<PhrasePosition, Integer>> frames, Map<String, List<Variant>> phrases,
                             Map<String, List<Variant>> hairWords, List<AgeWord> ageWords,
                             Map<String, List<Variant>> nouns, List<Variant> openings, Settings settings,
                             Map<String, Object> provenance) {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/io/facescribe/describe/captioner.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public CaptionerModel {
        mention = Map.copyOf(mention);
        position = Map.copyOf(position);
        frames = Map.copyOf(frames);
        phrases = Map.copyOf(phrases);
        hairWords = Map.copyOf(hairWords);
        ageWords = List.copyOf(ageWords);
        nouns = Map.copyOf(nouns);
        openings = List.copyOf(openings);
        provenance = provenance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
    }

    /** A way of saying something, and how many people said it so. */
    public record Variant(String text, int count) {
    }

    /** An age word with the years the caption reader allows for it ("young": 0 to 35). */
    public record AgeWord(String text, int low, int high, int count) {
        public boolean allows(double years) {
            return years >= low && years <= high + 0.5;
        }
    }

    /**
     * How the plan is drawn.
     *
     * @param sharpness      with {@code bias}: a trait people say with probability p is planned with
     *                       probability sigmoid(sharpness * logit(p) + bias); 1 and 0 sample as people do, a
     *                       positive bias says more (chosen for the caption metrics on the training faces)
     * @param bias           see {@code sharpness}
     * @param orderNoise     standard deviation of the noise added to each trait's usual position
     * @param unknownMention probability of saying a trait the descriptions never showed
     */
    public record Settings(double sharpness, double bias, double orderNoise, double unknownMention) {
    }

    /** The same model with other plan settings. */
    public CaptionerModel withSettings(Settings value) {
        return new CaptionerModel(mention, position, frames, phrases, hairWords, ageWords, nouns, openings, value,
                provenance);
    }

    /** The same model with this provenance. */
    public CaptionerModel withProvenance(Map<String, Object> value) {
        return new CaptionerModel(mention, position, frames, phrases, hairWords, ageWords, nouns, openings, settings,
                value);
    }

    public double mentionOf(String concept) {
        return mention.getOrDefault(concept, settings.unknownMention());
    }

    public double positionOf(String concept) {
        return position.getOrDefault(concept, 0.6);
    }

    public List<Variant> phrases(String concept, PhrasePosition frame) {
        return phrases.getOrDefault(new PhraseKey(concept, frame).key(), List.of());
    }

    /**
     * A key of {@link #phrases()}: a concept and the position its phrases are said in, written
     * {@code "concept POSITION"} in the JSON.
     */
    public record PhraseKey(String concept, PhrasePosition position) {
        /** The key as the JSON writes it. */
        public String key() {
            return concept + " " + position.name();
        }

        /** The key read back from {@link #key()}'s form. */
        public static PhraseKey parse(String key) {
            int space = key.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("not a phrase key (\"concept POSITION\"): " + key);
            }
            return new PhraseKey(key.substring(0, space), PhrasePosition.valueOf(key.substring(space + 1)));
        }
    }

    /** A variant drawn in proportion to its count, or null when there is none. */
    public static Variant draw(List<Variant> variants, Random random) {
        int total = 0;
        for (Variant v : variants) {
            total += v.count();
        }
        if (total <= 0) {
            return null;
        }
        int x = random.nextInt(total);
        for (Variant v : variants) {
            x -= v.count();
            if (x < 0) {
                return v;
            }
        }
        return variants.get(variants.size() - 1);
    }

    public static CaptionerModel read(InputStream in) throws IOException {
        return JSON.readValue(in, CaptionerModel.class);
    }

    public static CaptionerModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), this);
    }

    /** The model shipped with FaceScribe, read once. */
    public static CaptionerModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final CaptionerModel MODEL = load();

        private static CaptionerModel load() {
            try (InputStream in = CaptionerModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no shipped captioner model (" + RESOURCE
                            + "); rebuild it with ./facescribe-workshop train captioner");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped captioner model is unreadable; rebuild it with "
                        + "./facescribe-workshop train captioner", e);
            }
        }
    }
}
