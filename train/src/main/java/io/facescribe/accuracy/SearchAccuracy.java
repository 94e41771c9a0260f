package io.facescribe.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.IndexedImage;
import io.facescribe.search.RecordImages;
import io.facescribe.search.SearchHit;
import io.facescribe.search.SearchResult;

/**
 * How well the face index finds what a description asks for, against labels:
 * <ul>
 *   <li>queries made of CelebA label combinations (one to four traits, each possibly negated, said in words the
 *       reader knows) over the CelebA validation faces (ids 7001-8000): precision of the top 10 and top 50, with a
 *       hit right when every label of the combination agrees; and for four-trait queries, the precision as each trait
 *       is added;</li>
 *   <li>Face2Text descriptions as queries: how often the described face is in the top 10 among every indexed face.</li>
 * </ul>
 * The faces' analyses come from a build-dataset run's records (nothing is analysed here).
 */
public final class SearchAccuracy {

    /** A CelebA attribute as a query says it: the words when present and when absent. */
    private record Said(String attribute, String present, String absent) {
    }

    private static final List<Said> SAID = List.of(
            new Said("Male", "man", "woman"), new Said("Eyeglasses", "glasses", "no glasses"),
            new Said("Smiling", "smiling", null), new Said("Wearing_Hat", "a hat", "no hat"),
            new Said("Blond_Hair", "blond hair", null), new Said("Black_Hair", "black hair", null),
            new Said("Brown_Hair", "brown hair", null), new Said("Gray_Hair", "gray hair", null),
            new Said("Bald", "bald", null), new Said("No_Beard", "no beard", "a beard"),
            new Said("Mustache", "a mustache", "no mustache"), new Said("Goatee", "a goatee", null),
            new Said("Heavy_Makeup", "heavy makeup", null), new Said("Wearing_Lipstick", "lipstick", "no lipstick"),
            new Said("Bangs", "bangs", "no bangs"), new Said("Wavy_Hair", "wavy hair", null),
            new Said("Wearing_Earrings", "earrings", "no earrings"), new Said("Wearing_Necktie", "a tie", null),
            new Said("Wearing_Necklace", "a necklace", null), new Said("Sideburns", "sideburns", null),
            new Said("Chubby", "chubby", null), new Said("Pale_Skin", "pale skin", null),
            new Said("Big_Nose", "a big nose", null), new Said("High_Cheekbones", "high cheekbones", null));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The section's heading in docs/accuracy.md. */
    public static final String HEADING = "## Search";

    private SearchAccuracy() {
    }

    /** One condition of a query: an attribute and the label it must have. */
    private record Condition(Said said, boolean present) {
        String words() {
            return present ? said.present() : said.absent();
        }
    }

    /**
     * The Search section: label-combination precision and Face2Text descriptions as queries.
     *
     * @param records     build-dataset records of the CelebA images (--assume-face)
     * @param data        the data folder (celeba/attributes.csv, celeba/splits.csv, face2text/captions.jsonl)
     * @param extra       more records whose faces Face2Text describes (held-out faces), or null
     * @param queries     label-combination queries per length
     * @param work        a folder for the indexes
     */
    public static String markdown(Path records, Path data, Path extra, int queries, long seed, Path work)
            throws IOException {
        Map<String, Map<String, Integer>> labels = labels(data.resolve("celeba/attributes.csv"));
        Set<String> validation = validation(data.resolve("celeba/splits.csv"));
        StringBuilder md = new StringBuilder();
        try (FaceIndex index = FaceIndex.open(work.resolve("validation"))) {
            RecordImages reader = new RecordImages(index.traits());
            Map<String, String> nameOf = new HashMap<>();
            for (JsonNode r : read(records)) {
                String name = Path.of(r.path("path").asText()).getFileName().toString();
                if (validation.contains(name) && labels.containsKey(name)) {
                    IndexedImage img = reader.image(r, Path.of("/"));
                    index.add(img);
                    nameOf.put(img.path(), name);
                }
            }
            index.commit();
            md.append(labelCombinations(index, labels, nameOf, queries, seed));
        }
        md.append(face2text(records, extra, data.resolve("face2text/captions.jsonl"), work.resolve("all")));
        return md.toString();
    }

