package io.facescribe.accuracy;

import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.LogisticRegression;

import io.facescribe.training.DemographicData;
import io.facescribe.training.DevelopmentSets;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.facescribe.analysis.FactHeads;
import io.facescribe.analysis.FactReader;

/**
 * Fits the {@link FactHeads}: one logistic head per fact that two sources measure, over those sources' outputs,
 * on the fitting rows of every labelled set that has the fact ({@link CrossSetData}): {@code male} on UTKFace
 * (detected faces) and CelebA (whole crops), {@code smiling} on CelebA ({@code Smiling}) and FER2013 (happy
 * against the other six). Then chooses the claim thresholds captions use, on the validation sets.
 */
public final class FactTrainer {

    public static final List<String> MALE_INPUTS = List.of("gender", "Male", "child", "child*gender", "child*Male");
    public static final List<String> MOUTH_INPUTS = List.of("Mouth_Slightly_Open", "mouthOpenness");
    public static final List<String> SMILING_INPUTS = List.of("Smiling", "happy", "happyNet");
    public static final double LAMBDA = 1e-3;
    /** Claim precision targets (share of statements the labels bear out) on every validation set. */
    public static final double GENDER_ADULT_PRECISION = 0.965;
    public static final double GENDER_CHILD_PRECISION = 0.85;
    public static final double ETHNICITY_PRECISION = 0.90;

    private FactTrainer() {
    }

    private record Row(float[] record, boolean label) {
    }

    public static FactHeads train(FactReader base, CrossSetTable.Sets sets, Map<String, Object> provenance, Consumer<String> log) {
        DemographicData d = sets.demographics();
        CelebaData c = sets.celeba();
        List<Row> male = new ArrayList<>();
        for (DevelopmentSets.Item i : d.utk()) {
            float[] r = d.record(i);
            if (r != null && i.gender() != null && !DevelopmentSets.validation(i)) {
                male.add(new Row(r, i.gender().equals("male")));
            }
        }
        int utkRows = male.size();
        List<Row> smiling = new ArrayList<>();
        for (CelebaAttributes.Item i : c.train()) {
            float[] r = c.assumeFace().get(i.id());
            if (r != null) {
                male.add(new Row(r, CelebaData.label(i, "Male")));
                smiling.add(new Row(r, CelebaData.label(i, "Smiling")));
            }
        }
        int celebaRows = smiling.size();
        List<Row> mouth = new ArrayList<>();
        for (CelebaAttributes.Item i : c.train()) {
            float[] r = c.assumeFace().get(i.id());
            if (r != null) {
                mouth.add(new Row(r, CelebaData.label(i, "Mouth_Slightly_Open")));
            }
        }
        for (DevelopmentSets.Item i : d.ferTrain()) {
            float[] r = d.record(i);
            if (r != null) {
                smiling.add(new Row(r, i.emotion().equals("happy")));
            }
        }
        Map<String, FactHeads.Fact> facts = new LinkedHashMap<>();
        facts.put("male", fit(base, "male", MALE_INPUTS, male, log));
        facts.put("smiling", fit(base, "smiling", SMILING_INPUTS, smiling, log));
        facts.put("mouthOpen", fit(base, "mouthOpen", MOUTH_INPUTS, mouth, log));
        Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("fitRows", Map.of("male", Map.of("utkface", utkRows, "celeba", male.size() - utkRows),
                "smiling", Map.of("celeba", celebaRows, "fer2013", smiling.size() - celebaRows),
                "mouthOpen", Map.of("celeba", mouth.size())));
        prov.put("model", "L2 logistic regression (lambda " + LAMBDA + ") on the named inputs, no standardisation; "
                + "inputs clipped to +-" + FactHeads.CLIP);
        FactHeads joined = new FactHeads(new FactHeads.File(FactHeads.FORMAT, facts, Map.of(), prov));
        FactReader reader = new FactReader(base.demographics(), base.attributes(), joined);
        Map<String, Double> claims = new LinkedHashMap<>();
        // thresholds on the tuning half of each validation split, never on the faces accuracy claims reports
        java.util.Set<String> utkReported = ClaimsSplit.reported(d.utk().stream().filter(DevelopmentSets::validation)
                .map(i -> i.file().getFileName().toString()).toList());
        java.util.Set<String> celebaReported = ClaimsSplit.reported(c.validation().stream().map(CelebaAttributes.Item::id).toList());
        List<CrossSetTable.Face> utk = CrossSetTable.utk(reader, d).stream()
                .filter(f -> !utkReported.contains(f.item().file().getFileName().toString())).toList();
        List<CrossSetTable.Face> celeba = CrossSetTable.celeba(reader, c, true).stream()
                .filter(f -> !celebaReported.contains(f.celeba().id())).toList();
        List<CrossSetTable.Face> celebaFound = CrossSetTable.celeba(reader, c, false).stream()
                .filter(f -> !celebaReported.contains(f.celeba().id())).toList();
        Predicate<CrossSetTable.Face> child = f -> f.facts().age().years() < 13;
        Predicate<CrossSetTable.Face> genderRight = f -> f.facts().gender().label().equals(f.item().gender());
        claims.put("gender.adult", threshold(List.of(utk.stream().filter(child.negate()).toList(), celeba, celebaFound),
                f -> f.facts().gender().confidence(), genderRight, GENDER_ADULT_PRECISION, log, "gender.adult"));
        claims.put("gender.child", threshold(List.of(utk.stream().filter(child).toList()),
                f -> f.facts().gender().confidence(), genderRight, GENDER_CHILD_PRECISION, log, "gender.child"));
        claims.put("ethnicity", threshold(List.of(utk.stream().filter(f -> f.item().ethnicity() != null).toList()),
                f -> f.facts().ethnicity().confidence(), f -> f.facts().ethnicity().label().equals(f.item().ethnicity()),
                ETHNICITY_PRECISION, log, "ethnicity"));
        for (int b = 0; b < FactReader.AGE_BANDS.length; b++) {
            int from = FactReader.AGE_BANDS[b];
            int to = b + 1 < FactReader.AGE_BANDS.length ? FactReader.AGE_BANDS[b + 1] : 1000;
            List<CrossSetTable.Face> in = utk.stream().filter(f -> f.item().age() >= 0 && f.facts().age().years() >= from
                    && f.facts().age().years() < to).toList();
            long held = in.stream().filter(f -> f.item().age() >= f.facts().age().low() && f.item().age() <= f.facts().age().high()).count();
            if (in.size() >= 20) {
                claims.put("ageRangeCoverage." + from, Math.round(10000.0 * held / in.size()) / 10000.0);
            }
        }
        prov.put("ageRangeCoverage", "ageRangeCoverage.FROM: how often the age range (quantiles 0.2 to 0.8) held the true age "
                + "on the UTKFace validation split for faces whose estimate is from FROM to the next band; the confidence "
                + "analysis gives the range");
        prov.put("claims", "the lowest confidence (0.50, 0.51, ...) from which the statements made keep this precision on "
                + "each validation set: gender.adult " + GENDER_ADULT_PRECISION + " (UTKFace faces estimated 13 or older, "
                + "CelebA whole and detected), gender.child " + GENDER_CHILD_PRECISION + " (UTKFace faces estimated under 13), "
                + "ethnicity " + ETHNICITY_PRECISION + " (UTKFace); chosen on the tuning half of each validation split "
                + "(ClaimsSplit: every other validation image; accuracy claims reports the rest)");
        return new FactHeads(new FactHeads.File(FactHeads.FORMAT, facts, claims, prov));
    }

