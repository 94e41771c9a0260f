package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.attributes.AttributeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Mutable per-attribute counts of labels against measurements. */
final class LabelStats implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final int K = GroupStats.K;

    private final long[] images = new long[K];
    private final long[] labelled = new long[K];
    private final long[] measured = new long[K];
    private final long[] agree = new long[K];

    /** Counts one kept image: its labels object and the measured attributes of its largest face. */
    void accept(JsonNode labels, boolean[] shown) {
        for (int a = 0; a < K; a++) {
            Boolean label = positive(labels.get(AttributeNames.ALL.get(a)));
            if (label == null) {
                continue;
            }
            images[a]++;
            labelled[a] += label ? 1 : 0;
            measured[a] += shown[a] ? 1 : 0;
            agree[a] += label == shown[a] ? 1 : 0;
        }
    }

    /** 1, "1", true, "true", "yes" are positive; -1, 0, false, "no" negative; anything else is no label. */
    static Boolean positive(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() > 0;
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "+1", "true", "yes" -> true;
            case "-1", "0", "false", "no" -> false;
            default -> null;
        };
    }

    void merge(LabelStats other) {
        for (int a = 0; a < K; a++) {
            images[a] += other.images[a];
            labelled[a] += other.labelled[a];
            measured[a] += other.measured[a];
            agree[a] += other.agree[a];
        }
    }

    LabelComparison comparison() {
        List<LabelComparison.Row> rows = new ArrayList<>();
        for (int a = 0; a < K; a++) {
            if (images[a] > 0) {
                rows.add(new LabelComparison.Row(AttributeNames.ALL.get(a), images[a], labelled[a], measured[a], agree[a]));
            }
        }
        return new LabelComparison(rows);
    }
}
