package io.facescribe.dataset.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The card's co-occurrence sections: the notable pairs split by gender and the pairs with the highest lift. */
final class PairSections {

    static final int TOP_PAIRS = 15;
    static final double MIN_SHARE = 0.01;
    static final long MIN_FACES = 5;

    private PairSections() {
    }

    static void write(CardStats stats, CardBuilder card) throws IOException {
        card.heading(2, "Co-occurrences");
        List<Cooccurrence> notable = stats.notableCooccurrences();
        notable(card, notable);
        topPairs(card, stats.topPairsByLift(TOP_PAIRS, MIN_SHARE, MIN_FACES));
    }

    private static void notable(CardBuilder card, List<Cooccurrence> notable) throws IOException {
        card.heading(3, "Attractive, make-up and gender");
        card.text("In CelebA the \"Attractive\" label goes with make-up and with women, and attribute heads trained on "
                + "CelebA can carry that into captions (the text2face work set out to avoid it). The rows below "
                        + "show how often faces are rated Attractive with and without "
                + "the other attribute, overall and per perceived gender. Lift is P(both) / (P(a) P(b)): 1 means "
                + "independent, above 1 that they go together.");
        List<String> groups = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Attractive, with heavy make-up", new ArrayList<>());
        series.put("Attractive, without heavy make-up", new ArrayList<>());
        series.put("Heavy make-up", new ArrayList<>());
        for (Cooccurrence c : notable) {
            if (c.b().equals("Heavy_Makeup") && c.faces() > 0) {
                groups.add(c.group() + " (" + c.faces() + ")");
                series.get("Attractive, with heavy make-up").add(percent(c.aGivenB()));
                series.get("Attractive, without heavy make-up").add(percent(c.aGivenNotB()));
                series.get("Heavy make-up").add(percent(c.shareB()));
            }
        }
        card.chart("attractive-makeup.png", "Attractive by heavy make-up and perceived gender",
                Charts.groupedBars("Attractive x Heavy_Makeup by perceived gender (faces in brackets)",
                        "perceived gender", "% of faces", groups, series, false));
        StringBuilder summary = new StringBuilder();
        for (Cooccurrence c : notable) {
            if (!c.b().equals("Heavy_Makeup") || c.faces() == 0) {
                continue;
            }
            String who = c.group().equals("all") ? "Over all faces" : "Among faces perceived as " + Md.esc(c.group());
            if (c.countB() == 0 || c.countB() == c.faces()) {
                summary.append(String.format("%s (%s), %s show heavy make-up, so there is nothing to compare. ", who,
                        Md.num(c.faces()), c.countB() == 0 ? "none" : "all"));
            } else {
                summary.append(String.format("%s (%s), %s of those with heavy make-up are rated Attractive, against %s "
                        + "of those without (lift %s). ", who, Md.num(c.faces()), Md.pct(c.aGivenB()),
                        Md.pct(c.aGivenNotB()), Md.dec(c.lift(), 2)));
            }
        }
        if (summary.length() > 0) {
            card.text(summary.toString().strip());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Cooccurrence c : notable) {
            rows.add(List.of(Md.esc(c.a() + " × " + c.b()), Md.esc(c.group()), Md.num(c.faces()), Md.pct(c.shareA()),
                    Md.pct(c.shareB()), Md.pct(c.shareBoth()), Md.pct(c.aGivenB()), Md.pct(c.aGivenNotB()),
                    Md.dec(c.lift(), 2)));
        }
        card.table(List.of("a × b", "group", "faces", "a", "b", "both", "a given b", "a given not b", "lift"), rows);
    }

    private static void topPairs(CardBuilder card, List<Cooccurrence> top) throws IOException {
        card.heading(3, "Attribute pairs that go together most");
        List<String> names = new ArrayList<>();
        List<Double> lifts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Cooccurrence c : top) {
            names.add(c.a() + " + " + c.b());
            lifts.add(c.lift());
            rows.add(List.of(Md.esc(c.a() + " + " + c.b()), Md.num(c.both()), Md.pct(c.shareBoth()),
                    Md.pct(c.aGivenB()), Md.pct(c.shareA()), Md.dec(c.lift(), 2)));
        }
        card.chart("top-pairs.png", "Attribute pairs with the highest lift",
                Charts.bars("Attribute pairs with the highest lift", "pair", "lift", names, lifts));
        card.text(String.format("Pairs shown together on at least %s of the faces (and at least %d faces), ranked by "
                + "lift; many are the same thing seen twice (lipstick and make-up) or follow from gender.",
                Md.pct(MIN_SHARE), MIN_FACES));
        if (rows.isEmpty()) {
            card.text("No pair of attributes is frequent enough to rank.");
        } else {
            card.table(List.of("pair", "faces with both", "share", "first given second", "first overall", "lift"), rows);
        }
    }

    /** A percentage, or null (no bar) when the share is undefined. */
    private static Double percent(double share) {
        return Double.isNaN(share) ? null : 100 * share;
    }
}
