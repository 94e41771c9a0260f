package io.facescribe.cli;

import java.util.Map;

import io.facescribe.OptionException;
import io.facescribe.analysis.ImageAnalysis;

/**
 * An image's error as the command line prints it: {@code PATH: error: MESSAGE}, where the library's names
 * of settings ({@code ImageLimits.maxPixels}) become the options that set them ({@code --max-pixels}).
 */
final class ErrorText {

    private static final Map<String, String> SETTINGS = Map.of(
            " (ImageLimits.maxPixels)", "; raise --max-pixels",
            " (ImageLimits.maxFileBytes)", "; raise --max-file-mb",
            "lower ImageLimits.maxPixels", "lower --max-pixels");

    private ErrorText() {
    }

    /** A usage error's message: a library setting ({@link OptionException}) is named as its option, {@code --lead}. */
    static String usage(IllegalArgumentException e) {
        return e instanceof OptionException o ? "--" + o.option() + " " + o.problem() : e.getMessage();
    }

    static String line(ImageAnalysis a) {
        String message = a.error().startsWith(a.image() + ": ") ? a.error().substring(a.image().length() + 2)
                : a.error();
        for (Map.Entry<String, String> e : SETTINGS.entrySet()) {
            message = message.replace(e.getKey(), e.getValue());
        }
        return a.image() + ": error: " + message;
    }
}
