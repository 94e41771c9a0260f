package io.facescribe.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.attributes.AttributeFeatures;

/**
 * The feature vector the demographic heads (gender, age, ethnicity, emotion) read for one face: the
 * attribute features ({@link AttributeFeatures}, faceres on the CelebA framing included) followed by the
 * emotion network's outputs and pooled inner layer. Development runs also record, after those, the
 * readings of the networks the heads replace (gear, faceres on the tight crop, ssrnet), so that validation
 * can compare against them; analysis does not compute that tail.
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

    /** Channels of the emotion network's last block ({@code add_2}), pooled over three row bands. */
    static final int EMOTION_CHANNELS = 256;

    public static final List<Block> BLOCKS;
    /** Length of what analysis computes (attribute features and emotion). */
    public static final int SIZE;
    /** Length of a development record (SIZE plus the replaced networks' readings and the detection flag). */
    public static final int RECORD_SIZE;

    static {
        List<Block> b = new ArrayList<>();
        for (AttributeFeatures.Block a : AttributeFeatures.BLOCKS) {
            b.add(new Block(a.name(), a.offset(), a.length(), a.description()));
        }
        int o = AttributeFeatures.SIZE;
        Object[][] spec = {
                {"emotion", 7, "emotion network log-probabilities (angry, disgust, fear, happy, sad, surprise, neutral), mean of the 64x64 grey face crop and its mirror image"},
                {"emotion_bands", 3 * EMOTION_CHANNELS, "emotion network last block (add_2, 256 channels) averaged over both views and the top, middle and bottom thirds"},
        };
        int size = 0;
        Object[][] tail = {
                {"ssrnet", 1, "ssrnet age / 100 (64x64 face crop)"},
                {"gear", 14, "gear age bins (7), gender (2), race (5) probabilities, 1.15x face crop"},
                {"faceres_tight", 2, "faceres male probability and expected age / 100 on the 1.3x face crop"},
                {"detected", 1, "1 when the detector found the face, 0 when the whole image was taken as the face"},
        };
        for (Object[][] part : new Object[][][] {spec, tail}) {
            for (Object[] s : part) {
                b.add(new Block((String) s[0], o, (Integer) s[1], (String) s[2]));
                o += (Integer) s[1];
            }
            if (size == 0) {
                size = o;
            }
        }
        BLOCKS = List.copyOf(b);
        SIZE = size;
        RECORD_SIZE = o;
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

    /** Development record: the analysis vector, then the readings of the replaced networks (zero when null). */
    public static float[] record(float[] vector, Readings r, boolean detected) {
        float[] out = java.util.Arrays.copyOf(vector, RECORD_SIZE);
        out[block("detected").offset()] = detected ? 1 : 0;
        if (r == null) {
            return out;
        }
        int o = block("ssrnet").offset();
        out[o] = r.ssrAge() / 100f;
        o = block("gear").offset();
        System.arraycopy(r.gearAge(), 0, out, o, 7);
        System.arraycopy(r.gearGender(), 0, out, o + 7, 2);
        System.arraycopy(r.gearRace(), 0, out, o + 9, 5);
        o = block("faceres_tight").offset();
        out[o] = r.faceresMale();
        out[o + 1] = (float) (r.faceresExpectedAge() / 100);
        return out;
    }

    /** Block name → description, in vector order (for provenance). */
    public static Map<String, String> describe(List<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, block(n).length() + " values: " + block(n).description()));
        return m;
    }
}
