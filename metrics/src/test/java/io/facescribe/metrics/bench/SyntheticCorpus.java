package io.facescribe.metrics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.metrics.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of face-caption-like sentences, pre-tokenised (lower case, no punctuation): for every image
 * {@code refs} references and one candidate that is a perturbed copy of one reference (words swapped, dropped,
 * added). Same seed, same corpus.
 *
 * <p>{@code main(dir [images refs seed])} writes {@code refs.json} (COCO annotations) and {@code cands.json} (COCO
 * results) for whole-process timing.
 */
public final class SyntheticCorpus {
    private static final String[] AGE = {"young", "middle-aged", "old", "elderly", "teenage", "adult", "senior", "little"};
    private static final String[] WHO = {"woman", "man", "girl", "boy", "lady", "gentleman", "person", "child"};
    private static final String[] HAIR_COLOUR = {"blond", "brown", "black", "gray", "red", "white", "dark", "auburn"};
    private static final String[] HAIR_STYLE = {"wavy", "straight", "curly", "short", "long", "thin", "thick", "receding"};
    private static final String[] FEATURE = {"arched eyebrows", "bushy eyebrows", "a big nose", "a pointy nose",
            "high cheekbones", "rosy cheeks", "a double chin", "bags under the eyes", "a goatee", "a mustache",
            "a beard", "sideburns", "heavy makeup", "lipstick", "eyeglasses", "earrings", "a hat", "a necktie",
            "pale skin", "oval face", "narrow eyes", "big lips", "bangs", "a five o'clock shadow"};
    private static final String[] VERB = {"is smiling", "looks serious", "has a slightly open mouth", "is wearing",
            "appears happy", "looks surprised", "seems calm", "is frowning"};
    private static final String[] FILLER = {"and", "with", "who", "has", "the", "a", "very", "quite", "also"};

    private SyntheticCorpus() {}

    public static Corpus generate(int images, int refs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, List<String>> references = new LinkedHashMap<>();
        Map<String, String> candidates = new LinkedHashMap<>();
        for (int i = 0; i < images; i++) {
            String id = Integer.toString(100000 + i * 7);
            List<String> r = new ArrayList<>(refs);
            for (int k = 0; k < refs; k++) r.add(sentence(rnd));
            references.put(id, r);
            candidates.put(id, perturb(r.get(rnd.nextInt(refs)), rnd));
        }
        return Corpus.of(references, candidates);
    }

    private static String pick(String[] words, SplittableRandom rnd) {
        return words[rnd.nextInt(words.length)];
    }

    private static String sentence(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "a " : "this ");
        b.append(pick(AGE, rnd)).append(' ').append(pick(WHO, rnd)).append(" with ")
                .append(pick(HAIR_COLOUR, rnd)).append(' ').append(pick(HAIR_STYLE, rnd)).append(" hair");
        int features = 1 + rnd.nextInt(3);
        for (int f = 0; f < features; f++) b.append(f == features - 1 ? " and " : " ").append(pick(FEATURE, rnd));
        if (rnd.nextInt(3) == 0) b.append(' ').append(pick(VERB, rnd));
        return b.toString();
    }

    private static String perturb(String ref, SplittableRandom rnd) {
        List<String> words = new ArrayList<>(List.of(ref.split(" ")));
        int edits = rnd.nextInt(4);
        for (int e = 0; e < edits && words.size() > 3; e++) {
            int at = rnd.nextInt(words.size());
            switch (rnd.nextInt(3)) {
                case 0 -> words.remove(at);
                case 1 -> words.set(at, pick(rnd.nextBoolean() ? HAIR_COLOUR : FILLER, rnd));
                default -> words.add(at, pick(rnd.nextBoolean() ? AGE : FILLER, rnd));
            }
        }
        return String.join(" ", words);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic");
        int images = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int refs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Corpus c = generate(images, refs, seed);
        List<Map<String, Object>> annotations = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        int annId = 0;
        for (String id : c.imageIds()) {
            for (String r : c.references(id)) annotations.add(Map.of("image_id", Integer.parseInt(id), "id", annId++, "caption", r));
            results.add(Map.of("image_id", Integer.parseInt(id), "caption", c.candidate(id)));
        }
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        json.writeValue(dir.resolve("refs.json").toFile(), Map.of("annotations", annotations));
        json.writeValue(dir.resolve("cands.json").toFile(), results);
        System.out.println("wrote " + dir.resolve("refs.json") + " and " + dir.resolve("cands.json") + ": "
                + images + " images x " + refs + " references");
    }
}
