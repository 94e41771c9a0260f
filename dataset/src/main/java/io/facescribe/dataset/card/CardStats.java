package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.attributes.AttributeNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of a data-set card, accumulated one record at a time in memory that does not grow with the
 * number of records (counts only; distinct caption words and reason texts are counted up to a limit).
 * {@link #accept} and {@link #merge} mutate; every accessor returns an immutable snapshot. Not thread-safe:
 * give each thread or partition its own and {@link #merge} them. Serializable, so a Spark job can aggregate it
 * (for instance {@code lines.aggregate(new CardStats(), (s, line) -> s.accept(parse(line)), CardStats::merge)}).
 */
public final class CardStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Attributes with probability at or above this count as shown. */
    public static final double THRESHOLD = 0.5;
    /** The co-occurrences the card always reports, split by gender: (a, b). */
    public static final List<List<String>> NOTABLE = List.of(
            List.of("Attractive", "Heavy_Makeup"), List.of("Attractive", "Wearing_Lipstick"),
            List.of("Attractive", "Young"), List.of("Attractive", "Male"));
    static final String UNMEASURED = "not measured";
    private static final int MAX_REASONS = 1_000;

    private long images;
    private long kept;
    private long filtered;
    private long failed;
    private long otherStatus;
    private long faces;
    private long keptFaces;
    private long groupPhotos;
    private final Counter filterReasons = new Counter(MAX_REASONS);
    private final Counter failureReasons = new Counter(MAX_REASONS);
    private final Counter flags = new Counter(MAX_REASONS);
    private final Counter formats = new Counter(MAX_REASONS);
    private final IntCounts facesPerKept = new IntCounts(1_000);
    private final IntCounts facesPerFiltered = new IntCounts(1_000);
    private final IntCounts faceSizes = new IntCounts(100_000);
    private final Counter genders = new Counter(MAX_REASONS);
    private final Counter ethnicities = new Counter(MAX_REASONS);
    private final Counter ageBands = new Counter(MAX_REASONS);
    private final Counter emotions = new Counter(MAX_REASONS);
    private final GroupStats all = new GroupStats();
    private final Map<String, GroupStats> byGender = new TreeMap<>();
    private final Map<String, GroupStats> byEthnicity = new TreeMap<>();
    private final Map<String, GroupStats> byAge = new TreeMap<>();
    private final CaptionStats captions = new CaptionStats();
    private final LabelStats labels = new LabelStats();

    /** Counts one record (one image, in the records.jsonl shape). */
    public CardStats accept(JsonNode record) {
        images++;
        String status = Json.text(record, "status");
        List<JsonNode> recordFaces = Json.array(record, "faces");
        faces += recordFaces.size();
        String format = Json.text(record, "format");
        formats.add(format == null ? "unknown" : format);
        if ("kept".equals(status)) {
            kept++;
            keptFaces += recordFaces.size();
            facesPerKept.add(recordFaces.size());
            if (!Json.array(record.path("photo"), "captions").isEmpty()) {
                groupPhotos++;
            }
            Json.texts(record, "flags").forEach(flags::add);
            acceptKept(record, recordFaces);
        } else if ("filtered".equals(status)) {
            filtered++;
            facesPerFiltered.add(recordFaces.size());
            List<String> reasons = Json.texts(record, "reasons");
            if (reasons.isEmpty()) {
                filterReasons.add("(no reason given)");
            }
            reasons.forEach(filterReasons::add);
        } else if ("failed".equals(status)) {
            failed++;
            // the error message says more than a generic reason ("unreadable"), so it is counted when present
            String error = errorReason(record);
            List<String> reasons = Json.texts(record, "reasons");
            if (error != null || reasons.isEmpty()) {
                failureReasons.add(error == null ? "(no reason given)" : error);
            } else {
                reasons.forEach(failureReasons::add);
            }
        } else {
            otherStatus++;
        }
        return this;
    }

    /**
     * A failure's error message with the record's own path and name taken out, so equal errors count together;
     * null when there is none.
     */
    private static String errorReason(JsonNode record) {
        String error = Json.text(record, "error");
        if (error == null || error.isBlank()) {
            return null;
        }
        for (String own : new String[] {Json.text(record, "path"), Json.text(record, "name")}) {
            if (own != null && !own.isEmpty()) {
                error = error.replace(own, "<image>");
            }
        }
        error = error.strip().replaceAll("\\s+", " ");
        return error.length() > 120 ? error.substring(0, 117) + "..." : error;
    }

    private void acceptKept(JsonNode record, List<JsonNode> recordFaces) {
        boolean first = true;
        for (JsonNode face : recordFaces) {
            double size = Json.number(Json.object(face, "quality"), "faceSize");
            if (!Double.isNaN(size)) {
                faceSizes.add((int) Math.round(size));
            }
            String gender = orUnmeasured(Json.text(Json.object(face, "gender"), "label"));
            String ethnicity = orUnmeasured(Json.text(Json.object(face, "ethnicity"), "label"));
            String band = AgeBands.of(Json.number(Json.object(face, "age"), "years"));
            genders.add(gender);
            ethnicities.add(ethnicity);
            ageBands.add(band);
            emotions.add(orUnmeasured(Json.text(Json.object(face, "emotion"), "dominant")));
            boolean[] shown = shown(Json.object(face, "attributes"));
            if (shown != null) {
                all.accept(shown);
                byGender.computeIfAbsent(gender, g -> new GroupStats()).accept(shown);
                byEthnicity.computeIfAbsent(ethnicity, g -> new GroupStats()).accept(shown);
                byAge.computeIfAbsent(band, g -> new GroupStats()).accept(shown);
                JsonNode labelNode = Json.object(record, "labels");
                if (first && labelNode != null) {
                    labels.accept(labelNode, shown);
                }
            }
            first = false;
            Json.array(face, "captions").forEach(captions::accept);
        }
    }

    private static String orUnmeasured(String label) {
        return label == null || label.isBlank() ? UNMEASURED : label;
    }

    /** Which attributes are shown, or null when the face carries none of the 40. */
    private static boolean[] shown(JsonNode attributes) {
        if (attributes == null) {
            return null;
        }
        boolean[] shown = new boolean[GroupStats.K];
        boolean any = false;
        for (int a = 0; a < shown.length; a++) {
            double p = Json.number(attributes, AttributeNames.ALL.get(a));
            any |= !Double.isNaN(p);
            shown[a] = p >= THRESHOLD;
        }
        return any ? shown : null;
    }

    /** Adds everything {@code other} counted to this (other is left as it was). */
    public CardStats merge(CardStats other) {
        images += other.images;
        kept += other.kept;
        filtered += other.filtered;
        failed += other.failed;
        otherStatus += other.otherStatus;
        faces += other.faces;
        keptFaces += other.keptFaces;
        groupPhotos += other.groupPhotos;
        filterReasons.merge(other.filterReasons);
        failureReasons.merge(other.failureReasons);
        flags.merge(other.flags);
        formats.merge(other.formats);
        facesPerKept.merge(other.facesPerKept);
        facesPerFiltered.merge(other.facesPerFiltered);
        faceSizes.merge(other.faceSizes);
        genders.merge(other.genders);
        ethnicities.merge(other.ethnicities);
        ageBands.merge(other.ageBands);
        emotions.merge(other.emotions);
        all.merge(other.all);
        mergeGroups(byGender, other.byGender);
        mergeGroups(byEthnicity, other.byEthnicity);
        mergeGroups(byAge, other.byAge);
        captions.merge(other.captions);
        labels.merge(other.labels);
        return this;
    }

    private static void mergeGroups(Map<String, GroupStats> into, Map<String, GroupStats> from) {
        from.forEach((k, v) -> into.computeIfAbsent(k, g -> new GroupStats()).merge(v));
    }

    public ImageCounts images() {
        return new ImageCounts(images, kept, filtered, failed, otherStatus, faces, keptFaces, filterReasons.tally(),
                failureReasons.tally(), flags.tally(), formats.tally(), facesPerKept.spread(1_001),
                facesPerFiltered.spread(1_001), groupPhotos);
    }

    /** Face sizes (quality.faceSize, px) of the faces of kept images. */
    public Spread faceSizes() {
        return faceSizes.spread(30);
    }

    /** Attribute shares over all faces of kept images that carry attributes. */
    public AttributeShares attributes() {
        return all.shares("all");
    }

    /** Attribute shares per perceived gender, largest group first. */
    public List<AttributeShares> attributesByGender() {
        return shares(byGender, List.of());
    }

    /** Attribute shares per perceived ethnicity, in the analyzer's order of labels. */
    public List<AttributeShares> attributesByEthnicity() {
        return shares(byEthnicity, io.facescribe.analysis.Demographics.ETHNICITIES);
    }

    /** Attribute shares per age band, youngest first. */
    public List<AttributeShares> attributesByAgeBand() {
        return shares(byAge, AgeBands.ALL);
    }

    private static List<AttributeShares> shares(Map<String, GroupStats> groups, List<String> order) {
        List<AttributeShares> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(v.shares(k)));
        out.sort(Comparator.comparingInt((AttributeShares s) -> rank(order, s.group()))
                .thenComparing(Comparator.comparingLong(AttributeShares::faces).reversed())
                .thenComparing(AttributeShares::group));
        return out;
    }

    private static int rank(List<String> order, String key) {
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    /** Perceived gender of the faces of kept images. */
    public Tally genders() {
        return genders.tally();
    }

    public Tally ethnicities() {
        return ethnicities.tally();
    }

    /** Age bands, in band order (0-2 first), with bands no face fell in left out. */
    public Tally ageBands() {
        Tally t = ageBands.tally();
        List<Tally.Entry> ordered = new ArrayList<>(t.entries());
        List<String> order = new ArrayList<>(AgeBands.ALL);
        order.add(AgeBands.UNMEASURED);
        ordered.sort(Comparator.comparingInt(e -> rank(order, e.key())));
        return new Tally(ordered, t.total(), t.complete());
    }

    public Tally emotions() {
        return emotions.tally();
    }

    /**
     * The {@link #NOTABLE} pairs over all faces and then per perceived gender: for each pair, the "all" row
     * first, then one row per gender (largest group first).
     */
    public List<Cooccurrence> notableCooccurrences() {
        Map<String, GroupStats> groups = new LinkedHashMap<>();
        groups.put("all", all);
        attributesByGender().forEach(s -> groups.put(s.group(), byGender.get(s.group())));
        List<Cooccurrence> out = new ArrayList<>();
        for (List<String> pair : NOTABLE) {
            int a = AttributeNames.indexOf(pair.get(0));
            int b = AttributeNames.indexOf(pair.get(1));
            groups.forEach((name, g) -> out.add(g.pair(name, a, b)));
        }
        return out;
    }

    /**
     * The attribute pairs with the highest lift over all faces, among pairs seen together on at least
     * {@code minShare} of the faces and at least {@code minFaces} faces.
     */
    public List<Cooccurrence> topPairsByLift(int n, double minShare, long minFaces) {
        long support = Math.max(minFaces, (long) Math.ceil(minShare * all.faces()));
        List<Cooccurrence> pairs = new ArrayList<>();
        for (int a = 0; a < GroupStats.K; a++) {
            for (int b = a + 1; b < GroupStats.K; b++) {
                Cooccurrence c = all.pair("all", a, b);
                if (c.both() >= support && c.both() > 0) {
                    pairs.add(c);
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Cooccurrence::lift).reversed()
                .thenComparing(Comparator.comparingLong(Cooccurrence::both).reversed()));
        return List.copyOf(pairs.subList(0, Math.min(n, pairs.size())));
    }

    /** The captions of the faces of kept images, with the 30 most frequent words. */
    public CaptionSummary captions() {
        return captions.summary(30);
    }

    public LabelComparison labels() {
        return labels.comparison();
    }
}
