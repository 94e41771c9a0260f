package io.facescribe.dataset;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a build did: images seen this run and before it, how many were kept, filtered and failed and why,
 * faces and captions written, images captioned as a whole photo (two kept faces or more), time and throughput. A mutable tally while running ({@link #add}), read at
 * the end.
 */
public final class BuildSummary {

    private int kept;
    private int filtered;
    private int failed;
    private int faces;
    private int captions;
    private int groupPhotos;
    private final Map<String, Integer> reasons = new TreeMap<>();
    private final Map<String, Integer> flags = new TreeMap<>();
    private final int resumed;
    private final long startNanos = System.nanoTime();
    private long endNanos;

    public BuildSummary(int resumed) {
        this.resumed = resumed;
    }

    public synchronized void add(ObjectNode record) {
        switch (record.path("status").asText()) {
            case RecordMaker.KEPT -> kept++;
            case RecordMaker.FILTERED -> filtered++;
            default -> failed++;
        }
        record.path("reasons").forEach(r -> reasons.merge(r.asText(), 1, Integer::sum));
        record.path("flags").forEach(r -> flags.merge(r.asText(), 1, Integer::sum));
        if (!record.path("status").asText().equals(RecordMaker.FAILED)) {
            faces += record.path("faces").size();
            record.path("faces").forEach(f -> captions += f.path("captions").size());
            if (record.path("status").asText().equals(RecordMaker.KEPT)
                    && !record.path("photo").path("captions").isEmpty()) {
                groupPhotos++;
            }
        }
    }

    public synchronized void finish() {
        endNanos = System.nanoTime();
    }

    public synchronized int processed() {
        return kept + filtered + failed;
    }

    public int resumed() {
        return resumed;
    }

    public synchronized int failed() {
        return failed;
    }

    public synchronized int kept() {
        return kept;
    }

    public synchronized double seconds() {
        return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    public synchronized double imagesPerSecond() {
        double s = seconds();
        return s > 0 ? processed() / s : 0;
    }

    public synchronized ObjectNode toJson(com.fasterxml.jackson.databind.ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("processed", processed());
        n.put("resumed", resumed);
        n.put("kept", kept);
        n.put("filtered", filtered);
        n.put("failed", failed);
        n.put("faces", faces);
        n.put("captions", captions);
        n.put("groupPhotos", groupPhotos);
        n.set("reasons", json.valueToTree(reasons));
        n.set("flags", json.valueToTree(flags));
        n.put("seconds", Math.round(seconds() * 10) / 10.0);
        n.put("imagesPerSecond", Math.round(imagesPerSecond() * 100) / 100.0);
        return n;
    }

    /** A few plain lines for the end of a run. */
    public synchronized String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d images in %.1f s (%.2f images/s)%s: %d kept, %d filtered, %d failed; %d faces, %d captions",
                processed(), seconds(), imagesPerSecond(), resumed > 0 ? ", " + resumed + " done before" : "",
                kept, filtered, failed, faces, captions));
        if (groupPhotos > 0) {
            sb.append(System.lineSeparator()).append("  ").append(groupPhotos).append(groupPhotos == 1
                    ? " kept image has" : " kept images have").append(" two faces or more: trainer exports caption "
                    + "the whole photo (every person, left to right)");
        }
        reasons.forEach((k, v) -> sb.append(System.lineSeparator()).append("  ").append(k).append(": ").append(v));
        flags.forEach((k, v) -> sb.append(System.lineSeparator()).append("  flagged ").append(k).append(": ").append(v));
        return sb.toString();
    }
}
