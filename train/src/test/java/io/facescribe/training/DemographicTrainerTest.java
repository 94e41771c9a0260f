package io.facescribe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.facescribe.analysis.Demographics;
import io.facescribe.analysis.FaceVector;
import org.junit.jupiter.api.Test;

/** The trainer on synthetic face vectors whose labels are written, with noise, into a few features. */
class DemographicTrainerTest {

    @Test
    void learnsEachTaskFromTheSignalAndMeasuresOnHeldOutRows() {
        Random r = new Random(3);
        Map<String, float[]> records = new HashMap<>();
        List<DevelopmentSets.Item> utk = new ArrayList<>();
        int faceres = FaceVector.block("faceres").offset();
        for (int i = 0; i < 1500; i++) {
            int age = 1 + r.nextInt(80);
            boolean female = r.nextBoolean();
            int race = r.nextInt(5);
            DevelopmentSets.Item item = new DevelopmentSets.Item(Path.of("images", "face" + i + ".jpg"), age,
                    female ? "female" : "male", Demographics.ETHNICITIES.get(race), null);
            float[] v = noise(r);
            v[faceres] += female ? 2.5f : -2.5f;
            v[faceres + 1 + race] += 2f;
            v[faceres + 10] += age / 10f;
            records.put(FaceRecords.id(item), v);
            utk.add(item);
        }
        List<DevelopmentSets.Item> ferTrain = new ArrayList<>();
        List<DevelopmentSets.Item> ferTest = new ArrayList<>();
        int emotion = FaceVector.block("emotion").offset();
        for (int i = 0; i < 1400; i++) {
            int e = r.nextInt(7);
            DevelopmentSets.Item item = new DevelopmentSets.Item(Path.of(i < 1000 ? "train" : "test", "fer" + i + ".png"), -1,
                    null, null, Demographics.EMOTIONS.get(e));
            float[] v = noise(r);
            v[emotion + e] += 2.5f;
            records.put(FaceRecords.id(item), v);
            (i < 1000 ? ferTrain : ferTest).add(item);
        }
        DemographicData data = new DemographicData(utk, ferTrain, ferTest, records);
        DemographicTrainer.Settings s = DemographicTrainer.Settings.defaults(2).withLambdas(0.1, 1);
        DemographicTrainer.Result result = DemographicTrainer.train(data, s, Map.of("note", "synthetic"), m -> { });

        Map<String, Map<String, Object>> v = result.validation();
        int validation = (int) utk.stream().filter(DevelopmentSets::validation).count();
        assertThat(validation).isBetween(200, 400);
        assertThat(v.get("gender").get("faces")).isEqualTo(validation);
        assertThat((Double) v.get("gender").get("accuracy")).isGreaterThan(0.85);
        assertThat((Double) v.get("ethnicity").get("accuracy")).isGreaterThan(0.8);
        assertThat((Double) v.get("age").get("meanAbsoluteError")).isLessThan(10.0);
        assertThat(v.get("emotion").get("faces")).isEqualTo(400);
        assertThat((Double) v.get("emotion").get("accuracy")).isGreaterThan(0.8);
        assertThat(result.heads().file().provenance()).containsKeys("note", "hyperParameters", "featureBlocks");
        // the figures are reproduced by the shipped-format heads themselves
        Demographics d = new Demographics(result.heads());
        long right = utk.stream().filter(DevelopmentSets::validation)
                .filter(i -> d.gender(records.get(FaceRecords.id(i))).label().equals(i.gender())).count();
        assertThat(right / (double) validation).isEqualTo((Double) v.get("gender").get("accuracy"), org.assertj.core.api.Assertions.within(1e-3));
    }

    private static float[] noise(Random r) {
        float[] v = new float[DevelopmentRecord.SIZE];
        for (int i = 0; i < v.length; i += 7) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
