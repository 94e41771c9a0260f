package io.facescribe.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.face.EmotionClassifier;

/**
 * The feature vector the demographic heads (gender, age, ethnicity, emotion) read for one face: the
 * attribute features ({@link AttributeFeatures}, faceres on the CelebA framing included) followed by the
 * emotion network's outputs and pooled inner layer.
 */
public final class FaceVector {

    /** Changes whenever the layout or the way a block is computed changes (part of cache and head keys). */
    public static final String VERSION = "face-vector-5+" + AttributeFeatures.VERSION;
    // 3: crops shrunk 2x or more are sampled from a 2x2-mean image pyramid (CropSampler)
    // 5: from 1.5x to 2x, one bilinear tap blended with one on the half-size image; changes the vectors of UTKFace
    //    faces slightly (the CelebA and FER2013 crops, only ever enlarged or shrunk less than 1.5x, give the same
    //    vectors bit for bit)

    /** A named slice of the vector. */
    public record Block(String name, int offset, int length, String description) {
    }

    /** A block's name, length and description, before it is placed. */
    public record Part(String name, int length, String description) {
    }

    public static final List<Block> BLOCKS;
    /** Length of the vector (attribute features and emotion). */
    public static final int SIZE;

    static {
        List<Block> b = new ArrayList<>();
        for (AttributeFeatures.Block a : AttributeFeatures.BLOCKS) {
            b.add(new Block(a.name(), a.offset(), a.length(), a.description()));
        }
        BLOCKS = place(b, AttributeFeatures.SIZE, List.of(
                new Part("emotion", 7, "emotion network log-probabilities (angry, disgust, fear, happy, sad, surprise, neutral), "
                        + "mean of the 64x64 grey face crop and its mirror image"),
                new Part("emotion_bands", 3 * EmotionClassifier.CHANNELS, "emotion network last block (add_2, 256 channels) averaged over "
                        + "both views and the top, middle and bottom thirds")));
        SIZE = end(BLOCKS);
    }

    /** {@code blocks} followed by {@code parts} placed one after another from {@code offset}. */
    public static List<Block> place(List<Block> blocks, int offset, List<Part> parts) {
        List<Block> out = new ArrayList<>(blocks);
        int o = offset;
        for (Part p : parts) {
            out.add(new Block(p.name(), o, p.length(), p.description()));
            o += p.length();
        }
        return List.copyOf(out);
    }

    /** Where the last block ends. */
    public static int end(List<Block> blocks) {
        Block last = blocks.get(blocks.size() - 1);
        return last.offset() + last.length();
    }

    private FaceVector() {
    }

    public static Block block(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feature block " + name));
    }

    /** Indices of the named blocks, in order. */
    public static int[] gather(List<String> blocks) {
        List<Integer> idx = new ArrayList<>();
        for (String name : blocks) {
            Block block = block(name);
            for (int i = 0; i < block.length(); i++) {
                idx.add(block.offset() + i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Analysis vector: attribute features, then emotion features. */
    public static float[] of(float[] attributes, float[] emotion) {
        float[] out = new float[SIZE];
        System.arraycopy(attributes, 0, out, 0, AttributeFeatures.SIZE);
        System.arraycopy(emotion, 0, out, AttributeFeatures.SIZE, emotion.length);
        return out;
    }

    /** Block name → description, in vector order (for provenance). */
    public static Map<String, String> describe(List<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, block(n).length() + " values: " + block(n).description()));
        return m;
    }
}
