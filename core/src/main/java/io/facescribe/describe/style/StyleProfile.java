package io.facescribe.describe.style;

import io.facescribe.describe.realize.PhrasePosition;

import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.Trait;
import io.facescribe.describe.trait.TraitBag;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How one person captions faces, learned from their own captions ({@link StyleLearner}; {@code ./facescribe style
 * learn}): their keywords weighted by TF-IDF against a background corpus, their length, which traits they say,
 * in what order and in which words, how they open and name the person, their punctuation, and a few of their
 * captions as examples for an LLM. A style changes how measured traits are said and which of them are chosen;
 * it holds no trait of any face, so it can never add one. Immutable; readable JSON.
 *
 * @param provenance source file fingerprint, caption count, date, FaceScribe version, background
 * @param keywords   the user's words, highest TF-IDF first
 * @param length     words and sentences per caption
 * @param traits     every trait the user or the background says, the user's first in the order they say them
 * @param openings   how captions begin ("a", "the", "this"), with counts
 * @param persons    how the person is named ("woman", "young lady", "man"), with counts
 * @param punctuation commas per caption and how captions end
 * @param examples   a few of the user's captions (few-shot context for an LLM)
 * @param shape      the form the user writes in, their case, lengths and keys; null in profiles made before
 *                   shapes were learned (read as sentences)
 */
public record StyleProfile(Map<String, Object> provenance, List<Keyword> keywords, Length length,
                           List<TraitStyle> traits, List<Count> openings, List<Count> persons,
                           Punctuation punctuation, List<String> examples, Shape shape) implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StyleProfile {
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        keywords = List.copyOf(keywords);
        traits = List.copyOf(traits);
        openings = List.copyOf(openings);
        persons = List.copyOf(persons);
        examples = List.copyOf(examples);
    }

    /** How a caption is laid out. */
    public enum Form {
        /** sentences: "A young woman with long hair. She is smiling." */
        SENTENCES,
        /** short parts without a verb: "young woman. long brown hair. smiling" */
        FRAGMENTS,
        /** {@code key: value} items: "hair: long, brown. mood: smiling." */
        KEY_VALUE,
        /** comma-separated tags: "woman, long hair, smiling" */
        TAGS
    }

    /**
     * The shape of the user's captions.
     *
     * @param form       the form most of their captions take
     * @param lowercase  share of their captions written without a capital letter
     * @param separator  what ends one part before the next in fragments and key-value lists (". ", "; ")
     * @param words      words per caption of each of their captions, in ascending order (the distribution a
     *                   styled caption's length is drawn from)
     * @param traits     traits the reader reads per caption, ascending
     * @param keys       per concept, the key the user lists it under in key-value captions ("hair", "mood")
     * @param confidence how far the profile can be trusted: n / (n + 5) for n captions read
     * @param openers    how the user's sentences lead in before the first thing they say of the face ("the
     *                   photograph shows", "this is a portrait of"), with counts; none in other forms
     * @param uppercase  share of their captions written in capitals only ("WOMAN / YOUNG / SMILING")
     * @param secondPerson whether they speak to the person ("You have long hair and you are smiling")
     */
    public record Shape(Form form, double lowercase, String separator, List<Integer> words, List<Integer> traits,
                        Map<String, String> keys, double confidence, List<Count> openers, double uppercase,
                        boolean secondPerson) implements Serializable {
        public Shape {
            separator = separator == null || separator.isEmpty() ? ". " : separator;
            openers = openers == null ? List.of() : List.copyOf(openers);
            words = List.copyOf(words);
            traits = List.copyOf(traits);
            keys = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(keys));
        }
    }

    /** The shape, sentences with the profile's length when it was learned before shapes were. */
    public Shape shapeOrSentences() {
        if (shape != null) {
            return shape;
        }
        int w = (int) Math.round(length.words());
        return new Shape(Form.SENTENCES, 0, ". ", List.of(w), List.of(), Map.of(), 0.5, List.of(), 0, false);
    }

    /** A word and its TF-IDF weight. */
    public record Keyword(String word, double weight) implements Serializable {
    }

    /** Something said, and how often. */
    public record Count(String text, int count) implements Serializable {
    }

    /** Mean words and sentences per caption. */
    public record Length(double words, double sentences) implements Serializable {
    }

    /** Commas per caption; share of captions ending with a full stop, with an exclamation mark. */
    public record Punctuation(double commas, double fullStop, double exclamation) implements Serializable {
    }

    /**
     * How the user says one trait.
     *
     * @param concept  as the trait table names it ({@code age} for any age)
     * @param share    of the user's captions that say it
     * @param lift     how much more often the user says it than the background does (smoothed ratio of shares)
     * @param position where in a caption the user says it (0 first, 1 last), or null when they never do
     * @param words    the user's words for it, most used first
     * @param phrases  the user's phrases of a few words for it, each in the frame they say it in (before the
     *                 noun, after "with", "has", "is wearing", or as "is"/"looks" ...); {@code {pos}} stands for
     *                 her/his/their
     */
    public record TraitStyle(String concept, double share, double lift, Double position, List<Count> words,
                             List<Phrase> phrases) implements Serializable {
        public TraitStyle {
            words = List.copyOf(words);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
        }
    }

    /** A phrase for a trait, the frame it is said in ({@link PhrasePosition} name) and how often. */
    public record Phrase(String text, String frame, int count) implements Serializable {
    }

    public Map<String, TraitStyle> byConcept() {
        Map<String, TraitStyle> out = new HashMap<>();
        traits.forEach(t -> out.put(t.concept(), t));
        return out;
    }

    /**
     * The bag in the order the user says things (traits they never say after, in the bag's order): the order the
     * built-in realizer and the tag writer follow. The same traits, none added.
     */
    public TraitBag ordered(TraitBag bag) {
        Map<String, TraitStyle> by = byConcept();
        List<Trait> f2 = new ArrayList<>(bag.f2());
        Map<Trait, Double> at = new HashMap<>();
        for (int i = 0; i < f2.size(); i++) {
            Trait t = f2.get(i);
            TraitStyle s = by.get(t.slot() == Slot.AGE ? "age" : t.concept());
            boolean note = t.slot() == Slot.NOTE;
            at.put(t, note ? 10 + i : s != null && s.position() != null ? s.position() : 2 + i * 1e-3);
        }
        f2.sort(Comparator.comparingDouble(at::get));
        return new TraitBag(bag.f1(), f2);
    }

    /** Few-shot context for an LLM: the user's examples and keywords, and how they write. */
    public String fewShot() {
        StringBuilder sb = new StringBuilder("Write the description in the voice of this writer. Their own "
                + "descriptions of other faces:\n");
        examples.forEach(e -> sb.append("- ").append(e).append('\n'));
        if (!keywords.isEmpty()) {
            sb.append("Words they favour: ").append(String.join(", ",
                    keywords.stream().limit(15).map(Keyword::word).toList())).append(".\n");
        }
        sb.append(String.format(java.util.Locale.ROOT, "They write about %.0f words in %.0f sentence(s). ",
                length.words(), Math.max(1, length.sentences())));
        sb.append("Use their words and order, but state only the traits listed above: never a trait of the "
                + "examples that is not in the list.");
        return sb.toString();
    }

    public static StyleProfile read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), StyleProfile.class);
        } catch (IOException e) {
            throw new IOException(file + " is not a style profile (" + e.getMessage()
                    + "); make one with ./facescribe style learn CAPTIONS -o NAME.style", e);
        }
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), this);
    }
}
