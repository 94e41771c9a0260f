package io.facescribe.dataset.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The card's caption section and the optional labels-against-measurements section. */
final class CaptionSections {

    private CaptionSections() {
    }

    static void captions(CaptionSummary s, CardBuilder card) throws IOException {
        card.heading(2, "Captions");
        card.text(String.format("%s captions, %s words long on average (median %s, %s to %s). They use %s%s distinct "
                        + "words. The caption guard reads every caption back against the measurements: %s of the "
                        + "captions (%s) were flagged, %s for leaving a measured trait out and %s for stating "
                        + "something not measured.",
                Md.num(s.captions()), Md.dec(s.words().mean(), 1), Md.dec(s.words().median(), 1),
                s.words().n() == 0 ? "–" : s.words().min(), s.words().n() == 0 ? "–" : s.words().max(),
                s.vocabularyComplete() ? "" : "at least ", Md.num(s.vocabulary()), Md.num(s.flagged()),
                Md.pct(s.flagged(), s.captions()), Md.num(s.missing()), Md.num(s.invented())));
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Spread.Bin b : s.words().bins()) {
            labels.add(b.label());
            counts.add(b.count());
        }
        card.chart("caption-lengths.png", "Caption length in words",
                Charts.bars("Caption length in words", "words", "captions", labels, counts));
        card.table(List.of("", "value"), List.of(
                List.of("captions", Md.num(s.captions())),
                List.of("mean length (words)", Md.dec(s.words().mean(), 2)),
                List.of("median length (words)", Md.dec(s.words().median(), 1)),
                List.of("vocabulary (distinct words)", (s.vocabularyComplete() ? "" : "≥ ") + Md.num(s.vocabulary())),
                List.of("guard: something missing", Md.num(s.missing()) + " (" + Md.pct(s.missing(), s.captions()) + ")"),
                List.of("guard: something invented", Md.num(s.invented()) + " (" + Md.pct(s.invented(), s.captions()) + ")"),
                List.of("guard: either", Md.num(s.flagged()) + " (" + Md.pct(s.flagged(), s.captions()) + ")"),
                List.of("built-in fallbacks", Md.num(s.fallbacks()))));

        card.heading(3, "Most frequent words");
        List<String> words = new ArrayList<>();
        List<Long> wordCounts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Tally.Entry e : s.topWords()) {
            words.add(e.key());
            wordCounts.add(e.count());
            rows.add(List.of(Md.esc(e.key()), Md.num(e.count())));
        }
        card.chart("top-words.png", "Most frequent words", Charts.bars("The " + words.size()
                + " most frequent words (stop words left out)", "word", "occurrences", words, wordCounts));
        card.table(List.of("word", "occurrences"), rows);
    }

    static void labels(LabelComparison labels, CardBuilder card) throws IOException {
        if (labels.isEmpty()) {
            return;
        }
        card.heading(2, "Labels against measurements");
        card.text("The records carried labels of their own (such as CelebA's). For each attribute, over the kept "
                + "images that have a label for it: the share labelled positive, the share measured positive on the "
                + "image's largest face (probability >= 0.5), and how often the two agree.");
        List<String> names = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("labelled", new ArrayList<>());
        series.put("measured", new ArrayList<>());
        List<List<String>> rows = new ArrayList<>();
        for (LabelComparison.Row r : labels.rows()) {
            names.add(r.attribute());
            series.get("labelled").add(100 * r.labelledShare());
            series.get("measured").add(100 * r.measuredShare());
            rows.add(List.of(Md.esc(r.attribute()), Md.num(r.images()), Md.pct(r.labelledShare()),
                    Md.pct(r.measuredShare()), Md.pct(r.agreement())));
        }
        card.chart("labels.png", "Labelled against measured attribute frequencies",
                Charts.groupedBars("Labelled and measured share of images per attribute", "attribute", "% of images",
                        names, series, false));
        card.table(List.of("attribute", "images", "labelled", "measured", "agreement"), rows);
    }
}
