package io.facescribe.dataset.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The card's sections on perceived gender, ethnicity, age and emotion, and the attribute frequencies and splits. */
final class PeopleSections {

    private PeopleSections() {
    }

    static void write(CardStats stats, CardBuilder card) throws IOException {
        card.heading(2, "Who is in the kept images (as perceived)");
        card.text("These are the analyzer's estimates of how a face looks: perceived gender, perceived ethnicity, "
                + "apparent age and the dominant expression, each from a network with known error "
                + "(see docs/accuracy.md). They describe the data set as the model sees it, not who the people are.");
        distribution(card, "gender.png", "Perceived gender", "gender", stats.genders());
        distribution(card, "ethnicity.png", "Perceived ethnicity", "ethnicity", stats.ethnicities());
        distribution(card, "age-bands.png", "Apparent age band", "age band (years)", stats.ageBands());
        distribution(card, "emotions.png", "Dominant expression", "expression", stats.emotions());

        AttributeShares all = stats.attributes();
        card.heading(2, "Attributes");
        card.text(String.format("The share of the %s faces of kept images whose probability for each of the 40 CelebA "
                + "attributes is at least %s, most frequent first.", Md.num(all.faces()), CardStats.THRESHOLD));
        List<String> sorted = all.sortedAttributes();
        List<Double> shares = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String a : sorted) {
            shares.add(100 * all.share(a));
            rows.add(List.of(Md.esc(a), Md.num(all.count(a)), Md.pct(all.share(a))));
        }
        card.chart("attributes.png", "Attribute frequencies",
                Charts.bars("Attributes: % of faces with probability >= 0.5", "attribute", "% of faces",
                        all.faces() == 0 ? List.of() : sorted, shares));
        card.table(List.of("attribute", "faces", "share"), rows);

        split(card, "perceived gender", "attributes-by-gender.png", stats.attributesByGender(), sorted);
        split(card, "perceived ethnicity", "attributes-by-ethnicity.png", stats.attributesByEthnicity(), sorted);
        split(card, "apparent age band", "attributes-by-age.png", stats.attributesByAgeBand(), sorted);
    }

    private static void distribution(CardBuilder card, String file, String title, String axis, Tally tally)
            throws IOException {
        card.heading(3, title);
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Tally.Entry e : tally.entries()) {
            names.add(e.key());
            counts.add(e.count());
            rows.add(List.of(Md.esc(e.key()), Md.num(e.count()), Md.pct(e.count(), tally.total())));
        }
        card.chart(file, title, Charts.bars(title + " of the faces in kept images", axis, "faces", names, counts));
        card.table(List.of(axis, "faces", "share"), rows);
    }

    private static void split(CardBuilder card, String by, String file, List<AttributeShares> groups, List<String> order)
            throws IOException {
        card.heading(3, "Attributes by " + by);
        List<String> columns = new ArrayList<>();
        double[][] percent = new double[groups.size()][order.size()];
        List<String> header = new ArrayList<>(List.of("attribute"));
        for (int g = 0; g < groups.size(); g++) {
            AttributeShares s = groups.get(g);
            columns.add(s.group() + " (" + s.faces() + ")");
            header.add(Md.esc(s.group()) + " (" + Md.num(s.faces()) + ")");
            for (int a = 0; a < order.size(); a++) {
                percent[g][a] = 100 * s.share(order.get(a));
            }
        }
        card.chart(file, "Attributes by " + by, Charts.heatmap("% of faces with each attribute, by " + by
                + " (faces in brackets)", columns, order, percent));
        List<List<String>> rows = new ArrayList<>();
        for (String a : order) {
            List<String> row = new ArrayList<>(List.of(Md.esc(a)));
            groups.forEach(s -> row.add(Md.pct(s.share(a))));
            rows.add(row);
        }
        card.text("Columns are groups (faces in brackets); each cell is the share of that group's faces with the attribute. "
                + "Small groups give unsteady shares.");
        card.table(header, rows);
    }
}
