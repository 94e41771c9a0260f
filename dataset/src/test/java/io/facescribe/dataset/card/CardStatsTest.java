package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.attributes.AttributeNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.facescribe.dataset.card.TestRecords.face;
import static io.facescribe.dataset.card.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CardStatsTest {

    /** A known set: 4 kept (5 faces), 3 filtered, 1 failed, with flags, labels and unicode paths and captions. */
    static List<ObjectNode> knownSet() {
        List<ObjectNode> records = new ArrayList<>();
        ObjectNode hopper = record("/data/фото/grace_hopper.jpg", "kept", List.of(), List.of(), List.of(face(0)));
        ObjectNode labels = hopper.putObject("labels");
        labels.put("Male", "1").put("Eyeglasses", "1").put("Smiling", "1").put("Wearing_Hat", -1).put("Not_An_Attribute", "1");
        records.add(hopper);
        records.add(record("/data/asian é.jpg", "kept", List.of(), List.of("blurry"), List.of(face(3))));
        records.add(record("/data/group.jpg", "kept", List.of(), List.of("blurry", "black and white"),
                List.of(face(5), face(7))));
        records.add(record("/data/captions.jpg", "kept", List.of(), List.of(), List.of(TestRecords.withCaptions(face(2),
                List.of("A smiling woman, smiling.", "Ein lächelnder Mann — with a smile"), List.of("m", "mi")))));
        records.add(record("/data/empty.jpg", "filtered", List.of("no face"), List.of(), List.of()));
        records.add(record("/data/three.jpg", "filtered", List.of("3 faces"), List.of(), List.of(face(1), face(4), face(6))));
        records.add(record("/data/small.png", "filtered", List.of("face smaller than 64 px", "blurry"), List.of(),
                List.of(face(1))));
        ObjectNode broken = record("/data/broken 😀.jpg", "failed", List.of(), List.of(), List.of());
        broken.put("error", "cannot decode /data/broken 😀.jpg: truncated JPEG");
        records.add(broken);
        return records;
    }

    static CardStats statsOf(List<ObjectNode> records) {
        CardStats stats = new CardStats();
        records.forEach(stats::accept);
        return stats;
    }

    @Test
    void countsImagesFacesReasonsAndFlags() {
        ImageCounts c = statsOf(knownSet()).images();
        assertThat(c.images()).isEqualTo(8);
        assertThat(c.kept()).isEqualTo(4);
        assertThat(c.filtered()).isEqualTo(3);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.otherStatus()).isZero();
        assertThat(c.faces()).isEqualTo(9);
        assertThat(c.keptFaces()).isEqualTo(5);
        assertThat(c.filterReasons().count("no face")).isEqualTo(1);
        assertThat(c.filterReasons().count("3 faces")).isEqualTo(1);
        assertThat(c.filterReasons().count("face smaller than 64 px")).isEqualTo(1);
        assertThat(c.filterReasons().count("blurry")).isEqualTo(1);
        assertThat(c.filterReasons().total()).isEqualTo(4);
        assertThat(c.failureReasons().entries()).containsExactly(new Tally.Entry("cannot decode <image>: truncated JPEG", 1));
        assertThat(c.flags().count("blurry")).isEqualTo(2);
        assertThat(c.flags().count("black and white")).isEqualTo(1);
        assertThat(c.formats().count("png")).isEqualTo(1);
        assertThat(c.facesPerKept().countBetween(1, 1)).isEqualTo(3);
        assertThat(c.facesPerKept().countBetween(2, 2)).isEqualTo(1);
        assertThat(c.facesPerFiltered().countBetween(0, 0)).isEqualTo(1);
        assertThat(c.facesPerFiltered().countBetween(3, 3)).isEqualTo(1);
        assertThat(c.facesPerKept().mean()).isEqualTo(1.25);
    }

    @Test
    void failuresAreCountedByTheirErrorWithoutTheImagesPath() {
        ObjectNode a = record("/in/a.jpg", "failed", List.of("unreadable"), List.of(), List.of());
        a.put("error", "cannot read /in/a.jpg: NoSuchFileException");
        ObjectNode b = record("/in/b b.jpg", "failed", List.of("unreadable"), List.of(), List.of());
        b.put("error", "cannot read /in/b b.jpg: NoSuchFileException");
        ObjectNode c = record("/in/c.jpg", "failed", List.of("unreadable"), List.of(), List.of());
        ObjectNode d = record("/in/d.jpg", "failed", List.of(), List.of(), List.of());
        Tally t = statsOf(List.of(a, b, c, d)).images().failureReasons();
        assertThat(t.entries()).containsExactly(new Tally.Entry("cannot read <image>: NoSuchFileException", 2),
                new Tally.Entry("(no reason given)", 1), new Tally.Entry("unreadable", 1));
    }

    @Test
    void faceSizesAreThoseOfKeptFaces() {
        List<ObjectNode> set = knownSet();
        List<Integer> sizes = new ArrayList<>();
        keptFaces(set).forEach(f -> sizes.add(f.get("quality").get("faceSize").asInt()));
        Spread s = statsOf(set).faceSizes();
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isCloseTo(sizes.stream().mapToInt(Integer::intValue).average().orElseThrow(), within(1e-9));
        List<Integer> sorted = sizes.stream().sorted().toList();
        assertThat(s.median()).isEqualTo(sorted.get(2).doubleValue());
        assertThat(s.min()).isEqualTo(sorted.get(0));
        assertThat(s.max()).isEqualTo(sorted.get(4));
    }

    @Test
    void attributeFrequenciesCountKeptFacesAtOneHalf() {
        List<ObjectNode> set = knownSet();
        List<JsonNode> kept = keptFaces(set);
        CardStats stats = statsOf(set);
        AttributeShares all = stats.attributes();
        assertThat(all.faces()).isEqualTo(5);
        for (String a : AttributeNames.ALL) {
            long expected = kept.stream().filter(f -> TestRecords.shown(f, a)).count();
            assertThat(all.count(a)).as(a).isEqualTo(expected);
        }
        // the astronaut (face 7) is rated attractive, the Grace Hopper photo (face 0) is not
        assertThat(TestRecords.shown(face(7), "Attractive")).isTrue();
        assertThat(TestRecords.shown(face(0), "Attractive")).isFalse();
        assertThat(all.sortedAttributes()).hasSize(40);
        assertThat(all.share(all.sortedAttributes().get(0))).isGreaterThanOrEqualTo(all.share(all.sortedAttributes().get(39)));

        long females = kept.stream().filter(f -> f.get("gender").get("label").asText().equals("female")).count();
        assertThat(stats.genders().count("female")).isEqualTo(females);
        assertThat(stats.genders().total()).isEqualTo(5);
        AttributeShares female = stats.attributesByGender().stream().filter(s -> s.group().equals("female")).findFirst().orElseThrow();
        assertThat(female.faces()).isEqualTo(females);
        long femaleSmiling = kept.stream().filter(f -> f.get("gender").get("label").asText().equals("female"))
                .filter(f -> TestRecords.shown(f, "Smiling")).count();
        assertThat(female.count("Smiling")).isEqualTo(femaleSmiling);
        assertThat(stats.attributesByAgeBand()).extracting(AttributeShares::group).isSortedAccordingTo(
                (x, y) -> Integer.compare(AgeBands.ALL.indexOf(x), AgeBands.ALL.indexOf(y)));
        assertThat(stats.attributesByAgeBand().stream().mapToLong(AttributeShares::faces).sum()).isEqualTo(5);
        assertThat(stats.ageBands().entries()).extracting(Tally.Entry::key).contains("70+");
        assertThat(stats.ethnicities().total()).isEqualTo(5);
        assertThat(stats.emotions().total()).isEqualTo(5);
    }

    @Test
    void captionsCountLengthVocabularyAndGuard() {
        ObjectNode only = record("/x/ü.jpg", "kept", List.of(), List.of(), List.of(TestRecords.withCaptions(face(2),
                List.of("A smiling woman, smiling.", "Ein lächelnder Mann — with a smile", "   "), List.of("", "i", ""))));
        CaptionSummary s = statsOf(List.of(only)).captions();
        assertThat(s.captions()).isEqualTo(3);
        assertThat(s.words().mean()).isCloseTo(10 / 3.0, within(1e-9));
        assertThat(s.words().median()).isEqualTo(4);
        // a, smiling, woman, ein, lächelnder, mann, with, smile
        assertThat(s.vocabulary()).isEqualTo(8);
        assertThat(s.vocabularyComplete()).isTrue();
        assertThat(s.topWords().get(0)).isEqualTo(new Tally.Entry("smiling", 2));
        assertThat(s.topWords()).extracting(Tally.Entry::key).doesNotContain("a", "with")
                .contains("lächelnder", "woman", "mann", "smile", "ein");
        assertThat(s.invented()).isEqualTo(1);
        assertThat(s.missing()).isZero();
        assertThat(s.flaggedShare()).isCloseTo(1 / 3.0, within(1e-9));

        CaptionSummary known = statsOf(knownSet()).captions();
        long realCaptions = keptFaces(knownSet()).stream().mapToLong(f -> f.get("captions").size()).sum();
        assertThat(known.captions()).isEqualTo(realCaptions);
        assertThat(known.missing()).isEqualTo(2);
        assertThat(known.invented()).isEqualTo(1);
        assertThat(known.flagged()).isEqualTo(2);
        assertThat(known.topWords()).hasSizeLessThanOrEqualTo(30).isNotEmpty();
    }

    @Test
    void cooccurrenceOfAttractiveMakeupAndGender() {
        List<ObjectNode> records = new ArrayList<>();
        // 4 women: 3 with make-up (2 attractive), 1 without (attractive); 2 men: none with make-up, 1 attractive
        double[][] women = {{1, 1}, {1, 1}, {0, 1}, {1, 0}};
        double[][] men = {{1, 0}, {0, 0}};
        for (double[] w : women) {
            records.add(keptWith("female", w[0], w[1]));
        }
        for (double[] m : men) {
            records.add(keptWith("male", m[0], m[1]));
        }
        List<Cooccurrence> notable = statsOf(records).notableCooccurrences();
        Cooccurrence all = find(notable, "all", "Heavy_Makeup");
        assertThat(all.faces()).isEqualTo(6);
        assertThat(all.countA()).isEqualTo(4);
        assertThat(all.countB()).isEqualTo(3);
        assertThat(all.both()).isEqualTo(2);
        assertThat(all.lift()).isCloseTo((2 / 6.0) / ((4 / 6.0) * (3 / 6.0)), within(1e-12));
        assertThat(all.aGivenB()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(all.aGivenNotB()).isCloseTo(2 / 3.0, within(1e-12));
        Cooccurrence female = find(notable, "female", "Heavy_Makeup");
        assertThat(female.faces()).isEqualTo(4);
        assertThat(female.aGivenNotB()).isEqualTo(1.0);
        Cooccurrence male = find(notable, "male", "Heavy_Makeup");
        assertThat(male.countB()).isZero();
        assertThat(male.aGivenB()).isNaN();
        assertThat(male.aGivenNotB()).isEqualTo(0.5);
        assertThat(notable).extracting(Cooccurrence::group).startsWith("all", "female", "male");
    }

    @Test
    void topPairsAreRankedByLiftAboveTheSupport() {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ObjectNode f = zeroAttributes(face(0));
            if (i < 10) {   // Goatee and Mustache always together: lift 10
                TestRecords.withAttribute(f, "Goatee", 0.9);
                TestRecords.withAttribute(f, "Mustache", 0.9);
            }
            if (i < 50) {
                TestRecords.withAttribute(f, "Smiling", 0.9);
            }
            if (i % 2 == 0) {  // Smiling and Bangs independent: lift 1
                TestRecords.withAttribute(f, "Bangs", 0.9);
            }
            if (i == 99) {  // Bald with Goatee once: below the support
                TestRecords.withAttribute(f, "Bald", 0.9);
            }
            records.add(record("/p/" + i + ".jpg", "kept", List.of(), List.of(), List.of(f)));
        }
        List<Cooccurrence> top = statsOf(records).topPairsByLift(15, 0.01, 5);
        assertThat(top.get(0).a()).isEqualTo("Goatee");
        assertThat(top.get(0).b()).isEqualTo("Mustache");
        assertThat(top.get(0).lift()).isCloseTo(10, within(1e-9));
        assertThat(top).extracting(Cooccurrence::lift).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(top).noneMatch(c -> c.a().equals("Bald") || c.b().equals("Bald"));
        Cooccurrence bangsSmiling = top.stream().filter(c -> c.a().equals("Bangs") && c.b().equals("Smiling")).findFirst().orElseThrow();
        assertThat(bangsSmiling.lift()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void labelsAreComparedWithTheLargestFace() {
        LabelComparison labels = statsOf(knownSet()).labels();
        assertThat(labels.rows()).extracting(LabelComparison.Row::attribute)
                .containsExactlyInAnyOrder("Male", "Eyeglasses", "Smiling", "Wearing_Hat");
        LabelComparison.Row male = labels.row("Male");
        assertThat(male.images()).isEqualTo(1);
        assertThat(male.labelled()).isEqualTo(1);
        assertThat(male.measured()).isEqualTo(TestRecords.shown(face(0), "Male") ? 1 : 0);
        LabelComparison.Row hat = labels.row("Wearing_Hat");
        assertThat(hat.labelled()).isZero();
        assertThat(hat.agree()).isEqualTo(TestRecords.shown(face(0), "Wearing_Hat") ? 0 : 1);
        assertThat(statsOf(List.of(knownSet().get(1))).labels().isEmpty()).isTrue();

        // only the largest (first) face of an image is compared with the image's labels
        ObjectNode two = record("/two.jpg", "kept", List.of(), List.of(), List.of(face(5), face(0)));
        two.putObject("labels").put("Wearing_Hat", "1");
        LabelComparison.Row onlyFirst = statsOf(List.of(two)).labels().row("Wearing_Hat");
        assertThat(TestRecords.shown(face(0), "Wearing_Hat")).isNotEqualTo(TestRecords.shown(face(5), "Wearing_Hat"));
        assertThat(onlyFirst.images()).isEqualTo(1);
        assertThat(onlyFirst.measured()).isEqualTo(TestRecords.shown(face(5), "Wearing_Hat") ? 1 : 0);
    }

    @Test
    void mergingPartsEqualsCountingAllAtOnce() {
        List<ObjectNode> set = knownSet();
        CardStats whole = statsOf(set);
        CardStats merged = statsOf(set.subList(0, 3)).merge(statsOf(set.subList(3, 5))).merge(statsOf(set.subList(5, 8)));
        assertThat(merged.images()).isEqualTo(whole.images());
        assertThat(merged.faceSizes()).isEqualTo(whole.faceSizes());
        assertThat(merged.attributes()).isEqualTo(whole.attributes());
        assertThat(merged.attributesByGender()).isEqualTo(whole.attributesByGender());
        assertThat(merged.attributesByEthnicity()).isEqualTo(whole.attributesByEthnicity());
        assertThat(merged.attributesByAgeBand()).isEqualTo(whole.attributesByAgeBand());
        assertThat(merged.notableCooccurrences()).isEqualTo(whole.notableCooccurrences());
        assertThat(merged.topPairsByLift(15, 0, 1)).isEqualTo(whole.topPairsByLift(15, 0, 1));
        assertThat(merged.captions()).isEqualTo(whole.captions());
        assertThat(merged.labels()).isEqualTo(whole.labels());
        assertThat(merged.ageBands()).isEqualTo(whole.ageBands());
        assertThat(merged.emotions()).isEqualTo(whole.emotions());
    }

    @Test
    void survivesJavaSerializationAsASparkAggregateWould() throws Exception {
        List<ObjectNode> set = knownSet();
        CardStats part = statsOf(set.subList(0, 4));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        CardStats copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CardStats) in.readObject();
        }
        set.subList(4, 8).forEach(copy::accept);
        CardStats whole = statsOf(set);
        assertThat(copy.images()).isEqualTo(whole.images());
        assertThat(copy.attributesByGender()).isEqualTo(whole.attributesByGender());
        assertThat(copy.captions()).isEqualTo(whole.captions());
        assertThat(copy.labels()).isEqualTo(whole.labels());
    }

    @Test
    void summariesAreImmutableAndMissingFieldsAreTolerated() {
        ObjectNode bare = TestRecords.MAPPER.createObjectNode();
        ObjectNode odd = record("/o.jpg", "kept", List.of(), List.of(), List.of(TestRecords.MAPPER.createObjectNode()));
        ObjectNode noSensitive = face(3);
        noSensitive.remove("gender");
        noSensitive.remove("ethnicity");
        CardStats stats = statsOf(List.of(bare, odd, record("/n.jpg", "kept", List.of(), List.of(), List.of(noSensitive))));
        assertThat(stats.images().otherStatus()).isEqualTo(1);
        assertThat(stats.images().keptFaces()).isEqualTo(2);
        assertThat(stats.attributes().faces()).isEqualTo(1);
        assertThat(stats.genders().count(CardStats.UNMEASURED)).isEqualTo(2);
        List<Tally.Entry> entries = stats.genders().entries();
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> entries.add(new Tally.Entry("x", 1)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> stats.attributes().positives().set(0, 5L));
    }

    private static ObjectNode keptWith(String gender, double attractive, double makeup) {
        ObjectNode f = zeroAttributes(TestRecords.withGender(face(5), gender));
        TestRecords.withAttribute(f, "Attractive", attractive);
        TestRecords.withAttribute(f, "Heavy_Makeup", makeup);
        return record("/w/" + gender + attractive + makeup + ".jpg", "kept", List.of(), List.of(), List.of(f));
    }

    private static ObjectNode zeroAttributes(ObjectNode face) {
        AttributeNames.ALL.forEach(a -> TestRecords.withAttribute(face, a, 0.01));
        return face;
    }

    private static Cooccurrence find(List<Cooccurrence> list, String group, String b) {
        return list.stream().filter(c -> c.group().equals(group) && c.a().equals("Attractive") && c.b().equals(b))
                .findFirst().orElseThrow();
    }

    static List<JsonNode> keptFaces(List<ObjectNode> records) {
        List<JsonNode> faces = new ArrayList<>();
        for (ObjectNode r : records) {
            if (r.get("status").asText().equals("kept")) {
                r.get("faces").forEach(faces::add);
            }
        }
        return faces;
    }
}
