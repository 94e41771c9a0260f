package io.facescribe.dataset.card;

import java.nio.file.Path;

/** Writes the card of N synthetic records in its own JVM (run by DatasetCardScaleTest with a small heap). */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        SyntheticRecords records = new SyntheticRecords(n, 11);
        CardStats stats = DatasetCard.write(records, Path.of(args[1]), "Scale run");
        if (stats.images().images() != n || stats.images().kept() != records.kept) {
            System.err.println("wrong totals: " + stats.images());
            System.exit(3);
        }
        System.out.println("images=" + stats.images().images() + " kept=" + stats.images().kept());
    }
}
