package io.facescribe.describe;

import io.facescribe.describe.trait.AttributeReading;
import io.facescribe.describe.trait.Measurements;
import io.facescribe.describe.trait.TraitDefinition;
import io.facescribe.describe.trait.TraitTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.facescribe.analysis.Age;
import io.facescribe.analysis.Emotion;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.analysis.FaceBox;
import io.facescribe.analysis.FaceTraits;
import io.facescribe.analysis.Label;
import io.facescribe.analysis.Pose;
import io.facescribe.analysis.Quality;

/** Seeded random analyses and attribute readings, for property tests. */
public final class RandomFaces {

    public static final List<String> EMOTIONS = List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral");
    public static final List<String> ETHNICITIES = List.of("white", "black", "asian", "indian", "other");

    private RandomFaces() {
    }

    public static FaceAnalysis face(Random r) {
        double years = r.nextInt(10) == 0 ? r.nextDouble() * 12 : 12 + r.nextDouble() * 75;
        double err = 3 + years / 10;
        Age age = new Age(years, Math.max(0, years - err), years + err, 0.3 + 0.6 * r.nextDouble(),
                Map.of("faceres", years));
        double[] p = new double[7];
        double sum = 0;
        int peak = r.nextInt(7);
        for (int i = 0; i < 7; i++) {
            p[i] = r.nextDouble() + (i == peak ? r.nextDouble() * 4 : 0);
            sum += p[i];
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < 7; i++) {
            probabilities.put(EMOTIONS.get(i), p[i] / sum);
            if (p[i] > p[best]) {
                best = i;
            }
        }
        Emotion emotion = new Emotion(EMOTIONS.get(best), p[best] / sum, probabilities);
        Label gender = new Label(r.nextBoolean() ? "female" : "male", 0.5 + 0.5 * r.nextDouble());
        Label ethnicity = new Label(ETHNICITIES.get(r.nextInt(5)), 0.3 + 0.7 * r.nextDouble());
        Pose pose = new Pose(r.nextGaussian() * 20, r.nextGaussian() * 15, r.nextGaussian() * 10, r.nextDouble());
        FaceTraits traits = new FaceTraits(new Label(pick(r, "open", "open", "partly closed", "closed"), r.nextDouble()),
                r.nextDouble() * 0.3, new Label(pick(r, "closed", "slightly open", "open"), r.nextDouble()),
                r.nextDouble() * 0.4, new Label(pick(r, "visible", "not visible"), r.nextDouble()));
        boolean blurry = r.nextInt(8) == 0;
        boolean bw = r.nextInt(8) == 0;
        Quality quality = new Quality(blurry, r.nextDouble(), r.nextDouble(), bw, r.nextDouble(), 50 + r.nextInt(400));
        return new FaceAnalysis(new FaceBox(10, 10, 100, 100), 0.9, gender, age, ethnicity, emotion, pose, traits,
                quality, List.of(), null, null);
    }

    /** Every attribute of the table, with a random probability and a random threshold near 0.5. */
    public static Map<String, AttributeReading> attributes(Random r, TraitTable table) {
        Map<String, AttributeReading> out = new LinkedHashMap<>();
        for (TraitDefinition d : table.definitions()) {
            if (d.source().startsWith("attributes.")) {
                double threshold = 0.4 + 0.2 * r.nextDouble();
                double probability = r.nextInt(4) == 0 ? threshold + (1 - threshold) * r.nextDouble()
                        : threshold * r.nextDouble();
                out.put(d.source(), new AttributeReading(probability, threshold));
            }
        }
        return out;
    }

    public static Measurements measurements(Random r, TraitTable table) {
        return new Measurements(face(r), r.nextInt(4) == 0 ? Map.of() : attributes(r, table));
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
