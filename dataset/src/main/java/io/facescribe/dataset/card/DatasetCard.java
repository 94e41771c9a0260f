package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import io.facescribe.dataset.AtomicFiles;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The data-set card: {@code card.md} and the PNG charts it links in {@code charts/}, summarising a set of
 * records (one per image, the {@code records.jsonl} shape) — what was kept and why not, face sizes, the
 * perceived make-up of the set, attribute frequencies and their splits, notable co-occurrences, captions.
 */
public final class DatasetCard {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private DatasetCard() {
    }

    /**
     * Reads the records one at a time (never holding them), then writes {@code dir/card.md} and
     * {@code dir/charts/*.png}, each through a temporary file moved into place; the charts go first, so a
     * card.md that exists always links charts that exist.
     *
     * @return the numbers the card shows
     */
    public static CardStats write(Iterator<ObjectNode> records, Path dir, String title) throws IOException {
        CardStats stats = new CardStats();
        while (records.hasNext()) {
            stats.accept(records.next());
        }
        write(stats, dir, title);
        return stats;
    }

    /** As {@link #write(Iterator, Path, String)}, streaming the lines of a records.jsonl file. */
    public static CardStats write(Path recordsJsonl, Path dir, String title) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Reader reader = Files.newBufferedReader(recordsJsonl, StandardCharsets.UTF_8);
             MappingIterator<ObjectNode> it = mapper.readerFor(ObjectNode.class).readValues(reader)) {
            return write(it, dir, title);
        }
    }

    /** Writes the card of statistics already gathered (for instance merged from the partitions of a Spark job). */
    public static void write(CardStats stats, Path dir, String title) throws IOException {
        CardBuilder card = new CardBuilder();
        card.heading(1, Md.esc(title));
        card.text(intro(stats));
        ImageSections.write(stats, card);
        PeopleSections.write(stats, card);
        PairSections.write(stats, card);
        CaptionSections.captions(stats.captions(), card);
        CaptionSections.labels(stats.labels(), card);
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        for (Map.Entry<String, byte[]> chart : card.charts().entrySet()) {
            AtomicFiles.write(charts.resolve(chart.getKey()), chart.getValue());
        }
        AtomicFiles.write(dir.resolve("card.md"), card.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String intro(CardStats stats) {
        ImageCounts c = stats.images();
        return "This card summarises " + Md.num(c.images()) + " image records and the " + Md.num(c.keptFaces())
                + " faces of the kept images. Every figure about faces is a model estimate, not ground truth: "
                + "gender, ethnicity and age are how a face is perceived by networks with known error rates "
                + "(docs/accuracy.md gives them), and the 40 CelebA attributes come from heads trained on CelebA's "
                + "own labels (docs/attributes.md), counted here as present when their probability is at least "
                + CardStats.THRESHOLD + ". Shares of small groups are unsteady.";
    }
}
