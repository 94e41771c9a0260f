package io.facescribe.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.facescribe.FaceScribe;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FaceAnalysis;
import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.FaceDescription;
import io.facescribe.describe.ImageDescription;
import io.facescribe.describe.guard.Mention;
import io.facescribe.looks.LooksTrait;
import io.facescribe.training.CelebaAttributes;
import io.facescribe.training.LooksCalibrator;
import io.facescribe.training.LooksLabels;

/**
 * How often captions name what people name, on the CelebA validation faces: each face described as
 * {@code describe --assume-face} describes it (one built-in caption, seed 0, default options), the caption read
 * back by the guard's reader, and compared, wherever a reference names one, with the face's hair colour (its one
 * CelebA colour label), hair length and eye colour (our own labels). Also counts the faces whose stated hair
 * reading the caption leaves out (there should be none).
 */
public final class LooksNaming {

    /** What captions may name for one trait: the concepts of each value, as the trait table has them. */
    public record Target(String name, LooksTrait trait, String reference, Map<String, String> concepts) {
    }

    public static final List<Target> TARGETS = List.of(
            new Target("hair colour", LooksTrait.HAIR_COLOUR, "CelebA, faces with exactly one colour label",
                    Map.of("black_hair", "black", "brown_hair", "brown", "blond_hair", "blond", "gray_hair", "grey",
                            "red_hair", "red")),
            new Target("hair length", LooksTrait.HAIR_LENGTH, "our labels",
                    Map.of("short_hair", "short", "medium_hair", "medium", "long_hair", "long", "bald", "bald")),
            new Target("eye colour", LooksTrait.EYE_COLOUR, "our labels",
                    Map.of("light_eyes", "light", "dark_eyes", "dark")));

    /** One face: its references (null where none) and what its caption named (null where nothing). */
    public record Face(String id, String caption, Map<String, String> reference, Map<String, String> named,
                       Map<String, String> stated) {
    }

    /** The counts of one target. */
    public record Row(Target target, int faces, int named, int same, int statedNotSaid, int unlabelledNamed,
                      int unlabelled) {
        double namedShare() {
            return faces == 0 ? Double.NaN : named / (double) faces;
        }

        double sameShare() {
            return named == 0 ? Double.NaN : same / (double) named;
        }
    }

    private LooksNaming() {
    }

    /** Describes every validation face and reads what its caption names. */
    public static List<Face> describe(FaceScribe fs, CelebaAttributes data, LooksLabels labels, int threads,
                                      Consumer<String> log) {
        CaptionGuard guard = CaptionGuard.standard();
        AnalysisOptions analysis = AnalysisOptions.defaults().withAssumeFace(true);
        DescribeOptions options = DescribeOptions.defaults();
        List<CelebaAttributes.Item> items = data.items().stream().filter(CelebaAttributes.Item::validation).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Face>> futures = new ArrayList<>();
            for (CelebaAttributes.Item item : items) {
                futures.add(pool.submit(() -> face(fs.describe(item.file(), analysis, options), item,
                        labels.rows().get(item.id()), guard)));
            }
            List<Face> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    Face f = futures.get(i).get();
                    if (f != null) {
                        out.add(f);
                    }
                } catch (ExecutionException e) {
                    log.accept("skipped " + items.get(i).file() + ": " + e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static Face face(ImageDescription d, CelebaAttributes.Item item, LooksLabels.Row hand, CaptionGuard guard) {
        if (!d.analysis().ok() || d.faces().isEmpty() || d.faces().get(0).captions().isEmpty()) {
            return null;
        }
        FaceDescription described = d.faces().get(0);
        FaceAnalysis face = d.analysis().faces().get(0);
        String caption = described.captions().get(0).text();
        List<Mention> said = guard.read(caption);
        Map<String, String> reference = new LinkedHashMap<>();
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> stated = new LinkedHashMap<>();
        LooksCalibrator.Sample sample = new LooksCalibrator.Sample(item.id(), item.train(), item.labels(), null, Map.of(),
                hand, LooksCalibrator.CELEBA);
        for (Target t : TARGETS) {
            LooksCalibrator.Reference r = LooksCalibrator.reference(t.trait(), sample);
            reference.put(t.name(), r == null ? null : r.name());
            named.put(t.name(), said.stream().filter(m -> !m.negated() && t.concepts().containsKey(m.concept()))
                    .map(m -> t.concepts().get(m.concept())).findFirst().orElse(null));
            stated.put(t.name(), face.looks() == null ? null : face.looks().stated(t.trait()).orElse(null));
        }
        return new Face(item.id(), caption, reference, named, stated);
    }

    public static List<Row> rows(List<Face> faces) {
        List<Row> rows = new ArrayList<>();
        for (Target t : TARGETS) {
            int n = 0, named = 0, same = 0, statedNotSaid = 0, unlabelled = 0, unlabelledNamed = 0;
            for (Face f : faces) {
                String ref = f.reference().get(t.name());
                String said = f.named().get(t.name());
                String stated = f.stated().get(t.name());
                if (stated != null && !stated.equals("bald") && said == null) {
                    statedNotSaid++;
                }
                if (ref == null) {
                    unlabelled++;
                    unlabelledNamed += said == null ? 0 : 1;
                    continue;
                }
                n++;
                if (said != null) {
                    named++;
                    same += said.equals(ref) ? 1 : 0;
                }
            }
            rows.add(new Row(t, n, named, same, statedNotSaid, unlabelledNamed, unlabelled));
        }
        return rows;
    }

    /** The table of docs/looks.md. */
    public static String markdown(List<Row> rows, int faces) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d CelebA validation faces, one built-in caption each (seed 0, default "
                + "options, as `describe --assume-face` writes it), read back by the guard's reader.%n%n", faces));
        sb.append("| what | checked against | faces with a reference | caption names one | the same one | stated but not said | faces without a reference given one |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %d | %d of %d |%n", r.target().name(),
                    r.target().reference(), r.faces(), pct(r.namedShare()), pct(r.sameShare()), r.statedNotSaid(),
                    r.unlabelledNamed(), r.unlabelled()));
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