    private static FactHeads.Fact fit(FactReader base, String name, List<String> inputs, List<Row> rows, Consumer<String> log) {
        float[][] x = new float[rows.size()][inputs.size()];
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < inputs.size(); k++) {
                x[i][k] = (float) base.input(rows.get(i).record(), inputs.get(k));
            }
            y[i] = rows.get(i).label();
        }
        LogisticRegression.Model m = new LogisticRegression(LAMBDA, 500, 1e-6).fit(x, y);
        int right = 0;
        double loss = 0;
        for (int i = 0; i < rows.size(); i++) {
            double p = m.probability(x[i]);
            right += (p >= 0.5) == y[i] ? 1 : 0;
            loss -= Math.log(Math.max(1e-9, y[i] ? p : 1 - p));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("fitRows", rows.size());
        v.put("fitAccuracy", Math.round(10000.0 * right / rows.size()) / 10000.0);
        v.put("fitLogLoss", Math.round(10000.0 * loss / rows.size()) / 10000.0);
        log.accept(name + ": " + v + " weights " + java.util.Arrays.toString(m.weights()) + " bias " + m.bias());
        return new FactHeads.Fact(inputs, m.weights().clone(), m.bias(), v);
    }

    /** The lowest confidence from which the statements keep the precision on every set (1 when none does). */
    static double threshold(List<List<CrossSetTable.Face>> sets, java.util.function.ToDoubleFunction<CrossSetTable.Face> conf,
                            Predicate<CrossSetTable.Face> right, double target, Consumer<String> log, String name) {
        for (int t = 50; t < 100; t++) {
            double cut = t / 100.0;
            boolean ok = true;
            StringBuilder sb = new StringBuilder();
            for (List<CrossSetTable.Face> faces : sets) {
                List<CrossSetTable.Face> said = faces.stream().filter(f -> conf.applyAsDouble(f) >= cut).toList();
                long r = said.stream().filter(right).count();
                double precision = said.isEmpty() ? 1 : r / (double) said.size();
                ok &= precision >= target;
                sb.append(String.format(java.util.Locale.ROOT, " %.3f of %d (said for %.1f%%)", precision, said.size(),
                        100.0 * said.size() / Math.max(1, faces.size())));
            }
            if (ok) {
                log.accept(name + ": threshold " + cut + ":" + sb);
                return cut;
            }
        }
        return 1.0;
    }
}
