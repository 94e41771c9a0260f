package io.facescribe.training;

/** How a linear head's outputs read a label, and how the head file names the kind. */
public enum HeadKind {
    /** One output: the label is class 0 (for gender, P(female)). */
    LOGISTIC("logistic"),
    /** One output per class: the label is that class; probabilities are the sigmoids normalised. */
    ONE_VS_REST("one-vs-rest"),
    /** One output per cut: the value is above the cut (age in years). */
    ORDINAL("ordinal");

    private final String fileName;

    HeadKind(String fileName) {
        this.fileName = fileName;
    }

    /** The kind as head files spell it. */
    public String fileName() {
        return fileName;
    }

    /** One boolean column per output, for labels (class index, or the value for {@link #ORDINAL}). */
    public boolean[][] outputs(int classes, double[] cuts, int[] labels) {
        int k = switch (this) {
            case LOGISTIC -> 1;
            case ORDINAL -> cuts.length;
            case ONE_VS_REST -> classes;
        };
        boolean[][] y = new boolean[k][labels.length];
        for (int i = 0; i < labels.length; i++) {
            for (int o = 0; o < k; o++) {
                y[o][i] = switch (this) {
                    case LOGISTIC -> labels[i] == 0;
                    case ORDINAL -> labels[i] > cuts[o];
                    case ONE_VS_REST -> labels[i] == o;
                };
            }
        }
        return y;
    }
}
