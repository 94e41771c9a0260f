package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.attributes.AttributeNames;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Records made up on the fly (never stored) from the real faces of faces.json, with random statuses, labels,
 * attributes and captions; it counts what it made so a test can check the card's totals.
 */
final class SyntheticRecords implements Iterator<ObjectNode> {

    private static final List<String> GENDERS = List.of("female", "male");
    private static final List<String> ETHNICITIES = List.of("white", "black", "asian", "indian", "other");
    private static final List<String> EMOTIONS = List.of("happy", "neutral", "sad", "surprise", "angry", "fear", "disgust");
    private static final List<String> WORDS = List.of("woman", "man", "smiling", "wearing", "glasses", "hat", "blond",
            "hair", "young", "elderly", "lady", "gentleman", "beard", "lipstick", "earrings", "café", "naïve", "😀");

    private final List<ObjectNode> templates = TestRecords.faces();
    private final Random random;
    private final int total;
    private int made;
    long kept;
    long filtered;
    long failed;
    long keptFaces;
    long keptAttractive;
    long captions;

    SyntheticRecords(int total, long seed) {
        this.total = total;
        this.random = new Random(seed);
    }

    @Override
    public boolean hasNext() {
        return made < total;
    }

    @Override
    public ObjectNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = made++;
        double u = random.nextDouble();
        String status = u < 0.8 ? "kept" : u < 0.95 ? "filtered" : "failed";
        ObjectNode r = TestRecords.MAPPER.createObjectNode();
        r.put("path", "/data/сет/" + i + ".jpg");
        r.put("name", "images/" + i + ".jpg");
        r.put("sha256", Integer.toHexString(i));
        r.put("bytes", 10_000 + i);
        r.put("width", 178);
        r.put("height", 218);
        r.put("format", "jpeg");
        r.put("status", status);
        ArrayNode reasons = r.putArray("reasons");
        ArrayNode flags = r.putArray("flags");
        ArrayNode faces = r.putArray("faces");
        r.putNull("error");
        switch (status) {
            case "kept" -> {
                kept++;
                int n = random.nextDouble() < 0.9 ? 1 : 2;
                for (int f = 0; f < n; f++) {
                    faces.add(face(true));
                }
                keptFaces += n;
                if (random.nextDouble() < 0.1) {
                    flags.add("blurry");
                }
                if (random.nextDouble() < 0.5) {
                    ObjectNode labels = r.putObject("labels");
                    AttributeNames.ALL.forEach(a -> labels.put(a, random.nextBoolean() ? "1" : "-1"));
                }
            }
            case "filtered" -> {
                filtered++;
                int n = random.nextInt(4);
                reasons.add(n == 0 ? "no face" : n == 1 ? "face smaller than 64 px" : n + " faces");
                for (int f = 0; f < n; f++) {
                    faces.add(face(false));
                }
            }
            default -> {
                failed++;
                r.put("error", "cannot decode /data/сет/" + i + ".jpg: truncated");
            }
        }
        r.putObject("provenance").put("seed", 7);
        return r;
    }

    private ObjectNode face(boolean counted) {
        ObjectNode template = templates.get(random.nextInt(templates.size()));
        ObjectNode face = TestRecords.MAPPER.createObjectNode();
        for (String shared : List.of("box", "score", "pose", "traits", "keypoints")) {
            face.set(shared, template.get(shared));  // shared, never changed: no copy needed
        }
        face.putObject("gender").put("label", pick(GENDERS)).put("confidence", random.nextDouble());
        ObjectNode age = face.putObject("age");
        age.put("years", random.nextDouble() * 90);
        face.putObject("ethnicity").put("label", pick(ETHNICITIES)).put("confidence", random.nextDouble());
        face.putObject("emotion").put("dominant", pick(EMOTIONS)).put("confidence", random.nextDouble());
        ObjectNode quality = face.putObject("quality");
        quality.put("blurry", false).put("blackAndWhite", false).put("faceSize", 20 + random.nextInt(600));
        ObjectNode attributes = face.putObject("attributes");
        for (int a = 0; a < AttributeNames.ALL.size(); a++) {
            attributes.put(AttributeNames.ALL.get(a), random.nextDouble() < (a + 1) / 41.0 ? 0.9 : 0.1);
        }
        ArrayNode captionArray = face.putArray("captions");
        for (int c = 0; c < 3; c++) {
            StringBuilder text = new StringBuilder("A");
            int words = 5 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                text.append(' ').append(random.nextInt(4) == 0 ? "w" + random.nextInt(50_000) : pick(WORDS));
            }
            ObjectNode caption = captionArray.addObject();
            caption.put("text", text.append('.').toString()).put("realizer", "builtin").put("seed", c);
            ObjectNode guard = caption.putObject("guard");
            guard.putArray("missing");
            guard.putArray("invented");
        }
        if (counted) {
            keptAttractive += attributes.get("Attractive").asDouble() >= 0.5 ? 1 : 0;
            captions += 3;
        }
        return face;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
