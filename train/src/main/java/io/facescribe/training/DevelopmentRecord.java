package io.facescribe.training;

import java.util.Arrays;
import java.util.List;

import io.facescribe.analysis.FaceVector;

/**
 * A development record: the {@link FaceVector} of a face, then the readings of the networks the heads replaced
 * (gear, faceres on the tight crop, ssrnet), so that validation can compare against them, then whether the
 * detector found the face. Analysis computes only the vector; the layout of the whole record is part of the
 * cached records' key ({@link FaceVector#VERSION}).
 */
public final class DevelopmentRecord {

    /** Every block of a record, the vector's first. */
    public static final List<FaceVector.Block> BLOCKS = FaceVector.place(FaceVector.BLOCKS, FaceVector.SIZE, List.of(
            new FaceVector.Part("ssrnet", 1, "ssrnet age / 100 (64x64 face crop)"),
            new FaceVector.Part("gear", 14, "gear age bins (7), gender (2), race (5) probabilities, 1.15x face crop"),
            new FaceVector.Part("faceres_tight", 2, "faceres male probability and expected age / 100 on the 1.3x face crop"),
            new FaceVector.Part("detected", 1, "1 when the detector found the face, 0 when the whole image was taken as the face")));
    /** Length of a record. */
    public static final int SIZE = FaceVector.end(BLOCKS);

    private DevelopmentRecord() {
    }

    public static FaceVector.Block block(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no record block " + name));
    }

    /** The vector, then the readings of the replaced networks (zero when null), then the detection flag. */
    public static float[] of(float[] vector, RetiredReadings r, boolean detected) {
        float[] out = Arrays.copyOf(vector, SIZE);
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

    /** Whether the record's face was found by the detector (not taken as the whole image). */
    public static boolean detected(float[] record) {
        return record[block("detected").offset()] > 0.5;
    }
}
