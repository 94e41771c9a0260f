package io.facescribe;

/**
 * A setting of the library out of its range or unknown. Settings are named as the library names them
 * ({@code realizer}, {@code lead}, {@code max-clip-tokens}); the command line and the HTTP service take options
 * of the same names and show the message in their own terms: {@code --lead is people or text2face, not 'x'} on
 * the command line, {@code lead is ...} for a query parameter.
 */
public final class OptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String problem;

    /**
     * @param option  the setting's name ({@code lead})
     * @param problem what is wrong, said of the setting ({@code is people or text2face, not 'x'})
     */
    public OptionException(String option, String problem) {
        super(option + " " + problem);
        this.option = option;
        this.problem = problem;
    }

    /** The setting's name, as the library, the command line and the query parameters call it. */
    public String option() {
        return option;
    }

    /** What is wrong, said of the setting. */
    public String problem() {
        return problem;
    }
}
