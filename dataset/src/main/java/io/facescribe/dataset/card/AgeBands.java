package io.facescribe.dataset.card;

import java.util.List;

/** The age bands of the card: 0-2, 3-9, then decades up to 70+. */
final class AgeBands {

    static final List<String> ALL = List.of("0-2", "3-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+");
    static final String UNMEASURED = "not measured";

    private AgeBands() {
    }

    /** The band of an estimated age in years (whole years completed), or {@link #UNMEASURED} for NaN. */
    static String of(double years) {
        if (Double.isNaN(years)) {
            return UNMEASURED;
        }
        int y = (int) Math.floor(Math.max(0, years));
        if (y <= 2) {
            return ALL.get(0);
        }
        if (y <= 9) {
            return ALL.get(1);
        }
        return ALL.get(Math.min(8, y / 10 + 1));
    }
}