    private static String labelCombinations(FaceIndex index, Map<String, Map<String, Integer>> labels,
                                            Map<String, String> nameOf, int perLength, long seed) {
        Random random = new Random(seed);
        List<String> faces = new ArrayList<>(nameOf.values());
        StringBuilder md = new StringBuilder();
        md.append(String.format("Label-combination queries over the %,d CelebA validation faces (ids 7001-8000), "
                + "seed %d; a query keeps only combinations that at least 10 faces satisfy (P@50: at least 50).%n%n",
                faces.size(), seed));
        md.append("| traits | queries (>= 10 relevant) | P@10 | random P | queries (>= 50 relevant) | P@10 | P@50 "
                + "| random P |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        double[][] prefix = new double[4][2];
        List<String> examples = new ArrayList<>();
        for (int length = 1; length <= 4; length++) {
            double p10 = 0;
            double p50 = 0;
            double p10of50 = 0;
            double share = 0;
            double share50 = 0;
            int n10 = 0;
            int n50 = 0;
            int tries = 0;
            while (n10 < perLength && tries++ < perLength * 200) {
                List<Condition> q = combination(random, length);
                long relevant = faces.stream().filter(f -> holds(labels.get(f), q)).count();
                if (relevant < 10) {
                    continue;
                }
                double at10 = precision(index, q, 10, labels, nameOf);
                p10 += at10;
                share += relevant / (double) faces.size();
                n10++;
                if (relevant >= 50) {
                    p10of50 += at10;
                    share50 += relevant / (double) faces.size();
                    p50 += precision(index, q, 50, labels, nameOf);
                    n50++;
                }
                if (length == 4) {
                    for (int k = 1; k <= 4; k++) {
                        prefix[k - 1][0] += precision(index, q.subList(0, k), 10, labels, nameOf);
                        prefix[k - 1][1]++;
                    }
                }
                if (examples.size() < 6 && n10 == 1) {
                    examples.add(String.format("\"%s\" (%d relevant): P@10 %.1f", text(q), relevant, at10));
                }
            }
            md.append(String.format("| %d | %d | %.3f | %.3f | %d | %.3f | %.3f | %.3f |%n", length, n10,
                    p10 / Math.max(1, n10), share / Math.max(1, n10), n50, p10of50 / Math.max(1, n50),
                    p50 / Math.max(1, n50), share50 / Math.max(1, n50)));
        }
        md.append("\nAs each trait is added (the same four-trait queries, cut after 1, 2, 3 and 4 traits), P@10: ");
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            steps.add(String.format("%d: %.3f", k + 1, prefix[k][0] / Math.max(1, prefix[k][1])));
        }
        md.append(String.join(", ", steps)).append(".\n\nExamples: ").append(String.join("; ", examples)).append(".\n\n");
        md.append("A query is the words of its labels joined by commas (\"woman, no glasses, blond hair\"), read by the "
                + "guard's reader like any query; a hit is right when every label of the combination agrees with CelebA's. "
                + "\"Random P\" is the share of faces that satisfy the combination: the precision of a random ranking. "
                + "Attributes drawn from: " + String.join(", ", SAID.stream().map(Said::attribute).toList())
                + ". Precision falls as traits are added because each head's errors multiply and the faces that "
                + "satisfy every label grow rare; the weakest heads here (Brown_Hair, Big_Nose, Wearing_Earrings, "
                + "High_Cheekbones, Wavy_Hair: ROC AUC 0.83-0.92 on these faces) cost most.\n\n");
        return md.toString();
    }

    private static List<Condition> combination(Random random, int length) {
        List<Condition> q = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (q.size() < length) {
            Said s = SAID.get(random.nextInt(SAID.size()));
            if (!used.add(s.attribute())) {
                continue;
            }
            boolean present = s.absent() == null || random.nextBoolean();
            q.add(new Condition(s, present));
        }
        return q;
    }

    private static String text(List<Condition> q) {
        return String.join(", ", q.stream().map(Condition::words).toList());
    }

    private static boolean holds(Map<String, Integer> l, List<Condition> q) {
        return q.stream().allMatch(c -> (l.get(c.said().attribute()) == 1) == c.present());
    }

    private static double precision(FaceIndex index, List<Condition> q, int k, Map<String, Map<String, Integer>> labels,
                                    Map<String, String> nameOf) {
        SearchResult r = index.search(text(q), k, false);
        long right = r.hits().stream().filter(h -> holds(labels.get(nameOf.get(h.image())), q)).count();
        return right / (double) k;
    }

    private static String face2text(Path records, Path extra, Path captions, Path work) throws IOException {
        StringBuilder md = new StringBuilder();
        try (FaceIndex index = FaceIndex.open(work)) {
            RecordImages reader = new RecordImages(index.traits());
            Map<String, String> byName = new LinkedHashMap<>();
            List<JsonNode> all = read(records);
            if (extra != null) {
                all.addAll(read(extra));
            }
            for (JsonNode r : all) {
                IndexedImage img = reader.image(r, Path.of("/"));
                index.add(img);
                byName.put(Path.of(img.path()).getFileName().toString(), img.path());
            }
            index.commit();
            int described = 0;
            int top10 = 0;
            int total = 0;
            Set<String> faces = new HashSet<>();
            try (BufferedReader in = Files.newBufferedReader(captions, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    total++;
                    JsonNode c = JSON.readTree(line);
                    String path = byName.get(c.path("image").asText());
                    if (path == null) {
                        continue;
                    }
                    described++;
                    faces.add(path);
                    SearchResult r = index.search(c.path("caption").asText(), 10, true);
                    if (r.hits().stream().map(SearchHit::image).anyMatch(path::equals)) {
                        top10++;
                    }
                }
            }
            md.append(String.format("Face2Text descriptions as queries: %,d faces indexed; %,d of the %,d "
                    + "descriptions describe an indexed face (%,d faces)", all.size(), described, total, faces.size()));
            if (described == 0) {
                md.append(": none of the described faces (ids 10039 and up) is among the CelebA images in the data "
                        + "folder (ids up to 8000), so this figure needs the held-out faces' records "
                        + "(--face2text-records).\n");
            } else {
                md.append(String.format("; the described face is in the top 10 for %.1f%% (random: %.1f%%).%n",
                        100.0 * top10 / described, 100.0 * 10 / all.size()));
            }
        }
        return md.toString();
    }

    private static List<JsonNode> read(Path records) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode r = JSON.readTree(line);
                    if (r.path("faces").size() > 0) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> labels(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",", -1);
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Map<String, Integer> row = new HashMap<>();
            for (int i = 1; i < f.length && i < head.length; i++) {
                row.put(head[i].strip(), Integer.parseInt(f[i].strip()));
            }
            out.put(f[0].strip(), row);
        }
        return out;
    }

    private static Set<String> validation(Path csv) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length == 2 && f[1].strip().equals("validation")) {
                out.add(f[0].strip());
            }
        }
        return out;
    }
}
