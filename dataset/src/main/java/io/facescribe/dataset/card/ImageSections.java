package io.facescribe.dataset.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The card's sections on images, faces per image, flags and face sizes. */
final class ImageSections {

    private ImageSections() {
    }

    static void write(CardStats stats, CardBuilder card) throws IOException {
        ImageCounts c = stats.images();
        card.heading(2, "Images");
        card.text(String.format("%s images were read: %s kept (%s), %s filtered out (%s) and %s failed (%s). "
                        + "They held %s faces, %s of them in kept images.",
                Md.num(c.images()), Md.num(c.kept()), Md.pct(c.kept(), c.images()), Md.num(c.filtered()),
                Md.pct(c.filtered(), c.images()), Md.num(c.failed()), Md.pct(c.failed(), c.images()),
                Md.num(c.faces()), Md.num(c.keptFaces())));
        List<String> statuses = new ArrayList<>(List.of("kept", "filtered", "failed"));
        List<Long> counts = new ArrayList<>(List.of(c.kept(), c.filtered(), c.failed()));
        if (c.otherStatus() > 0) {
            statuses.add("other status");
            counts.add(c.otherStatus());
        }
        card.chart("status.png", "Images by status", Charts.bars("Images by status", "status", "images", statuses, counts));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            rows.add(List.of(statuses.get(i), Md.num(counts.get(i)), Md.pct(counts.get(i), c.images())));
        }
        rows.add(List.of("**all images**", Md.num(c.images()), Md.pct(c.images(), c.images())));
        rows.add(List.of("faces, all images", Md.num(c.faces()), ""));
        rows.add(List.of("faces, kept images", Md.num(c.keptFaces()), ""));
        rows.add(List.of("kept images captioned as a whole photo", Md.num(c.groupPhotos()),
                Md.pct(c.groupPhotos(), c.images())));
        card.table(List.of("", "count", "share of images"), rows);
        if (c.groupPhotos() > 0) {
            card.text(String.format("%s kept images hold two faces or more. Trainer exports (kohya, diffusers, wds) "
                    + "caption them as a whole photo: how many people, then each one from left to right; the "
                    + "records keep every face's own captions too.", Md.num(c.groupPhotos())));
        }

        reasons(c, card);
        facesPerImage(c, card);
        flags(c, card);
        faceSizes(stats.faceSizes(), card);
    }

    private static void reasons(ImageCounts c, CardBuilder card) throws IOException {
        card.heading(3, "Why images were dropped");
        List<String> names = new ArrayList<>();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("filtered", new ArrayList<>());
        series.put("failed", new ArrayList<>());
        List<List<String>> rows = new ArrayList<>();
        for (Tally.Entry e : c.filterReasons().top(20)) {
            names.add(e.key());
            rows.add(List.of(Md.esc(e.key()), "filtered", Md.num(e.count()), Md.pct(e.count(), c.images())));
        }
        for (Tally.Entry e : c.failureReasons().top(10)) {
            if (!names.contains(e.key())) {
                names.add(e.key());
            }
            rows.add(List.of(Md.esc(e.key()), "failed", Md.num(e.count()), Md.pct(e.count(), c.images())));
        }
        List<String> labels = new ArrayList<>();
        for (String name : names) {
            labels.add(name.length() > 40 ? name.substring(0, 39) + "…" : name);
            series.get("filtered").add(c.filterReasons().count(name));
            series.get("failed").add(c.failureReasons().count(name));
        }
        card.chart("reasons.png", "Reasons images were filtered or failed",
                Charts.groupedBars("Reasons images were filtered or failed", "reason", "images",
                        dedupe(labels), series, true));
        if (rows.isEmpty()) {
            card.text("No image was filtered out or failed.");
        } else {
            card.text("An image can be filtered for more than one reason, so the counts can add up to more than "
                    + "the filtered images.");
            card.table(List.of("reason", "status", "images", "share of all images"), rows);
        }
    }

    private static void facesPerImage(ImageCounts c, CardBuilder card) throws IOException {
        card.heading(3, "Faces per image");
        int max = Math.max(c.facesPerKept().max(), c.facesPerFiltered().max());
        int last = Math.min(max, 9);
        List<String> labels = new ArrayList<>();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("kept", new ArrayList<>());
        series.put("filtered", new ArrayList<>());
        List<List<String>> rows = new ArrayList<>();
        for (int f = 0; f <= last; f++) {
            int to = f == last ? Integer.MAX_VALUE : f;
            String label = f == last && max > last ? f + "+" : Integer.toString(f);
            long kept = c.facesPerKept().countBetween(f, to);
            long filtered = c.facesPerFiltered().countBetween(f, to);
            labels.add(label);
            series.get("kept").add(kept);
            series.get("filtered").add(filtered);
            rows.add(List.of(label, Md.num(kept), Md.num(filtered)));
        }
        if (c.facesPerKept().n() + c.facesPerFiltered().n() == 0) {
            labels.clear();
        }
        card.chart("faces-per-image.png", "Faces per image",
                Charts.groupedBars("Faces per image (failed images left out)", "faces", "images", labels, series, true));
        card.text(String.format("Kept images hold %s faces on average (median %s).",
                Md.dec(c.facesPerKept().mean(), 2), Md.dec(c.facesPerKept().median(), 1)));
        card.table(List.of("faces", "kept images", "filtered images"), rows);
    }

    private static void flags(ImageCounts c, CardBuilder card) throws IOException {
        card.heading(3, "Flags on kept images");
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Tally.Entry e : c.flags().top(20)) {
            names.add(e.key());
            counts.add(e.count());
            rows.add(List.of(Md.esc(e.key()), Md.num(e.count()), Md.pct(e.count(), c.kept())));
        }
        card.chart("flags.png", "Flags noted on kept images",
                Charts.bars("Flags noted on kept images", "flag", "images", names, counts));
        if (rows.isEmpty()) {
            card.text("No kept image was flagged.");
        } else {
            card.text("Flagged images were kept, with the flag noted in their record.");
            card.table(List.of("flag", "kept images", "share of kept"), rows);
        }
    }

    private static void faceSizes(Spread sizes, CardBuilder card) throws IOException {
        card.heading(2, "Face sizes");
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Spread.Bin b : sizes.bins()) {
            labels.add(b.label());
            counts.add(b.count());
            if (b.count() > 0) {
                rows.add(List.of(b.label(), Md.num(b.count()), Md.pct(b.count(), sizes.n())));
            }
        }
        card.chart("face-sizes.png", "Face sizes in pixels",
                Charts.bars("Face size of the faces in kept images", "face size (px)", "faces", labels, counts));
        card.text(String.format("Face size is `quality.faceSize`, in pixels of the original image. %s faces: "
                        + "mean %s px, median %s px, smallest %s px, largest %s px.",
                Md.num(sizes.n()), Md.dec(sizes.mean(), 1), Md.dec(sizes.median(), 1),
                sizes.n() == 0 ? "–" : sizes.min(), sizes.n() == 0 ? "–" : sizes.max()));
        card.table(List.of("face size (px)", "faces", "share"), rows); // empty bins left out of the table
    }

    /** Makes labels unique (XChart keys bars by label) by appending a counter to repeats. */
    static List<String> dedupe(List<String> labels) {
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            String l = label;
            for (int i = 2; out.contains(l); i++) {
                l = label + " (" + i + ")";
            }
            out.add(l);
        }
        return out;
    }
}
